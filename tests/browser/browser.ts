// Launches Debian's Chromium through playwright-core, headless, in a fresh profile, with every
// request that is not to the local server aborted and recorded; `useSite` serves the built site and
// opens that browser for one test file.
import {mkdirSync, mkdtempSync, readFileSync} from "node:fs";
import type {Server} from "node:http";
import {createRequire} from "node:module";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {gzipSync} from "node:zlib";
import {chromium, type BrowserContext, type Page} from "playwright-core";
import {afterAll, beforeAll} from "vitest";
import {serveStatic} from "./server.js";

export const DIST = resolve("dist");
/** Screenshots for people to look at (git-ignored). */
export const SHOTS = resolve("test-results/screenshots");

export interface Site {
  /** `http://127.0.0.1:<port>`, serving dist/. */
  readonly origin: string;
  readonly context: BrowserContext;
}

/** The built site on 127.0.0.1 and a Chromium context, set up before a file's tests and closed after them. */
export function useSite(): Site {
  let server: Server | undefined;
  const site = {origin: "", context: undefined as unknown as BrowserContext};
  beforeAll(async () => {
    mkdirSync(SHOTS, {recursive: true});
    const served = await serveStatic(DIST);
    server = served.server;
    site.origin = served.origin;
    site.context = await launch();
  });
  afterAll(async () => {
    await site.context?.close();
    server?.close();
  });
  return site;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launch(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), "wb-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: {width: 1280, height: 900},
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
    ]
  });
}

export interface PageReport {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  outsideRequests: string[];
  /** gzip bytes of every script the page loaded, by URL. */
  scripts: Map<string, number>;
}

/** Opens a page with the recorders attached; returns the page and what it saw. */
export async function openPage(context: BrowserContext, origin: string, path: string, colorScheme: "light" | "dark" = "light"): Promise<{page: Page; report: PageReport}> {
  const page = await context.newPage();
  await page.emulateMedia({colorScheme});
  const report: PageReport = {consoleErrors: [], pageErrors: [], failedRequests: [], outsideRequests: [], scripts: new Map()};
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    report.outsideRequests.push(url);
    return route.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error") report.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => report.pageErrors.push(String(error)));
  page.on("requestfailed", (request) => {
    if (request.url().startsWith(origin)) report.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  page.on("response", async (response) => {
    if (!response.url().startsWith(origin)) return;
    if (response.status() >= 400) report.failedRequests.push(`${response.url()} (${response.status()})`);
    if (response.request().resourceType() === "script") {
      try {
        report.scripts.set(response.url(), gzipSync(await response.body()).length);
      } catch {
        // a body that could not be read (navigated away) counts as nothing
      }
    }
  });
  await page.goto(`${origin}${path}`, {waitUntil: "networkidle", timeout: 90_000});
  return {page, report};
}

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page; returns serious and critical violations, one per node. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({content: AXE});
  const results = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, {resultTypes: ["violations"]});
    return r.violations.map((v: {id: string; impact: string | null; help: string; nodes: {target: string[]}[]}) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" "))
    }));
  });
  return (results as AxeViolation[]).filter((v) => v.impact === "serious" || v.impact === "critical");
}
