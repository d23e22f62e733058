// The "Your cluster" chapter in Chromium with real and hostile states: files by the picker and by
// dropping, several files merged, bad files refused with their places, and markup in names kept inert.
import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {openPage, type PageReport, useSite} from "./browser.js";

const site = useSite();

async function open(): Promise<{page: Page; report: PageReport}> {
  const opened = await openPage(site.context, site.origin, "/your-cluster");
  await opened.page.locator("figure.yc-picker").waitFor();
  return opened;
}
const status = (page: Page) => page.locator("figure.yc-picker .yc-status").textContent();
const file = (name: string, text: string) => ({name, mimeType: "application/json", buffer: Buffer.from(text)});

const HOSTILE = '<script>window.__pwned = 1</script>"><img src=x onerror="window.__pwned = 2">';
const hostileState = JSON.stringify({
  leader: "master@10.9.0.1:5050",
  slaves: [{id: "S0", hostname: HOSTILE, pid: "slave(1)@10.9.0.2:5051", resources: {cpus: 4, mem: 4096}}],
  frameworks: [{id: "F0", name: HOSTILE, role: HOSTILE, tasks: [{id: "t.1", name: HOSTILE, framework_id: "F0", slave_id: "S0", state: "TASK_RUNNING", resources: {cpus: 1, mem: 128}}]}]
});

describe("Your cluster", () => {
  it("several files by the picker: the Mesos 0.28 state with Marathon's tasks merged", async () => {
    const {page, report} = await open();
    await page.locator('figure.yc-picker input[type="file"]').setInputFiles([resolve("tests/fixtures/mesos-state-state3-0.28.json"), resolve("tests/fixtures/marathon-tasks.json")]);
    await expect.poll(() => status(page)).toContain("Showing the files mesos-state-state3-0.28.json, marathon-tasks.json: 3 agents (0 public), 1 framework, 2 active tasks.");
    expect(await status(page)).toContain("2 of Marathon's tasks are not in the Mesos state");
    expect(await page.locator(".yc-role code").allTextContents()).toEqual(["slave_public"]);
    expect(await page.locator(".yc-bar.is-dominant .yc-bar-value").allTextContents()).toEqual(["1.7% (0.2) dominant"]);
    expect(report.pageErrors).toEqual([]);
    await page.close();
  });

  it("a file dropped on the drop zone", async () => {
    const {page} = await open();
    const text = JSON.stringify({type: "GET_STATE", get_state: {get_agents: {agents: [{agent_info: {id: {value: "A1"}, hostname: "10.1.1.1", resources: [{name: "cpus", type: "SCALAR", scalar: {value: 8}, reservations: [{role: "slave_public", type: "STATIC"}]}]}}]}}});
    const transfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], "get-state.json", {type: "application/json"}));
      return dt;
    }, text);
    await page.locator(".yc-drop").dispatchEvent("drop", {dataTransfer: transfer});
    await expect.poll(() => status(page)).toBe("Showing the file get-state.json: 1 agent (1 public), 0 frameworks, 0 active tasks.");
    expect(await page.locator(".arch-node[data-node-type='public-agent'] .arch-node-host").allTextContents()).toEqual(["10.1.1.1"]);
    await page.close();
  });

  it("bad files are refused with the place of each problem, and the figures keep the last good cluster", async () => {
    const {page, report} = await open();
    const input = page.locator('figure.yc-picker input[type="file"]');
    await input.setInputFiles(file("broken.json", '{"slaves": [,]}'));
    await expect.poll(() => page.locator(".yc-picker .wb-error").textContent()).toBe(
      "The file broken.json cannot be read, so the figures still show the demo cluster:(input): not valid JSON: line 1, column 13: unexpected \",\"."
    );
    const deep = JSON.parse(JSON.stringify({slaves: [], frameworks: [{id: "F", tasks: [{id: "t", name: "t", framework_id: "F", slave_id: "S", state: "TASK_RUNNING", statuses: {}}]}]}));
    await input.setInputFiles(file("types.json", JSON.stringify(deep)));
    await expect.poll(() => page.locator(".yc-problems li").allTextContents()).toEqual(["frameworks[0].tasks[0].statuses: expected an array, got an object"]);
    await input.setInputFiles(file("nested.json", `{"slaves": ${"[".repeat(5000)}${"]".repeat(5000)}}`));
    await expect.poll(() => page.locator(".yc-problems li").allTextContents()).toEqual([
      "(input): it nests deeper than 64 levels (line 1, column 75); a Mesos state nests about 10, so this is not one."
    ]);
    expect(await page.locator(".yc-source").textContent()).toBe("Read from a Mesos master /state, Mesos 1.8.0. 6 tasks active.");
    expect(report.pageErrors).toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    await page.close();
  });

  it("a file over the size limit is refused before it is read", async () => {
    const {page} = await open();
    await page.locator('figure.yc-picker input[type="file"]').setInputFiles(file("huge.json", `{"slaves": [], "pad": "${"x".repeat(21 * 1024 * 1024)}"}`));
    await expect.poll(() => page.locator(".yc-problems li").allTextContents()).toEqual(["huge.json is 21 MB; the workbook reads files up to 20 MB"]);
    await page.close();
  });

  it("markup in task, framework and agent names is shown as text and never runs", async () => {
    const {page, report} = await open();
    const dialogs: string[] = [];
    page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
    await page.locator("figure.yc-picker textarea").fill(hostileState);
    await page.getByRole("button", {name: "Read the pasted text"}).click();
    await expect.poll(() => status(page)).toBe("Showing the pasted text: 1 agent (0 public), 1 framework, 1 active task.");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    expect(await page.locator("main img[src='x'], main script:not([type]):not([src])").count()).toBe(0);
    expect(await page.locator(".yc-summary table").nth(1).locator("tbody td").first().textContent()).toBe(HOSTILE);
    expect(await page.locator(".arch-node-host").last().textContent()).toBe(HOSTILE);
    expect(await page.locator(".yc-role code").first().textContent()).toBe(HOSTILE);
    expect(dialogs).toEqual([]);
    expect(report.pageErrors).toEqual([]);
    await page.close();
  });
});
