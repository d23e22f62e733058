// Shareable moments and forks in Chromium: drive a simulation to a moment, copy its link, open the
// link in a fresh page and find the same moment (same time, same narration); a hostile link shows a
// notice in its figure, the others keep working and nothing reaches the console; forks run side by
// side. Screenshots of a fork go to test-results/screenshots/.
import {join} from "node:path";
import type {Locator, Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {openPage, type PageReport, SHOTS, useSite} from "./browser.js";

const site = useSite();

const clean = (report: PageReport) => {
  expect(report.pageErrors, "uncaught exceptions").toEqual([]);
  expect(report.consoleErrors, "console errors").toEqual([]);
  expect(report.failedRequests, "failed requests").toEqual([]);
};

/** Presses "Copy link to this moment" and reads the link from its field (clipboard or not). */
async function copyLink(figure: Locator): Promise<string> {
  await figure.locator('[data-action="copy-link"]').click();
  const field = figure.locator(".wb-share-field");
  await expect.poll(() => field.inputValue()).toMatch(/^http/);
  return field.inputValue();
}

async function open(url: string): Promise<{page: Page; report: PageReport}> {
  const {page, report} = await openPage(site.context, site.origin, url.slice(site.origin.length));
  await page.locator("#observablehq-main").waitFor();
  return {page, report};
}

const fig = (page: Page, title: string) => page.locator("figure", {has: page.locator("h3", {hasText: title})});

describe("offer cycle", () => {
  it("the architecture example, DRF and free play reopen at the same moment", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/offer-cycle");
    const arch = page.locator("figure.offer-arch");
    for (let i = 0; i < 16; i++) await arch.locator('[data-beat="next"]').click();
    await arch.locator('[data-beat="prev"]').click();
    const archText = await arch.locator(".offer-explain").textContent();
    const drf = page.locator("figure.offer-drf");
    await drf.locator('input[data-field="total-cpus"]').fill("12");
    await drf.locator('[data-action="reset"]').click();
    for (let i = 0; i < 2; i++) await drf.locator('[data-beat="next"]').click();
    const drfText = await drf.locator(".offer-explain").textContent();
    const play = page.locator("figure.offer-play");
    await play.locator('[data-control="preset"]').selectOption("greedy-decliner-starvation");
    await play.locator('[data-control="time"]').fill("7300");
    await play.locator('[data-beat="next"]').click();
    const playTime = await play.locator('[data-readout="time"]').textContent();
    const playLog = await play.locator(".offer-events").textContent();

    const archLink = await copyLink(arch);
    expect(archLink).toMatch(/\?arch=v1,n:15$/);
    const drfLink = await copyLink(drf);
    expect(drfLink).toMatch(/\?arch=v1,n:15&drf=v1,c:12~18,a:1~4,b:3~1,n:2$/);
    const link = await copyLink(play);
    expect(link).toMatch(/&sim=v1,p:greedy-decliner-starvation,s:1,t:8000$/);
    expect(await page.evaluate(() => location.href)).toBe(link);
    clean(report);
    await page.close();

    const again = await open(link);
    const arch2 = again.page.locator("figure.offer-arch");
    expect(await arch2.locator(".offer-readout").textContent()).toBe("Step 15 of 25");
    expect(await arch2.locator(".offer-explain").textContent()).toBe(archText);
    const drf2 = again.page.locator("figure.offer-drf");
    expect(await drf2.locator(".offer-explain").textContent()).toBe(drfText);
    expect(await drf2.locator('input[data-field="total-cpus"]').inputValue()).toBe("12");
    const play2 = again.page.locator("figure.offer-play");
    await expect.poll(() => play2.locator('[data-readout="time"]').textContent()).toBe(playTime);
    expect(await play2.locator(".offer-events").textContent()).toBe(playLog);
    expect(await play2.locator('[data-control="preset"]').inputValue()).toBe("greedy-decliner-starvation");
    clean(again.report);
    await again.page.close();
  });

  it("forks free play: greedy's refuse_seconds 5 from 5 s, both futures side by side, and the fork survives a link", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/offer-cycle");
    const play = page.locator("figure.offer-play");
    await play.locator('[data-control="preset"]').selectOption("greedy-decliner-starvation");
    await play.locator('[data-control="time"]').fill("5000");
    await play.locator('[data-action="fork"]').click();
    await play.locator('[data-control="fork-change"]').selectOption("refuseSeconds~greedy");
    await play.locator('[data-control="fork-value"]').fill("5");
    await play.locator('[data-action="fork-run"]').click();
    await play.locator('[data-control="time"]').fill("15000");
    await expect.poll(() => play.locator(".wb-fork-summary").textContent()).toBe(
      "At 15 s: 3 tasks run in the fork against 1 (spark 1 → 3); 9 offers made so far in the fork, 16 in the original."
    );
    expect(await play.locator(".wb-fork-view h4").allTextContents()).toEqual(["Original", "Fork at 5 s: greedy's refuse_seconds becomes 5"]);
    await play.locator(".wb-fork").scrollIntoViewIfNeeded();
    await play.screenshot({path: join(SHOTS, "fork-offer-cycle.png")});
    const link = await copyLink(play);
    expect(link).toMatch(/sim=v1,p:greedy-decliner-starvation,s:1,t:15000,k:5000~refuseSeconds~greedy~5$/);
    clean(report);
    await page.close();

    const again = await open(link);
    const play2 = again.page.locator("figure.offer-play");
    await expect.poll(() => play2.locator(".wb-fork-summary").textContent()).toBe(
      "At 15 s: 3 tasks run in the fork against 1 (spark 1 → 3); 9 offers made so far in the fork, 16 in the original."
    );
    clean(again.report);
    await again.page.close();
  });

  it("a hostile link is ignored with a notice; the other figures work", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/offer-cycle?sim=v1,p:free-play,t:%3Cscript%3Ealert(1)%3C/script%3E&arch=v1,n:3");
    const play = page.locator("figure.offer-play");
    await expect.poll(() => play.locator(".wb-link-notice").textContent()).toBe(
      'The link\'s settings for this figure were ignored: it contains the character "<", which no setting uses. It starts from its default instead.'
    );
    expect(await play.locator("script").count()).toBe(0);
    expect(await play.locator('[data-readout="time"]').textContent()).toBe("0 s of 60 s");
    expect(await page.locator("figure.offer-arch .offer-readout").textContent()).toBe("Step 3 of 25");
    clean(report);
    await page.close();
  });
});

