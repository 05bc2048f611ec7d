// A program written the way a newcomer writes one from Kiosque's OpenAPI document, with openapi-typescript's types and
// openapi-fetch: no casts, no type guards. TypedClientTest type-checks it (tsc --strict), runs it against the test
// server and checks what it prints:
//   node dist/kiosque-client.js <base URL> <seed slug> <slug of a tag on two articles>
import createClient from "openapi-fetch";
import type { paths } from "./generated/kiosque.js";

const [baseUrl, seedSlug, tagSlug] = process.argv.slice(2);
const client = createClient<paths>({ baseUrl });

const { data: article, error } = await client.GET("/api/v1/articles/{idOrSlug}", {
  params: { path: { idOrSlug: seedSlug } },
});
if (!article) {
  throw new Error(`cannot read the article: ${JSON.stringify(error)}`);
}
console.log(`headline: ${article.headline}`);
console.log(`section: ${article.section?.name}`);
console.log(`tags: ${article.tags.map((tag) => tag.name).join(", ")}`);
console.log(`author: ${article.authors[0].name}, ${article.authors[0].bio}`);

const { data: latest } = await client.GET("/api/v1/articles", { params: { query: { limit: 5 } } });
if (!latest) {
  throw new Error("cannot list articles");
}
console.log(`latest: ${latest.items.map((item) => item.headline).join(" | ")}`);

// One article per page, to follow the cursor from the first page to the second.
const { data: first } = await client.GET("/api/v1/articles", { params: { query: { tag: [tagSlug], limit: 1 } } });
if (!first || !first.nextCursor) {
  throw new Error("no first page with a next cursor");
}
const { data: second } = await client.GET("/api/v1/articles", {
  params: { query: { tag: [tagSlug], limit: 1, cursor: first.nextCursor } },
});
if (!second) {
  throw new Error("no second page");
}
console.log(`page 1: ${first.items[0].headline}`);
console.log(`page 2: ${second.items[0].headline}`);
console.log(`after page 2: ${second.nextCursor}`);

const { data: tag } = await client.GET("/api/v1/tags/{idOrSlug}", { params: { path: { idOrSlug: tagSlug } } });
if (!tag) {
  throw new Error(`cannot read the tag ${tagSlug}`);
}
console.log(`tag: ${tag.name} (${tag.type})`);

const missing = await client.GET("/api/v1/articles/{idOrSlug}", { params: { path: { idOrSlug: "la-coree-du-sud" } } });
if (!missing.error) {
  throw new Error("an unknown article was found");
}
console.log(`unknown article: ${missing.response.status} ${missing.error.title}`);
