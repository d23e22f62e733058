// The learner's path in Chromium, on the built site: answer checks in two chapters, come back
// and find them kept (on the chapter and on the course map), export to a file, reset, import the
// file back; a corrupt stored value gives a notice, not a broken page; a glossary link shows its
// definition on hover and on keyboard focus.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {afterEach, describe, expect, it} from "vitest";
import {openPage, type PageReport, SHOTS, useSite} from "./browser.js";

const KEY = "dcos-workbook/progress/v1";

const site = useSite();
const reports: PageReport[] = [];

// A page left open by a failed test would answer the next test's storage events: close them all.
afterEach(async () => {
  for (const page of site.context.pages()) await page.close();
});

async function open(path: string): Promise<Page> {
  const {page, report} = await openPage(site.context, site.origin, path);
  reports.push(report);
  await page.locator("#observablehq-main").waitFor();
  return page;
}

const text = (page: Page, selector: string) => page.locator(selector).first().textContent();
const card = (page: Page, id: string) => page.locator(`.course-map svg a[href="./${id}"]`);

describe("the learner's path", () => {
  it("keeps answers across reloads and shows them on the course map", async () => {
    const page = await open("/what-is-dcos");
    await page.locator('[data-check="two-schedulers"] label').first().click();
    await page.locator('[data-check="who-chooses"] label').first().click();
    const status = page.locator(".wb-chapter-progress .wb-chapter-status");
    await expect.poll(() => status.textContent()).toMatch(/You have answered 2 of its 4 checks, \d of them correctly\.$/);
    // Reaching the end of the chapter marks it read.
    await page.locator(".wb-chapter-progress").scrollIntoViewIfNeeded();
    await expect.poll(() => status.textContent()).toMatch(/^You have read this chapter\./);

    await page.reload({waitUntil: "networkidle"});
    await expect.poll(() => text(page, '[data-check="two-schedulers"] .wb-previous')).toBe("You answered this correctly before.");
    await page.close();

    const telemetry = await open("/telemetry");
    await telemetry.locator('[data-check="opt-out-key"] label').nth(1).click();
    await expect.poll(() => text(telemetry, ".wb-chapter-status")).toBe("You have not marked this chapter as read yet. You have answered 1 of its 3 checks, 1 of them correctly.");
    await telemetry.close();

    const home = await open("/");
    await expect.poll(() => card(home, "what-is-dcos").textContent()).toMatch(/· read · 2 of 4$/);
    expect(await card(home, "what-is-dcos").getAttribute("aria-label")).toMatch(/^What is DC\/OS\? 20 min · read · 2 of 4\. Read; 2 of 4 checks answered, \d correctly\.$/);
    expect(await card(home, "telemetry").textContent()).toMatch(/· 1 of 3 checks$/);
    expect(await text(home, ".wb-progress-summary")).toMatch(/^You have read 1 of \d+ chapters and answered 3 of \d+ checks, \d of them correctly\.$/);
    await home.close();
  });

  it("exports to a file, resets, and imports the file back", async () => {
    const page = await open("/");
    const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Export to a file"}).click()]);
    expect(download.suggestedFilename()).toMatch(/^dcos-workbook-progress-\d{4}-\d\d-\d\d\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, "utf8"));
    expect(exported).toMatchObject({kind: "dcos-workbook-progress", version: 1});
    expect(exported.chapters).toEqual(JSON.parse(stored!).chapters);

    await page.getByRole("button", {name: "Reset progress…"}).click();
    await page.getByRole("button", {name: "Yes, reset my progress"}).click();
    await expect.poll(() => card(page, "what-is-dcos").textContent()).toMatch(/· open$/);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"version":1,"chapters":{}}');

    // A wrong file changes nothing and says why.
    await page.locator('.wb-progress-panel input[type="file"]').setInputFiles({name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"kind":"notes"}')});
    await expect.poll(() => text(page, ".wb-progress-panel .wb-error")).toBe('Could not import “notes.json”: version: missing. Your progress has not changed.');

    await page.locator('.wb-progress-panel input[type="file"]').setInputFiles(file);
    await expect.poll(() => card(page, "what-is-dcos").textContent()).toMatch(/· read · 2 of 4$/);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!)).toEqual(JSON.parse(stored!));
    // For people to look at: the course map and panel with progress, in both themes.
    const map = page.locator(".course-map");
    await map.scrollIntoViewIfNeeded();
    await page.screenshot({path: join(SHOTS, "learner-home-light.png"), fullPage: true});
    await page.emulateMedia({colorScheme: "dark"});
    await page.screenshot({path: join(SHOTS, "learner-home-dark.png"), fullPage: true});
    await page.close();
  });

  it("recovers from a corrupt stored value with a notice, on the home page and in a chapter", async () => {
    const page = await open("/");
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"chapters":{"design":{"read":"yes"}}}'), KEY);
    await page.reload({waitUntil: "networkidle"});
    await expect.poll(() => text(page, ".wb-progress-panel .wb-notice")).toMatch(/^About your progress: Your saved progress could not be read \(chapters\.design\.readAt: missing\), so it starts again from nothing\./);
    expect(await page.locator(".course-map svg a.course-card").count()).toBeGreaterThan(5);
    await page.close();

    const chapter = await open("/design");
    await chapter.evaluate((key) => localStorage.setItem(key, "not json at all"), KEY);
    await chapter.reload({waitUntil: "networkidle"});
    await expect.poll(() => text(chapter, "#observablehq-main > h1 + .wb-notice")).toMatch(/could not be read \(not valid JSON/);
    await chapter.locator('[data-check] label').first().click();
    await expect.poll(() => text(chapter, ".wb-chapter-status")).toMatch(/You have answered 1 of its \d checks/);
    await chapter.close();
  });

  it("shows a glossary definition on hover and on keyboard focus; Escape hides it", async () => {
    const page = await open("/what-is-dcos");
    const term = page.locator('.wb-term[data-term="mesos"]');
    const tip = term.locator('[role="tooltip"]');
    const link = term.locator("a");
    expect(await link.getAttribute("href")).toBe("./concepts#mesos");
    expect(await link.getAttribute("aria-describedby")).toBe(await tip.getAttribute("id"));
    await expect.poll(() => tip.isVisible()).toBe(false);
    await link.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^Apache Mesos: /);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);

    // By keyboard: Tab from the link before it.
    const previous = page.locator('.wb-term[data-term="cluster"] a');
    await previous.focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".wb-term")?.getAttribute("data-term"))).toBe("mesos");
    await expect.poll(() => tip.isVisible()).toBe(true);
    const box = await tip.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    const clip = {x: 250, y: Math.max(0, box!.y - 200), width: 1030, height: 420};
    await page.screenshot({path: join(SHOTS, "learner-tooltip-light.png"), clip});
    await page.emulateMedia({colorScheme: "dark"});
    await page.screenshot({path: join(SHOTS, "learner-tooltip-dark.png"), clip});
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  it("saw no console error, uncaught exception, failed or outside request", () => {
    expect(reports.flatMap((r) => [...r.consoleErrors, ...r.pageErrors, ...r.failedRequests, ...r.outsideRequests])).toEqual([]);
  });
});