describe("high availability", () => {
  it("a struck simulator reopens at the same moment, a fork runs side by side, a bad link is refused", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/high-availability");
    const sim = fig(page, "Masters and ZooKeeper");
    await sim.locator('.ha-cluster [data-target="zk-2"]').focus();
    await page.keyboard.press("k");
    for (let i = 0; i < 3; i++) await sim.locator('[data-beat="next"]').click();
    const status = await sim.locator(".ha-status").first().textContent();
    const readout = await sim.locator(".ha-readout").textContent();
    const link = await copyLink(sim);
    expect(link).toMatch(/\?masters=v1,p:ha-kill-leader,s:1,t:\d+,m:3,z:10000,g:15000,f:0~kill~zk-2;20000~kill~master-1$/);
    clean(report);
    await page.close();

    const again = await open(link);
    const sim2 = fig(again.page, "Masters and ZooKeeper");
    await expect.poll(() => sim2.getAttribute("data-linked")).toBe("ready");
    expect(await sim2.locator(".ha-readout").textContent()).toBe(readout);
    expect(await sim2.locator(".ha-status").first().textContent()).toBe(status);

    // Fork the other simulator at 10 s: a 4 s session timeout for the Marathon failover.
    const marathon = fig(again.page, "Marathon, frameworks and health checks");
    await marathon.locator("input.ha-range").evaluate((el) => {
      (el as HTMLInputElement).value = "10000";
      el.dispatchEvent(new Event("input", {bubbles: true}));
    });
    await marathon.locator('[data-action="fork"]').click();
    await marathon.locator('[data-control="fork-change"]').selectOption("session~4000");
    await marathon.locator('[data-action="fork-run"]').click();
    await marathon.locator("input.ha-range").evaluate((el) => {
      (el as HTMLInputElement).value = "40000";
      el.dispatchEvent(new Event("input", {bubbles: true}));
    });
    await expect.poll(() => marathon.locator(".wb-fork-summary").textContent()).toBe(
      "At 40 s: both led by master-1; 3 instances serving in both. After the fork the original is never without a leading master, the fork never without a leading master. The original is without a Marathon leader for 10.1 s, the fork without a Marathon leader for 4.1 s."
    );
    expect(await marathon.locator(".wb-fork-view h4").allTextContents()).toEqual(["Original", "Fork at 10 s: the ZooKeeper session timeout becomes 4 s"]);
    await marathon.locator(".wb-fork").scrollIntoViewIfNeeded();
    await marathon.screenshot({path: join(SHOTS, "fork-high-availability.png")});
    clean(again.report);
    await again.page.close();

    const bad = await openPage(site.context, site.origin, "/high-availability?zones=v1,p:ha-agent-dies,f:1000~kill~agent-99&masters=v1,p:ha-kill-leader,t:25000");
    const zones = fig(bad.page, "Agents, zones and tasks");
    await expect.poll(() => zones.locator(".wb-link-notice").textContent()).toBe(
      'The link\'s settings for this figure were ignored: fault 1.target: unknown target "agent-99" (expected master-1…master-3, zk-N, marathon-N, agent-1…agent-6, zone-a or a task such as web.1). It starts from its default instead.'
    );
    await expect.poll(() => fig(bad.page, "Masters and ZooKeeper").locator(".ha-readout").textContent()).toBe("25 s of 60 s");
    clean(bad.report);
    await bad.page.close();
  });
});

