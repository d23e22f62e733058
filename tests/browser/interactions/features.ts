import type {Page} from "playwright-core";
import {expect} from "vitest";
import {compareFeatureLists, joinFeatures, loadKnowledgeBase, readKnowledgeBaseFiles} from "../../../src/lib/kb/index.js";
import {readData} from "../../../src/data/load.js";

const features = joinFeatures(loadKnowledgeBase(readKnowledgeBaseFiles("data", readData)));

/** The features chapter: filter the cards, walk the two lists by keyboard, land on a card by its anchor. */
export default async function featuresPage(page: Page): Promise<void> {
  expect(await page.locator(".kb-feature").count()).toBe(features.length);

  // Enterprise only: exactly the features the data marks Enterprise.
  await page.getByLabel("Edition").selectOption("enterprise");
  const enterprise = features.filter((f) => f.enterprise).map((f) => f.id).sort();
  expect((await page.locator(".kb-feature").evaluateAll((as) => as.map((a) => a.id))).sort()).toEqual(enterprise);
  expect(await page.locator(".kb-count").textContent()).toBe(`${enterprise.length} of ${features.length} features only in DC/OS Enterprise.`);
  await page.getByLabel("Edition").selectOption("");

  // The comparison: click the reworded 1.7 heading, jump right to its 1.8 heading, go down and select.
  const cmp = compareFeatureLists(features);
  const pkg = cmp.kept.find((k) => k.feature.id === "package-management")!;
  await page.locator('.kb-list-item[data-side="1.7"][data-id="package-management"]').click();
  await expect.poll(() => page.locator(".kb-lists-panel p").first().textContent()).toBe(
    `${pkg.feature.name} is on both lists, reworded from “${pkg.from}” in 1.7 to “${pkg.to}” from 1.8.`
  );
  await page.locator('.kb-list-item[data-side="1.7"][data-id="package-management"]').focus();
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => [document.activeElement?.getAttribute("data-side"), document.activeElement?.getAttribute("data-id")])).toEqual(["1.8+", "package-management"]);
  const right = [...cmp.kept.map((k) => k.feature.id), ...cmp.added.map((a) => a.feature.id)];
  await page.keyboard.press("ArrowDown");
  const below = right[right.indexOf("package-management") + 1]!;
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe(below);
  await page.keyboard.press("Enter");
  expect(await page.locator(`.kb-list-item[data-side="1.8+"][data-id="${below}"]`).getAttribute("aria-pressed")).toBe("true");

  // A new 1.8 feature says so.
  const added = cmp.added[0]!.feature;
  await page.locator(`.kb-list-item[data-side="1.8+"][data-id="${added.id}"]`).click();
  await expect.poll(() => page.locator(".kb-lists-panel p").first().textContent()).toMatch(new RegExp(`is new in the 1\\.8 list`));

  // Arriving at #ip-per-container marks that card.
  await page.evaluate(() => (location.hash = "#ip-per-container"));
  await expect.poll(() => page.locator("#ip-per-container").getAttribute("class")).toContain("is-target");

  // The predict-then-run check counts the Enterprise features.
  const check = page.locator('[data-check="enterprise-count"]');
  await check.locator("label").nth(1).click();
  await check.getByRole("button", {name: "Filter to Enterprise only"}).click();
  await expect.poll(() => check.locator(".wb-feedback").textContent()).toMatch(/^Correct\. /);
}
