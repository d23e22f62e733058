import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {expect} from "vitest";

/** Each figure of the chapter driven once, by keyboard and by mouse, and the predict-then-run check. */
export default async function serviceDiscovery(page: Page): Promise<void> {
  // 1. Type a name and resolve it: keyboard into the field, Enter resolves.
  const resolve = page.locator("figure", {has: page.locator("h3", {hasText: "Type a name and resolve it"})});
  const name = resolve.locator("input.dns-name");
  await name.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("_web._tcp.marathon.mesos");
  await page.keyboard.press("Tab");
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
  await resolve.locator("select").selectOption("SRV");
  await expect.poll(() => resolve.locator('.dns-answers tr[data-section="answer"]').count()).toBe(3);
  expect(await resolve.locator(".dns-hop").evaluateAll((li) => li.map((x) => (x as HTMLElement).dataset.role))).toEqual(["task", "dcos-dns", "mesos-dns"]);
  await name.fill("web marathon.mesos");
  await name.press("Enter");
  await expect.poll(() => resolve.locator('.dns-result [role="alert"]').textContent()).toBe('The label "web marathon" contains a space. DNS names use letters, digits and hyphens (and underscores in SRV names).');
  // Mouse: an example.
  await resolve.locator('.dns-example[data-name="leader.mesos"]').click();
  await expect.poll(() => resolve.locator('.dns-answers tr[data-section="answer"] td:last-child').allTextContents()).toEqual(["10.0.0.11"]);

  // 2. Live records: the mouse scales web up; the keyboard selects a task and kills it.
  const records = page.locator("figure", {has: page.locator("h3", {hasText: "Live records"})});
  await records.getByRole("button", {name: "One task more"}).click();
  await expect.poll(() => records.locator(".records-count").textContent()).toBe("4 tasks");
  expect(await records.locator(".records-table tr.is-added").count()).toBe(11);
  await records.locator('.cluster-task:has-text("web :11207")').focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => records.locator(".records-task-title").textContent()).toBe("Selected task: web :11207 on 10.0.1.22");
  await records.getByRole("button", {name: "Kill this task"}).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => records.locator(".records-count").textContent()).toBe("3 tasks");
  expect(await records.locator('[role="log"]').textContent()).toContain("Killed web :11207 on 10.0.1.22");

  // 3. A VIP at work: keyboard steps, mouse marks a backend unhealthy.
  const vip = page.locator("figure", {has: page.locator("h3", {hasText: "A VIP at work"})});
  await vip.getByRole("button", {name: "Step 1 s"}).focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("Enter");
  await expect.poll(() => vip.locator(".vip-clock").textContent()).toBe("t = 10 s · 14 connections opened · 9 open now");
  await vip.locator('.vip-health input[data-backend="10.0.1.22:11207"]').click();
  await expect.poll(() => vip.locator('g.vip-row[data-backend="10.0.1.22:11207"]').getAttribute("data-weight")).toBe("0");
  for (let i = 0; i < 15; i++) await vip.getByRole("button", {name: "Step 1 s"}).click();
  expect(await vip.locator('g.vip-row[data-backend="10.0.1.22:11207"]').getAttribute("data-active")).toBe("0");
  expect(await vip.locator('g.vip-row[data-backend="10.0.1.22:11207"]').getAttribute("data-served")).toBe("4");

  // 4. Bring a state: the demo cluster by mouse, then a broken document.
  const input = page.locator("figure", {has: page.locator("h3", {hasText: "Bring a state"})});
  await input.getByRole("button", {name: "Use the demo cluster"}).click();
  await expect.poll(() => input.locator(".state-summary").textContent()).toMatch(/^The demo cluster: 5 agents, 2 frameworks, 6 running tasks\./);
  await input.locator("textarea").fill('{"slaves": [], "frameworks": [{"id": "f", "tasks": [{"id": "t", "name": "x", "framework_id": "f", "slave_id": "s", "state": "TASK_RUNNING", "statuses": {}}]}]}');
  await input.getByRole("button", {name: "Show records"}).click();
  await expect.poll(() => input.locator(".state-problems li").allTextContents()).toEqual(["frameworks[0].tasks[0].statuses: expected an array, got an object"]);
  // An operator API SUBSCRIBE stream (dcos-net's test data) reads too.
  await input.locator("textarea").fill(readFileSync("tests/fixtures/dcos-net-operator-api-stream.jsonl", "utf8"));
  await input.getByRole("button", {name: "Show records"}).click();
  await expect.poll(() => input.locator(".state-summary").textContent()).toMatch(/^The pasted text: 2 agents, 2 frameworks, 12 running tasks\./);

  // The predict-then-run check runs the model.
  const check = page.locator('[data-check="srv-after-scaling"]');
  await check.locator("label").nth(1).click();
  await check.getByRole("button", {name: "Scale web to 1, then to 3, and query"}).click();
  await expect.poll(() => check.locator(".check-srv").nth(1).locator("li").count()).toBe(3);
  await expect.poll(() => check.locator(".wb-feedback").textContent()).toMatch(/^Correct\. /);
}
