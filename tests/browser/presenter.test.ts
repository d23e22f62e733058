// Presenter mode, speaker notes and printing in Chromium, on the built site: ?present and the
// toggle, the arrow keys through a figure's beats and on to the next figure, the notes window
// kept in step over BroadcastChannel (opened from the chapter, or first), the speaker notes
// matching the figures on each page, a chapter under print emulation, and an exercise sheet as PDF.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {parse} from "yaml";
import {openPage, SHOTS, useSite} from "./browser.js";

const boot = parse(readFileSync("data/architecture/boot.yaml", "utf8")) as {id: string; steps: {title: string}[]}[];
const notes = parse(readFileSync("data/speaker-notes.yaml", "utf8")) as {id: string; figures: {title: string}[]}[];

const site = useSite();

const current = (page: Page) => page.locator(".wb-presenting-current").evaluate((f) => f.querySelector(":scope > h3")?.textContent ?? "");
const lastLog = (page: Page, figure: string) => page.locator(`${figure} [role="log"]`).first().evaluate((log) => log.lastElementChild?.textContent ?? "");
const display = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display);

async function clean(report: {pageErrors: string[]; consoleErrors: string[]; failedRequests: string[]}): Promise<void> {
  expect(report.pageErrors, "uncaught exceptions").toEqual([]);
  expect(report.consoleErrors, "console errors").toEqual([]);
  expect(report.failedRequests, "failed requests").toEqual([]);
}

describe("presenter mode", () => {
  it("opens with ?present, hides the sidebar, and the arrow keys step a figure's beats, then move on", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/architecture?present");
    await page.locator(".arch-boot-figure").waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains("wb-presenting"))).toBe(true);
    expect(await display(page, "#observablehq-sidebar")).toBe("none");
    expect(await display(page, "#observablehq-toc").catch(() => "none")).toBe("none");
    expect(await page.locator(".wb-presenter-toggle").getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator(".wb-presenter-help").textContent()).toContain("Page Down and Page Up");
    expect(await page.locator(".wb-presenter-status").textContent()).toBe("Press → for the first figure.");

    await page.keyboard.press("ArrowRight");
    expect(await current(page)).toBe("Two ways to draw the layers of DC/OS");
    expect(await page.locator(".wb-presenter-status").textContent()).toBe("Figure 1 of 4: Two ways to draw the layers of DC/OS");
    await page.keyboard.press("ArrowRight");
    expect(await current(page)).toBe("Node types, drawn over the demo cluster");
    await page.keyboard.press("ArrowRight");
    expect(await current(page)).toBe("Boot sequence, step by step");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("arch-boot-figure"))).toBe(true);

    const master = boot.find((b) => b.id === "master")!;
    const before = await lastLog(page, ".arch-boot-figure");
    await page.keyboard.press("ArrowRight");
    const first = await lastLog(page, ".arch-boot-figure");
    expect(first).not.toBe(before);
    expect(first!.startsWith(`Step 1 of ${master.steps.length}: ${master.steps[0]!.title}.`)).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await page.locator('.arch-boot-figure .arch-boot-step[aria-current="step"]').count()).toBe(0);
    for (let k = 0; k < master.steps.length; k++) await page.keyboard.press("ArrowRight");
    expect((await lastLog(page, ".arch-boot-figure"))!.startsWith(`Step ${master.steps.length} of ${master.steps.length}: ${master.steps.at(-1)!.title}.`)).toBe(true);
    expect(await current(page)).toBe("Boot sequence, step by step");
    await page.keyboard.press("ArrowRight");
    expect(await current(page)).toBe("Request flows, hop by hop");
    await page.keyboard.press("PageUp");
    expect(await current(page)).toBe("Boot sequence, step by step");
    await page.waitForTimeout(600);
    await page.screenshot({path: join(SHOTS, "presenter-architecture.png")});

    // Keys stay with a widget that uses arrows: the flow selector.
    await page.keyboard.press("PageDown");
    const select = page.locator(".arch-flows-figure .arch-flow-select");
    const flow = await select.inputValue();
    await select.focus();
    await page.keyboard.press("ArrowDown");
    expect(await select.inputValue()).not.toBe(flow);
    expect(await current(page)).toBe("Request flows, hop by hop");

    await page.keyboard.press("Escape"); // leaves the select's keys alone
    await page.locator(".wb-presenter-toggle").focus();
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.documentElement.classList.contains("wb-presenting"))).toBe(false);
    expect(new URL(page.url()).search).toBe("");
    expect(await display(page, "#observablehq-sidebar")).not.toBe("none");
    await clean(report);
    await page.close();
  });

  it("is reached by the toggle from the keyboard, and a nonsense ?present is explained", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/offer-cycle?present=maybe");
    await page.locator(".offer-arch").waitFor();
    expect(await page.locator(".wb-presenter-problem").textContent()).toContain("“present=maybe”, which is not understood");
    expect(await page.evaluate(() => document.documentElement.classList.contains("wb-presenting"))).toBe(false);
    await page.locator(".wb-presenter-toggle").focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.documentElement.classList.contains("wb-presenting"))).toBe(true);
    expect(new URL(page.url()).search).toBe("?present");
    await page.keyboard.press("PageDown");
    expect(await current(page)).toBe("The architecture example, one message at a time");
    // The offer figures get their data-beat buttons on the simulation branch: with them → steps
    // the first message; without, → moves on to the next figure.
    const before = await lastLog(page, ".offer-arch");
    const beats = await page.locator('.offer-arch [data-beat="next"]').count();
    await page.keyboard.press("ArrowRight");
    if (beats > 0) {
      expect(await lastLog(page, ".offer-arch")).not.toBe(before);
      expect((await lastLog(page, ".offer-arch"))!.startsWith("Step 1, at ")).toBe(true);
    } else {
      expect(await current(page)).toBe("DRF by progressive filling");
    }
    await clean(report);
    await page.close();
  });
});