describe("service discovery", () => {
  it("the VIP figure reopens with the same connections and health", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/service-discovery");
    const vip = fig(page, "A VIP at work");
    for (let i = 0; i < 4; i++) await vip.locator(".vip-step").click();
    await vip.locator(".vip-health input").nth(1).uncheck();
    for (let i = 0; i < 5; i++) await vip.locator(".vip-step").click();
    const clock = await vip.locator(".vip-clock").textContent();
    const bars = await vip.locator("svg.vip-chart").getAttribute("aria-label");
    const link = await copyLink(vip);
    expect(link).toMatch(/\?vip=v1,v:0,s:42,t:9,h:4~1~0$/);
    clean(report);
    await page.close();

    const again = await open(link);
    const vip2 = fig(again.page, "A VIP at work");
    expect(await vip2.locator(".vip-clock").textContent()).toBe(clock);
    expect(await vip2.locator("svg.vip-chart").getAttribute("aria-label")).toBe(bars);
    expect(await vip2.locator(".vip-health input").nth(1).isChecked()).toBe(false);
    clean(again.report);
    await again.page.close();
  });
  it("Live records reopen with the same changes replayed, the same selected task and the same records", async () => {
    const {page, report} = await openPage(site.context, site.origin, "/service-discovery");
    const rec = fig(page, "Live records");
    await rec.getByRole("button", {name: "One task more"}).click();
    await rec.getByRole("button", {name: "One task more"}).click();
    await rec.locator(".cluster-task").first().click();
    await rec.getByRole("button", {name: "Kill this task"}).click();
    await rec.locator(".records-src, select").nth(1).selectOption("mesos-dns");
    const count = await rec.locator(".records-count").textContent();
    const title = await rec.locator(".records-task-title").textContent();
    const current = (f: Locator) =>
      f.locator(".records-table tbody tr:not(.is-removed)").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td:not(.records-change)")].map((td) => td.textContent).join("|")).sort());
    const rows = await current(rec);
    expect(rows.length).toBeGreaterThan(10);
    const link = await copyLink(rec);
    expect(link).toMatch(/\?rec=v1,a:web,i:mesos-dns,o:app,c:s~web~4~;s~web~5~;k~web~0~,x:web~\d+$/);
    clean(report);
    await page.close();

    const again = await open(link);
    const rec2 = fig(again.page, "Live records");
    expect(await rec2.locator(".records-count").textContent()).toBe(count);
    expect(await rec2.locator(".records-task-title").textContent()).toBe(title);
    // The same records (the marks of what the last click added or removed are not replayed).
    expect(await current(rec2)).toEqual(rows);
    clean(again.report);
    await again.page.close();

    const bad = await open(`${site.origin}/service-discovery?rec=v1,c:k~web~9~`);
    expect(await fig(bad.page, "Live records").locator("[data-link-notice]").textContent()).toBe(
      "The link's settings for this figure were ignored: change 1: web has no task at place 9 then. It starts from its default instead."
    );
    expect(await fig(bad.page, "Live records").locator(".records-count").textContent()).toBe("3 tasks");
    clean(bad.report);
    await bad.page.close();
  });
});
