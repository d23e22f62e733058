import type {Page} from "playwright-core";
import {expect} from "vitest";
import {readData} from "../../../src/data/load.js";
import {neverShipped} from "../../../src/lib/evolution/helpers.js";
import {loadMaturity} from "../../../src/lib/evolution/maturity.schema.js";
import {loadRoadmap} from "../../../src/lib/evolution/roadmap.schema.js";
import {loadKnowledgeBase, readKnowledgeBaseFiles} from "../../../src/lib/kb/index.js";

const kb = loadKnowledgeBase(readKnowledgeBaseFiles("data", readData));
const maturity = loadMaturity({maturity: readData("data/maturity.yaml"), labels: readData("data/labels.yaml")}, kb);
const roadmap = loadRoadmap(readData("data/roadmap.yaml"), kb, maturity.features);

/** The roadmap chapter: the never-shipped filter, keyboard selection across the two pages, a move, and the timeline. */
export default async function roadmapPage(page: Page): Promise<void> {
  expect(await page.locator('.evo-item[data-roadmap="1.7"]').count()).toBe(16);
  expect(await page.locator('.evo-item[data-roadmap="1.8"]').count()).toBe(10);

  // Which items never shipped?
  await page.getByLabel("Only items that never shipped", {exact: true}).check();
  const never = neverShipped(roadmap).map((i) => i.id);
  await expect.poll(() => page.locator('.evo-item[data-roadmap="1.7"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).toEqual(never);
  await page.getByLabel("Only items that never shipped", {exact: true}).uncheck();

  // Keyboard: focus Pods on the 1.7 page, Enter, right arrow to the 1.8 page, down to the next item.
  await page.locator('.evo-item[data-id="pods"][data-roadmap="1.7"]').focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator(".evo-roadmap .wb-log p").last().textContent()).toBe("Pods: medium term on the 1.7 roadmap, near term on the 1.8 roadmap. It shipped in 1.9 as Preview.");
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => [document.activeElement?.getAttribute("data-id"), document.activeElement?.getAttribute("data-roadmap")])).toEqual(["pods", "1.8"]);
  await page.keyboard.press("ArrowDown");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe("metrics-api");

  // The slope chart: the medium-to-near move holds 8 items.
  await page.locator('.evo-move[data-move="medium-near-closer"]').click();
  await expect.poll(() => page.locator(".evo-slope .evo-move-items").textContent()).toMatch(/^8 items moved closer \(medium term in 1\.7 to near term in 1\.8\): /);

  // The timeline: pick edge load balancing.
  await page.locator(".evo-ship").getByLabel("Item", {exact: true}).selectOption("edge-load-balancing");
  await expect.poll(() => page.locator(".evo-ship .wb-log").textContent()).toBe("Edge load balancing: near term on the 1.7 roadmap, not on the 1.8 roadmap. It shipped in 1.11 with no maturity label (our reading).");
  expect(await page.locator(".evo-ship .evo-summary").textContent()).toMatch(/^Never shipped \(6\): /);

  // The predict-then-run check.
  const check = page.locator('[data-check="never-count"]');
  await check.locator("label").nth(1).click();
  await check.getByRole("button", {name: "Show the never-shipped items"}).click();
  await expect.poll(() => check.locator(".wb-feedback").textContent()).toMatch(/^Correct\. /);
}
