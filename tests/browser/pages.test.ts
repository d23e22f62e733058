// Every page of the built workbook in Chromium: no console error or uncaught exception, no failed
// request, nothing requested from another host, no serious or critical accessibility violation
// of ours, JavaScript within budget, internal links alive, and a full-page screenshot of each
// page in both themes (test-results/screenshots/, for people to look at).
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import config from "../../observablehq.config.js";
import {axeViolations, DIST, openPage, SHOTS, useSite} from "./browser.js";
import {INTERACTIONS} from "./interactions/index.js";
import {resolveFile} from "./server.js";
import {isUpstream} from "./upstream.js";

/** DESIGN.md: JavaScript per page, gzip. */
const JS_BUDGET_BYTES = 250 * 1024;

type Entry = {name: string; path: string} | {name: string; pages: Entry[]};
const flatten = (entries: readonly Entry[]): string[] => entries.flatMap((e) => ("pages" in e ? flatten(e.pages) : [e.path]));
// Workshop pages outside the sidebar: the exercise sheets and the speaker-notes window.
const WORKSHOP = ["start", "system", "mechanisms", "evolution", "practice"].map((part) => `/workshop/exercises-${part}`).concat("/workshop/notes");
const PAGES = ["/", ...flatten(config.pages as Entry[]), ...WORKSHOP];
const slug = (path: string) => (path === "/" ? "index" : path.replace(/^\/|\/$/g, "").replace(/\//g, "-"));

const site = useSite();
const sizes: {page: string; kb: number}[] = [];

afterAll(() => {
  if (sizes.length) console.log(`JavaScript per page (gzip KB): ${sizes.map((s) => `${s.page} ${s.kb}`).join(", ")}`);
});

describe.each(PAGES)("page %s", (path) => {
  it("loads cleanly, within budget, with no serious accessibility violation of ours", async () => {
    const {page, report} = await openPage(site.context, site.origin, path);
    await page.locator("#observablehq-main").waitFor();
    // Give figures a moment to render after data arrives.
    await page.waitForTimeout(300);
    const interaction = INTERACTIONS[path];
    if (interaction) await interaction(page);

    const violations = (await axeViolations(page)).flatMap((v) =>
      v.targets.filter((t) => !isUpstream(v.id, t)).map((t) => `${v.id} (${v.impact}): ${v.help} at ${t}`)
    );
    const js = [...report.scripts.values()].reduce((a, b) => a + b, 0);
    sizes.push({page: path, kb: Math.round(js / 102.4) / 10});

    // Internal links must lead somewhere.
    const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => new URL(a.getAttribute("href")!, document.baseURI).href));
    const dead = [...new Set(hrefs)]
      .filter((href) => href.startsWith(site.origin))
      .map((href) => new URL(href).pathname)
      .filter((p) => !resolveFile(DIST, p));

    await page.screenshot({path: join(SHOTS, `${slug(path)}-light.png`), fullPage: true});
    await page.emulateMedia({colorScheme: "dark"});
    await page.waitForTimeout(100);
    await page.screenshot({path: join(SHOTS, `${slug(path)}-dark.png`), fullPage: true});
    await page.close();

    expect(report.pageErrors, "uncaught exceptions").toEqual([]);
    expect(report.consoleErrors, "console errors").toEqual([]);
    expect(report.failedRequests, "failed requests").toEqual([]);
    expect(report.outsideRequests, "requests to other hosts").toEqual([]);
    expect(violations, "accessibility violations").toEqual([]);
    expect(dead, "dead internal links").toEqual([]);
    expect(js, `JavaScript gzip bytes (budget ${JS_BUDGET_BYTES})`).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  });
});