describe("speaker notes", () => {
  it("open from the chapter in a second window and follow every step", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/architecture?present");
    await page.locator(".arch-boot-figure").waitFor();
    const [popup] = await Promise.all([page.waitForEvent("popup"), page.locator(".wb-presenter-notes").click()]);
    await popup.waitForLoadState("networkidle");
    expect(new URL(popup.url()).pathname).toBe("/workshop/notes");
    await expect.poll(() => popup.locator(".wb-notes-chapter").textContent()).toBe("Architecture (35 min)");
    expect(await popup.locator(".wb-notes-opening").textContent()).toContain("four ways");
    await page.bringToFront();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => popup.locator(".wb-notes-figure").textContent()).toBe("Figure 1 of 4: Two ways to draw the layers of DC/OS");
    expect(await popup.locator(".wb-notes-next").textContent()).toBe("Next: Node types, drawn over the demo cluster");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => popup.locator(".wb-notes-figure").textContent()).toBe("Figure 3 of 4: Boot sequence, step by step");
    await expect.poll(() => popup.locator(".wb-notes-hints").textContent()).toContain("Nothing can elect a leader until ZooKeeper runs.");
    expect(await popup.locator(".wb-notes-beat").textContent()).toContain("Step 2 on this figure.");
    // The notes window steps the chapter window too.
    await popup.locator('[data-command="figure-next"]').click();
    await expect.poll(() => current(page)).toBe("Request flows, hop by hop");
    await expect.poll(() => popup.locator(".wb-notes-figure").textContent()).toBe("Figure 4 of 4: Request flows, hop by hop");
    expect(await popup.locator(".wb-notes-clock").textContent()).toMatch(/^\d+:\d\d$/);
    await popup.screenshot({path: join(SHOTS, "speaker-notes-window.png"), fullPage: false});
    await popup.close();
    await clean(report);
    await page.close();
  });

  it("opened on its own, ask the chapter window where it is", async () => {
    const {page} = await openPage(site.context, site.origin, "/high-availability?present");
    await page.locator(".wb-figure").first().waitFor();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("PageDown");
    const {page: notesPage, report} = await openPage(site.context, site.origin, "/workshop/notes");
    await expect.poll(() => notesPage.locator(".wb-notes-figure").textContent()).toBe("Figure 2 of 4: Masters and ZooKeeper");
    expect(await notesPage.locator(".wb-notes-connection").textContent()).toBe("Following “High availability” in presenter mode.");
    await clean(report);
    await notesPage.close();
    await page.close();
  });

  it("have notes for every figure of the four simulated chapters, and no notes for figures that do not exist", async () => {
    for (const chapter of notes) {
      const {page} = await openPage(site.context, site.origin, `/${chapter.id}`);
      await page.locator(".wb-presenter-toggle").waitFor();
      await page.waitForTimeout(300);
      const titles = await page.$$eval(".wb-figure", (fs) => fs.filter((f) => !f.parentElement!.closest(".wb-figure")).map((f) => f.querySelector(":scope > h3")?.textContent?.trim() ?? ""));
      expect(chapter.figures.map((f) => f.title).filter((t) => !titles.includes(t)), `${chapter.id}: notes for missing figures`).toEqual([]);
      if (["offer-cycle", "high-availability", "service-discovery", "architecture"].includes(chapter.id)) {
        expect(chapter.figures.map((f) => f.title), `${chapter.id}: figures in page order`).toEqual(titles);
      }
      await page.close();
    }
  });
});

