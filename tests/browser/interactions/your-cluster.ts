import {resolve} from "node:path";
import type {Page} from "playwright-core";
import {expect} from "vitest";

/** A real state chosen with the file picker (the Mesos 0.19 state of Mesos-DNS's tests), then a sample by keyboard. */
export default async function yourCluster(page: Page): Promise<void> {
  const picker = page.locator("figure.yc-picker");
  await expect.poll(() => picker.locator(".yc-status").textContent()).toContain("Showing the demo cluster: 5 agents (1 public), 2 frameworks");
  await picker.locator('input[type="file"]').setInputFiles(resolve("tests/fixtures/mesos-dns-fake-state.json"));
  await expect.poll(() => picker.locator(".yc-status").textContent()).toContain("Showing the file mesos-dns-fake-state.json: 4 agents (0 public), 4 frameworks, 9 active tasks.");
  // The fixture's chronos task names a framework id one digit short of its framework's: a real quirk, reported.
  expect(await picker.locator(".yc-warnings li").allTextContents()).toEqual([
    'frameworks[1].tasks[0].framework_id: "20140703-014514-3041283216-5050-5348-000" is not its framework\'s id "20140703-014514-3041283216-5050-5348-0001" (Mesos-DNS and dcos-net skip such tasks)'
  ]);
  await expect.poll(() => page.locator(".yc-source").textContent()).toBe("Read from a Mesos master /state, Mesos 0.19.1. 9 tasks active.");
  expect(await page.locator(".yc-summary table").first().locator("tbody tr").count()).toBe(4);
  expect(await page.locator(".arch-nodes-figure .arch-node[data-node-type='private-agent']").count()).toBe(4);
  expect(await page.locator(".yc-records").textContent()).toContain("some-box.chronoswithaspaceandmixedcase-2.0.1.mesos.");
  expect(await page.locator(".yc-next").textContent()).toBe("Only the role * holds resources: DRF has no one to weigh it against, so it is offered whatever is free.");

  // The keyboard: a sample from the list, loaded with Enter.
  await picker.locator("select").selectOption("operator-stream");
  await picker.getByRole("button", {name: "Load sample"}).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => picker.locator(".yc-status").textContent()).toContain("2 agents (0 public), 2 frameworks, 12 active tasks");
}
