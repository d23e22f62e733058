import type {Page} from "playwright-core";
import {expect} from "vitest";
import {conceptGraph, conceptNeighbours, joinConcepts, loadKnowledgeBase, readKnowledgeBaseFiles, searchConcepts} from "../../../src/lib/kb/index.js";
import {readData} from "../../../src/data/load.js";
import {layoutConceptMap, MAP_H, MAP_W, nextInDirection} from "../../../src/components/kbConceptMap.js";

const concepts = joinConcepts(loadKnowledgeBase(readKnowledgeBaseFiles("data", readData)));
const term = (id: string) => concepts.find((c) => c.id === id)!.term;

/** The concepts chapter: the static glossary, the search as you type, and the map by mouse and keyboard. */
export default async function conceptsPage(page: Page): Promise<void> {
  // The glossary is in the page itself: one entry per term, each with its anchor.
  expect(await page.locator(".kb-glossary .kb-entry").count()).toBe(concepts.length);
  expect(await page.locator("#quorum dfn").textContent()).toBe("Quorum");

  // Search as you type.
  const box = page.getByLabel("Search the glossary");
  await box.fill("offer");
  const matches = searchConcepts(concepts, "offer");
  await expect.poll(() => page.locator(".kb-search-status").textContent()).toBe(`${matches.length} terms match “offer”.`);
  expect(await page.locator(".kb-result-term").allTextContents()).toEqual(matches.map((m) => m.concept.term));
  await box.fill("zzqx");
  await expect.poll(() => page.locator(".kb-search-status").textContent()).toBe("No term matches “zzqx”. Try a shorter word, or browse the full glossary below.");
  expect(await page.locator(".kb-results li").count()).toBe(0);

  // The map: click Quorum, then move with an arrow key to the neighbour the layout puts there, and press Enter.
  await page.locator('.kb-map-node[data-id="quorum"]').click();
  await expect.poll(() => page.locator(".kb-map-panel h4").textContent()).toMatch(/^Quorum/);
  const graph = conceptGraph(concepts);
  const nodes = layoutConceptMap(graph, MAP_W, MAP_H);
  const from = nodes.find((n) => n.id === "quorum")!;
  const arrow = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"].find((k) => nextInDirection(from, nodes, conceptNeighbours(graph.links, "quorum"), k))!;
  const target = nextInDirection(from, nodes, conceptNeighbours(graph.links, "quorum"), arrow)!;
  await page.locator('.kb-map-node[data-id="quorum"]').focus();
  await page.keyboard.press(arrow);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-id"))).toBe(target.id);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator(".kb-map-panel h4").textContent()).toMatch(new RegExp(`^${term(target.id).replace(/[()]/g, "\\$&")}`));
  expect(await page.locator(`.kb-map-node[data-id="${target.id}"]`).getAttribute("aria-pressed")).toBe("true");

  // A related-term button walks the map; a link to #master-node selects it there too.
  const related = concepts.find((c) => c.id === target.id)!.related[0]!;
  await page.locator(`.kb-related[data-id="${related.id}"]`).click();
  await expect.poll(() => page.locator(".kb-map-panel h4").textContent()).toMatch(new RegExp(`^${related.term.replace(/[()]/g, "\\$&")}`));
  await page.evaluate(() => (location.hash = "#master-node"));
  await expect.poll(() => page.locator(".kb-map-panel h4").textContent()).toMatch(/^Master node/);

  // A predict-then-run check runs the search.
  const check = page.locator('[data-check="search-offer"]');
  await check.locator("label").nth(1).click();
  await check.getByRole("button", {name: "Search for offer"}).click();
  await expect.poll(() => check.locator(".wb-outcome").textContent()).toBe(`What happened: ${matches.length} terms match “offer”: ${matches.map((m) => m.concept.term).join(", ")}.`);
  await expect.poll(() => check.locator(".wb-feedback").textContent()).toMatch(/^Correct\. /);
}
