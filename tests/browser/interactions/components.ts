import type {Page} from "playwright-core";
import {expect} from "vitest";
import {readData} from "../../../src/data/load.js";
import {
  byCategoryThenName,
  filterComponents,
  joinComponents,
  joinPorts,
  loadKnowledgeBase,
  portsOn,
  readKnowledgeBaseFiles
} from "../../../src/lib/kb/index.js";

const kb = loadKnowledgeBase(readKnowledgeBaseFiles("data", readData));
const components = joinComponents(kb);
const ports = joinPorts(kb);
const name = (id: string) => components.find((c) => c.id === id)!.name;

/** The components chapter: arrive with a hash, filter, pick by keyboard, and drive every figure once. */
export default async function componentsPage(page: Page): Promise<void> {
  // Arriving at ./components#mesos-dns selects Mesos-DNS in the explorer.
  const url = page.url().split("#")[0]!;
  await page.goto("about:blank");
  await page.goto(`${url}#mesos-dns`, {waitUntil: "networkidle"});
  await expect.poll(() => page.locator(".kb-detail-title").textContent()).toBe("Mesos-DNS");
  expect(await page.locator('#mesos-dns button.kb-pick').getAttribute("aria-pressed")).toBe("true");

  // Filter: public agents only shows exactly the components whose data says they run there.
  await page.getByLabel("Runs on").selectOption("public-agent");
  const expected = filterComponents(components, {nodeType: "public-agent"}).sort(byCategoryThenName).map((c) => c.id);
  expect(await page.locator(".kb-explorer-table button.kb-pick").evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.id))).toEqual(expected);
  expect(await page.locator(".kb-count").first().textContent()).toBe(`${expected.length} of ${components.length} components on public agent nodes.`);

  // Keyboard: Tab lands on the list's one tab stop; the down arrow moves; Enter selects and writes the hash.
  await page.locator(".kb-explorer-table button.kb-pick[tabindex='0']").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator(".kb-detail-title").textContent()).toMatch(new RegExp(`^${name(expected[1]!).replace(/[()]/g, "\\$&")}`));
  expect(await page.evaluate(() => location.hash)).toBe(`#${expected[1]}`);
  await page.getByRole("button", {name: "Show all"}).click();
  expect(await page.locator(".kb-explorer-table button.kb-pick").count()).toBe(components.length);

  // A link to #marathon anywhere on the page selects Marathon.
  await page.locator('p a[href="#marathon"]').first().click();
  await expect.poll(() => page.locator(".kb-detail-title").textContent()).toBe("Marathon");

  // Placement: select Mesos-DNS on the master column; the right arrow moves to the private-agent column.
  const chip = page.locator('.kb-chip[data-node="master"][data-id="mesos-dns"]');
  await chip.click();
  expect(await chip.getAttribute("aria-pressed")).toBe("true");
  await expect.poll(() => page.locator(".kb-placement-summary strong").first().textContent()).toBe("Mesos-DNS");
  await chip.focus();
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.node)).toBe("private-agent");

  // Dependency graph: click ZooKeeper; the panel names what it needs and what needs it.
  await page.locator('.kb-node[data-id="zookeeper"]').click();
  const zk = components.find((c) => c.id === "zookeeper")!;
  await expect.poll(() => page.locator(".kb-graph-panel p").nth(1).textContent()).toBe(`Needed by ${zk.neededBy.map((c) => c.name).join(", ")}.`);
  await page.locator('.kb-node[data-id="zookeeper"]').focus();
  await page.keyboard.press("ArrowRight");
  const next = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
  expect(zk.neededBy.map((c) => c.id)).toContain(next);
  await page.keyboard.press("Enter");
  expect(await page.locator(`.kb-node[data-id="${next}"]`).getAttribute("aria-pressed")).toBe("true");

  // Ports: private agent, DC/OS 1.11.
  await page.getByRole("radio", {name: "Private agent", exact: true}).check();
  const portsFigure = page.locator("figure", {has: page.locator(".kb-ports-chart")});
  await portsFigure.getByLabel("Release").selectOption("1.11");
  const open = portsOn(ports, "private-agent", "1.11").reachable;
  expect(await page.locator(".kb-ports-table").first().locator("tbody tr").count()).toBe(open.length);
  expect(await page.locator(".kb-ports-summary").textContent()).toBe(
    `A private agent node in DC/OS 1.11: ${open.length} port entries that other machines connect to, and 0 that only the node itself uses.`
  );

  // Releases: from 1.10, Next shows the 1.11 merges; the right arrow key on the slider goes to 1.12.
  await page.getByRole("button", {name: "Next release"}).click();
  expect(await page.locator(".kb-release-value").textContent()).toBe("DC/OS 1.11");
  expect(await page.locator(".kb-change.is-merged li").allTextContents()).toEqual([
    `${name("spartan")} → ${name("dcos-net")}`,
    `${name("minuteman")} → ${name("dcos-net")}`,
    `${name("navstar")} → ${name("dcos-net")}`,
    `${name("epmd")} → ${name("dcos-net")}`
  ]);
  expect(await page.locator(".kb-change.is-new li").allTextContents()).toContain(name("dcos-net"));
  await page.getByRole("slider", {name: "Release"}).focus();
  await page.keyboard.press("ArrowRight");
  expect(await page.locator(".kb-release-value").textContent()).toBe("DC/OS 1.12");
  expect(await page.locator(".kb-change.is-replaced li").allTextContents()).toEqual([`${name("dcos-metrics")} → ${name("telegraf")}`]);

  // A predict-then-run check runs the release diff.
  const check = page.locator('[data-check="release-1-11"]');
  await check.locator("label").first().click();
  await check.getByRole("button", {name: "Step to 1.11"}).click();
  await expect.poll(() => check.locator(".wb-outcome").textContent()).toContain(`merged: ${name("spartan")} into ${name("dcos-net")}`);
  await expect.poll(() => check.locator(".wb-feedback").textContent()).toMatch(/^Correct\. /);
}
