// A program written the way a newcomer writes one with the SDK that @hey-api/openapi-ts generates from Kiosque's
// OpenAPI document (fetch client): no casts, no type guards; the editor's token goes through the client's `auth`
// option, as the SDK's documentation says. HeyApiClientTest type-checks it (tsc --strict), runs it against the test
// server and checks what it prints:
//   node dist/hey-api-client.js <base URL> <seed slug> <slug of a tag on two articles> <editor token> <draft tag slug>
import { client } from "./generated/hey-api/client.gen.js";
import { getArticle, getTag, listArticles, listChanges } from "./generated/hey-api/sdk.gen.js";

const [baseUrl, seedSlug, tagSlug, editorToken, draftTagSlug] = process.argv.slice(2);
client.setConfig({ baseUrl });

const { data: article, error } = await getArticle({ path: { idOrSlug: seedSlug } });
if (!article) {
  throw new Error(`cannot read the article: ${JSON.stringify(error)}`);
}
console.log(`headline: ${article.headline}`);
console.log(`section: ${article.section?.name}`);
console.log(`tags: ${article.tags.map((tag) => tag.name).join(", ")}`);
console.log(`author: ${article.authors[0].name}, ${article.authors[0].bio}`);

const { data: latest } = await listArticles({ query: { limit: 5 } });
if (!latest) {
  throw new Error("cannot list articles");
}
console.log(`latest: ${latest.items.map((item) => item.headline).join(" | ")}`);

// One article per page, to follow the cursor from the first page to the second.
const { data: first } = await listArticles({ query: { tag: [tagSlug], limit: 1 } });
if (!first || !first.nextCursor) {
  throw new Error("no first page with a next cursor");
}
const { data: second } = await listArticles({ query: { tag: [tagSlug], limit: 1, cursor: first.nextCursor } });
if (!second) {
  throw new Error("no second page");
}
console.log(`page 1: ${first.items[0].headline}`);
console.log(`page 2: ${second.items[0].headline}`);
console.log(`after page 2: ${second.nextCursor}`);

const { data: tag } = await getTag({ path: { idOrSlug: tagSlug } });
if (!tag) {
  throw new Error(`cannot read the tag ${tagSlug}`);
}
console.log(`tag: ${tag.name} (${tag.type})`);

const missing = await getArticle({ path: { idOrSlug: "la-coree-du-sud" } });
if (!missing.error) {
  throw new Error("an unknown article was found");
}
console.log(`unknown article: ${missing.response.status} ${missing.error.title}`);

// Drafts are not public: anonymous, the same list is refused.
const anonymousDrafts = await listArticles({ query: { status: ["draft"], tag: [draftTagSlug] } });
console.log(`drafts, anonymous: ${anonymousDrafts.response.status}`);

// From here on, as an editor.
client.setConfig({ auth: () => editorToken });

const { data: drafts, error: draftsError } = await listArticles({
  query: { status: ["draft"], tag: [draftTagSlug] },
});
if (!drafts) {
  throw new Error(`cannot list drafts: ${JSON.stringify(draftsError)}`);
}
console.log(`drafts: ${drafts.items.map((item) => `${item.headline} (${item.status})`).join(" | ")}`);

const { data: draft, error: draftError } = await getArticle({ path: { idOrSlug: drafts.items[0].id } });
if (!draft) {
  throw new Error(`cannot read the draft: ${JSON.stringify(draftError)}`);
}
console.log(`draft: ${draft.headline} (${draft.status}), ${draft.standfirst}`);

// The change feed from its start, page after page, until it has caught up.
let cursor: string | undefined;
let hasMore = true;
while (hasMore) {
  const { data: changes, error: changesError } = await listChanges({ query: { cursor, limit: 100 } });
  if (!changes) {
    throw new Error(`cannot read the change feed: ${JSON.stringify(changesError)}`);
  }
  for (const change of changes.items) {
    if (change.resourceId === draft.id) {
      console.log(`change: ${change.resourceType} ${change.action}`);
    }
  }
  cursor = changes.nextCursor;
  hasMore = changes.hasMore;
}
