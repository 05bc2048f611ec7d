// A client program written against the TypeScript types generated from Kiosque's served OpenAPI document
// (openapi-typescript + openapi-fetch). TypedClientTest type-checks it with `tsc --noEmit --strict`, then runs it
// against the test server: node kiosque-client.js <baseUrl> <seed slug> <tag slug with two articles>.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/kiosque.js";

// The one Node.js global this program uses, declared here rather than pulling in @types/node.
declare const process: { argv: string[] };

type Article = components["schemas"]["Article"];
type ArticleSummary = components["schemas"]["ArticleSummary"];
type Tag = components["schemas"]["Tag"];

function argument(index: number): string {
  const value = process.argv[2 + index];
  if (!value) {
    throw new Error("usage: node kiosque-client.js <baseUrl> <seed slug> <tag slug>");
  }
  return value;
}
const baseUrl = argument(0);
const seedSlug = argument(1);
const tagSlug = argument(2);
const kiosque = createClient<paths>({ baseUrl });

function check(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(message);
  }
}

async function listArticles(): Promise<ArticleSummary[]> {
  const { data, error, response } = await kiosque.GET("/api/v1/articles", { params: { query: { limit: 5 } } });
  check(data, `listArticles answered ${response.status}: ${JSON.stringify(error)}`);
  console.log(`listArticles: ${data.items.length} articles, newest "${data.items[0]?.headline}"`);
  return data.items;
}

async function readSeed(): Promise<Article> {
  const { data, response } = await kiosque.GET("/api/v1/articles/{idOrSlug}", {
    params: { path: { idOrSlug: seedSlug } },
  });
  check(data && "slug" in data, `getArticle answered ${response.status}`);
  const article: Article = data;
  check(article.headline === "La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien",
    `unexpected headline ${article.headline}`);
  check(article.section?.slug === "international", "the seed article is in International");
  console.log(`getArticle: "${article.headline}" by ${article.authors.map((author) => author.name).join(", ")}, ` +
    `${article.wordCount} words, ${article.tags.length} tags`);
  return article;
}

async function followTheCursor(): Promise<ArticleSummary[]> {
  const first = await kiosque.GET("/api/v1/articles", { params: { query: { tag: [tagSlug], limit: 1 } } });
  check(first.data, `first page answered ${first.response.status}`);
  const cursor = first.data.nextCursor;
  check(typeof cursor === "string", "a first page of one item out of two has a next cursor");
  const second = await kiosque.GET("/api/v1/articles", {
    params: { query: { tag: [tagSlug], limit: 1, cursor } },
  });
  check(second.data, `second page answered ${second.response.status}`);
  check(second.data.nextCursor === null, "the second page is the last");
  const items = [...first.data.items, ...second.data.items];
  check(items.length === 2 && items[0]?.id !== items[1]?.id, "two pages, two different articles");
  console.log(`cursor: page 1 "${items[0]?.headline}", page 2 "${items[1]?.headline}"`);
  return items;
}

async function readTags(article: ArticleSummary): Promise<Tag[]> {
  const tags: Tag[] = [];
  for (const ref of article.tags) {
    const { data, response } = await kiosque.GET("/api/v1/tags/{idOrSlug}", {
      params: { path: { idOrSlug: ref.slug } },
    });
    check(data, `getTag ${ref.slug} answered ${response.status}`);
    tags.push(data);
  }
  console.log(`tags of "${article.headline}": ${tags.map((tag) => `${tag.name} (${tag.type})`).join(", ")}`);
  return tags;
}

async function unknownArticleIsAProblem(): Promise<void> {
  const { data, error, response } = await kiosque.GET("/api/v1/articles/{idOrSlug}", {
    params: { path: { idOrSlug: "la-coree-du-sud" } },
  });
  check(data === undefined && response.status === 404, `expected 404, got ${response.status}`);
  check(error && error.status === 404 && error.title === "Not Found", `expected a problem, got ${JSON.stringify(error)}`);
  console.log(`unknown article: ${error.status} ${error.detail}`);
}

await listArticles();
await readSeed();
const pages = await followTheCursor();
check(pages[0], "a first article");
const tags = await readTags(pages[0]);
check(tags.some((tag) => tag.slug === tagSlug), `the article carries the tag ${tagSlug}`);
await unknownArticleIsAProblem();
console.log("typed client: all checks passed");