describe("printing", () => {
  it("a chapter under print emulation: no sidebar or controls, links show where they lead, figures within the page", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/high-availability");
    await page.locator(".wb-figure").first().waitFor();
    await page.waitForTimeout(500);
    await page.emulateMedia({media: "print", colorScheme: "dark"});
    expect(await display(page, "#observablehq-sidebar")).toBe("none");
    expect(await display(page, "#observablehq-toc").catch(() => "none")).toBe("none");
    expect(await display(page, ".wb-presenter-bar")).toBe("none");
    expect(await display(page, ".wb-figure .wb-controls")).toBe("none");
    // A glossary link (term()) in the prose prints where it leads, like any prose link.
    const link = page.locator('#observablehq-main p > .wb-term > a[href="./concepts#quorum"]').first();
    expect(await link.evaluate((a) => getComputedStyle(a, "::after").content)).toBe('" (/concepts#quorum)"');
    // Paper is white even when the screen is dark.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");
    const overflow = await page.$$eval(".wb-figure", (fs) => {
      const main = document.getElementById("observablehq-main")!.getBoundingClientRect();
      return fs.filter((f) => f.getBoundingClientRect().right > main.right + 1).map((f) => f.querySelector("h3")?.textContent);
    });
    expect(overflow).toEqual([]);
    const pdf = await page.pdf({format: "A4"});
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await clean(report);
    await page.close();
  });

  it("an exercise sheet prints to PDF, answers only once revealed", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/workshop/exercises-mechanisms");
    await page.locator(".wb-exercise").first().waitFor();
    expect(await page.locator(".wb-exercise").count()).toBe(8);
    const drf = page.locator('[data-exercise="drf-paper"]');
    expect(await drf.locator("a").getAttribute("href")).toBe("../offer-cycle#who-gets-the-next-offer-dominant-resource-fairness");
    await page.emulateMedia({media: "print"});
    expect(await display(page, ".wb-reveal-all")).toBe("none");
    expect(await drf.locator(".wb-exercise-answer").evaluate((e) => getComputedStyle(e).display)).toBe("none");
    expect(await drf.locator("a").evaluate((a) => getComputedStyle(a, "::after").content)).toBe('" (/offer-cycle#who-gets-the-next-offer-dominant-resource-fairness)"');
    await page.screenshot({path: join(SHOTS, "print-exercises-mechanisms.png"), fullPage: true});
    const handout = await page.pdf({format: "A4"});
    const pages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(handout.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pages(handout)).toBeGreaterThanOrEqual(2);

    await page.emulateMedia({media: "screen"});
    await page.locator(".wb-reveal-all").click();
    expect(await drf.locator(".wb-exercise-toggle").getAttribute("aria-expanded")).toBe("true");
    await page.emulateMedia({media: "print"});
    expect(await drf.locator(".wb-exercise-answer").evaluate((e) => getComputedStyle(e).display)).toBe("block");
    const key = await page.pdf({format: "A4"});
    expect(pages(key)).toBeGreaterThan(pages(handout));
    await clean(report);
    await page.close();
  });
});
