// Uses Swagger UI as an integrator does, in headless Chromium: expand an operation, "Try it out", fill the
// parameters, "Execute", and read the live response that the page shows. Run by SwaggerUiTest:
//   node swagger-ui.mjs <chromium> <report directory> <seed slug> <tag slug> <Swagger UI URL>...
// Each URL is a way to reach the same server (e.g. localhost and 127.0.0.1); report.json in the report directory
// tells, for each, what "Execute" called and answered, and the console errors and CSP violations seen.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const [chromium, reportDirectory, seedSlug, tagSlug, ...pageUrls] = process.argv.slice(2);
if (!chromium || !reportDirectory || !seedSlug || !tagSlug || pageUrls.length === 0) {
  throw new Error("usage: node swagger-ui.mjs <chromium> <report directory> <seed slug> <tag slug> <URL>...");
}
const TIMEOUT_MS = 15_000;

/** Expands an operation, fills it in Try-it-out mode and executes it; returns what the page shows. */
async function tryItOut(page, operationId, fill) {
  const block = `[id="operations-Articles-${operationId}"]`;
  await page.waitForSelector(block);
  await page.click(`${block} .opblock-summary-control`);
  await page.waitForSelector(`${block} .try-out__btn`);
  await page.click(`${block} .try-out__btn`);
  await clearParameters(page, block);
  await fill(block);
  await page.click(`${block} button.execute`);
  // Swagger UI shows a status in the live response table, whether the call answered or failed to fetch.
  const status = `${block} .live-responses-table tbody .response-col_status`;
  await page.waitForSelector(status);
  return page.$eval(block, (operation) => {
    const text = (selector) => operation.querySelector(selector)?.textContent?.trim() ?? null;
    return {
      requestUrl: text(".request-url pre"),
      status: text(".live-responses-table tbody .response-col_status"),
      body: text(".live-responses-table tbody .response-col_description .highlight-code pre") ??
        text(".live-responses-table tbody .response-col_description"),
    };
  });
}

/** Empties what Swagger UI pre-filled from the parameters' examples, as a person does before typing their own. */
async function clearParameters(page, block) {
  for (const input of await page.$$(`${block} tr[data-param-name] input`)) {
    if (await input.evaluate((element) => element.value !== "")) {
      await input.click({ count: 3 });
      await input.press("Backspace");
    }
  }
  for (const select of await page.$$(`${block} tr[data-param-name] select`)) {
    await select.select("");
  }
}

/** Enters a value as one input event, as a paste does: Swagger UI renders the whole page again on each key. */
async function paste(page, selector, value) {
  await page.click(selector);
  await page.keyboard.sendCharacter(value);
}

async function readSeedArticle(page) {
  return tryItOut(page, "getArticle", async (block) => {
    await paste(page, `${block} tr[data-param-name="idOrSlug"] input`, seedSlug);
  });
}

async function listArticlesByTag(page) {
  return tryItOut(page, "listArticles", async (block) => {
    // An array parameter has a field per item: "Add string item" makes one, pre-filled with "string".
    const tag = `${block} tr[data-param-name="tag"]`;
    await page.click(`${tag} .json-schema-form-item-add`);
    const item = `${tag} .json-schema-form-item input`;
    await page.waitForSelector(item);
    await page.click(item, { count: 3 });
    await page.keyboard.sendCharacter(tagSlug);
  });
}

/** One scenario: its result, or the error that stopped it (and a screenshot of the page at that moment). */
async function attempt(page, name, scenario) {
  try {
    return await scenario(page);
  } catch (error) {
    await page.screenshot({ path: join(reportDirectory, `${name}.png`), fullPage: true }).catch(() => {});
    return { error: String(error) };
  }
}

async function visit(browser, pageUrl, index) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  const consoleErrors = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      consoleErrors.push(message.text());
    }
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  // CSP violations are events in the page, not console messages that a test could rely on.
  await page.evaluateOnNewDocument(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  const visited = { pageUrl };
  try {
    await page.goto(pageUrl);
    visited.servers = await page.$$eval("#servers option", (options) => options.map((option) => option.value));
    visited.getArticle = await attempt(page, `page${index}-getArticle`, readSeedArticle);
    visited.listArticles = await attempt(page, `page${index}-listArticles`, listArticlesByTag);
    visited.cspViolations = await page.evaluate(() => window.cspViolations);
  } catch (error) {
    visited.error = String(error);
  }
  visited.consoleErrors = consoleErrors;
  await context.close();
  return visited;
}

const profile = mkdtempSync(join(reportDirectory, "chromium-profile-"));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", `--user-data-dir=${profile}`],
});
try {
  // The pages are independent (a browser context each): visit them at once.
  const pages = await Promise.all(pageUrls.map((pageUrl, index) => visit(browser, pageUrl, index)));
  writeFileSync(join(reportDirectory, "report.json"), JSON.stringify({ pages }, null, 2));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
