import type {Page} from "playwright-core";
import {expect} from "vitest";
import {readData} from "../../../src/data/load.js";
import {labelsAt} from "../../../src/lib/evolution/helpers.js";
import {loadMaturity} from "../../../src/lib/evolution/maturity.schema.js";
import {loadKnowledgeBase, readKnowledgeBaseFiles} from "../../../src/lib/kb/index.js";

const maturity = loadMaturity({maturity: readData("data/maturity.yaml"), labels: readData("data/labels.yaml")}, loadKnowledgeBase(readKnowledgeBaseFiles("data", readData)));

/** The feature-maturity chapter: filter the explorer to Preview in 1.9, follow pods by keyboard and a cell by click, and read a checklist. */
export default async function featureMaturityPage(page: Page): Promise<void> {
  const labels = maturity.features.reduce((n, f) => n + f.labels.length, 0);
  expect(await page.locator('.evo-maturity g[aria-label="cell"] rect').count()).toBe(labels);

  // What was Preview in 1.9? Exactly what the data labels Preview in 1.9.
  const explorer = page.locator(".evo-maturity");
  await explorer.getByLabel("Phase", {exact: true}).selectOption("preview");
  await explorer.getByLabel("Release", {exact: true}).selectOption("1.9");
  const preview19 = labelsAt(maturity.features, "1.9", "preview").map((x) => x.feature.id);
  await expect.poll(() => explorer.locator(".evo-table-alt tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id")))).toEqual(preview19);
  expect(await explorer.locator(".evo-summary").textContent()).toMatch(new RegExp(`^${preview19.length} features were Preview in 1\\.9: `));
  await explorer.getByLabel("Phase", {exact: true}).selectOption("");
  await explorer.getByLabel("Release", {exact: true}).selectOption("");

  // Follow pods with the keyboard: focus the labelled select and choose by typing.
  await explorer.getByLabel("Follow a feature", {exact: true}).selectOption("pods");
  await expect.poll(() => explorer.locator(".wb-log").textContent()).toBe("Pods: Preview in 1.9 to 1.11. No later label was found after 1.11.");
  expect(await explorer.locator(".evo-steps li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-release")))).toEqual(["1.9", "1.10", "1.11"]);

  // Click a cell: the history service in 2.1.
  await explorer.locator('rect[data-id="history-service"][data-release="2.1"]').click();
  await expect.poll(() => explorer.getByLabel("Follow a feature", {exact: true}).inputValue()).toBe("history-service");
  await expect.poll(() => explorer.locator(".wb-log p").last().textContent()).toBe("History service: Retired in 1.13, then Decommissioned in 2.1. It is gone from that release on.");

  // The checklist: pods in 1.9 promised 2 of 6 criteria in full.
  const checklist = page.locator(".evo-criteria");
  expect(await checklist.locator(".evo-checklist-sum").textContent()).toBe("2 of 6 criteria promised in full. In the lifecycle from 1.11 this phase is called Beta.");
  await checklist.getByLabel("Feature", {exact: true}).selectOption("ucr");
  await checklist.getByLabel("Release", {exact: true}).selectOption("1.8");
  expect(await checklist.locator(".evo-checks li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-level")))).toEqual(["partial", "partial", "partial", "none", "none", "none"]);

  // Models: highlight Stable.
  await page.locator('.evo-phase-button[data-phase="stable"]').click();
  await expect.poll(() => page.locator(".evo-models .wb-log").textContent()).toBe("Stable (up to 1.10) became GA in the lifecycle.");

  // The predict-then-run check.
  const check = page.locator('[data-check="preview-count-1-9"]');
  await check.locator("label").nth(1).click();
  await check.getByRole("button", {name: "Filter to Preview in 1.9"}).click();
  await expect.poll(() => check.locator(".wb-feedback").textContent()).toMatch(/^Correct\. /);
}
