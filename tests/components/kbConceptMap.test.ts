// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {kbConceptMap, layoutConceptMap, MAP_H, MAP_W, markSize, nextInDirection} from "../../src/components/kbConceptMap.js";
import {conceptGraph, conceptNeighbours} from "../../src/lib/kb/views.js";
import {chaptersWith, concepts} from "../lib/kb/data.js";

const graph = conceptGraph(concepts);
const dot = (root: Element, id: string) => root.querySelector<SVGGElement>(`.kb-map-node[data-id="${id}"]`)!;
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true}));

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, "", "/");
});

describe("layoutConceptMap", () => {
  const nodes = layoutConceptMap(graph, MAP_W, MAP_H);

  it("is deterministic for a seed, and differs with another seed", () => {
    expect(layoutConceptMap(graph, MAP_W, MAP_H)).toEqual(nodes);
    expect(layoutConceptMap(graph, MAP_W, MAP_H, {seed: 7})).not.toEqual(nodes);
  });

  it("keeps every mark inside the box and no two labels on top of each other", () => {
    for (const n of nodes) {
      const {w, r, h} = markSize(n);
      expect(n.x - w / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + w / 2).toBeLessThanOrEqual(MAP_W);
      expect(n.y - r).toBeGreaterThanOrEqual(0);
      expect(n.y - r + h).toBeLessThanOrEqual(MAP_H);
    }
    const box = (n: (typeof nodes)[number]) => {
      const {w, r, h} = markSize(n);
      return [n.x - w / 2, n.y - r, n.x + w / 2, n.y - r + h] as const;
    };
    let overlaps = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [box(nodes[i]!), box(nodes[j]!)];
        if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) overlaps++;
      }
    expect(overlaps).toBe(0);
  });

  it("lets the arrow keys reach every term from the first one", () => {
    const seen = new Set([nodes[0]!.id]);
    const queue = [nodes[0]!];
    while (queue.length) {
      const from = queue.shift()!;
      for (const k of ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"]) {
        const to = nextInDirection(from, nodes, conceptNeighbours(graph.links, from.id), k);
        if (to && !seen.has(to.id)) {
          seen.add(to.id);
          queue.push(to);
        }
      }
    }
    expect(seen.size).toBe(nodes.length);
  });

  it("moves to the neighbour in the direction of an arrow, else to any term that way", () => {
    const at = (x: number, y: number, id: string) => ({id, term: id, chapter: "concepts", degree: 1, x, y});
    const from = at(100, 100, "a");
    const all = [from, at(200, 100, "right-far"), at(140, 104, "right-near"), at(100, 30, "up"), at(40, 100, "left")];
    expect(nextInDirection(from, all, ["right-far", "up"], "ArrowRight")?.id).toBe("right-far");
    expect(nextInDirection(from, all, [], "ArrowRight")?.id).toBe("right-near");
    expect(nextInDirection(from, all, [], "ArrowUp")?.id).toBe("up");
    expect(nextInDirection(from, all, [], "ArrowDown")).toBeUndefined();
    expect(nextInDirection(from, all, [], "x")).toBeUndefined();
  });
});

describe("kbConceptMap", () => {
  it("draws a dot per term and a line per related pair, without animation (positions are final)", () => {
    const root = kbConceptMap(concepts, {chapters: chaptersWith("concepts")});
    expect(root.querySelectorAll(".kb-map-node").length).toBe(concepts.length);
    expect(root.querySelectorAll(".kb-map-links line").length).toBe(graph.links.length);
    const nodes = layoutConceptMap(graph, MAP_W, MAP_H);
    const q = nodes.find((n) => n.id === "quorum")!;
    expect(dot(root, "quorum").getAttribute("transform")).toBe(`translate(${q.x},${q.y})`);
    expect(root.querySelector("svg")?.getAttribute("viewBox")).toBe(`0 0 ${MAP_W} ${MAP_H}`);
    expect(dot(root, "quorum").querySelector("title")?.textContent).toBe(`Quorum, ${conceptNeighbours(graph.links, "quorum").length} related terms`);
  });

  it("selecting a term shows and narrates its definition, with buttons for related terms", () => {
    const root = kbConceptMap(concepts, {chapters: chaptersWith("concepts", "high-availability")});
    dot(root, "quorum").dispatchEvent(new MouseEvent("click", {bubbles: true}));
    const quorum = concepts.find((c) => c.id === "quorum")!;
    expect(root.querySelector(".kb-map-panel h4")?.textContent).toBe("Quorum");
    expect(root.querySelector(".kb-map-panel p")?.textContent).toBe(quorum.definition);
    expect([...root.querySelectorAll(".kb-related")].map((b) => b.textContent)).toEqual(quorum.related.map((r) => r.term));
    expect(root.querySelector("[role=log]")?.textContent).toBe(`Quorum: ${quorum.definition} Related: ${quorum.related.map((r) => r.term).join(", ")}.`);
    const links = [...root.querySelectorAll(".kb-map-panel a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["#quorum", "./high-availability"]);
    root.querySelector<HTMLButtonElement>(`.kb-related[data-id="${quorum.related[0]!.id}"]`)!.click();
    expect(root.querySelector(".kb-map-panel h4")?.textContent?.startsWith(quorum.related[0]!.term)).toBe(true);
  });

  it("does not link a chapter that has no page yet", () => {
    const root = kbConceptMap(concepts, {chapters: chaptersWith("concepts"), selected: "quorum"});
    expect([...root.querySelectorAll(".kb-map-panel a")].map((a) => a.getAttribute("href"))).toEqual(["#quorum"]);
    expect(root.querySelector(".kb-map-panel")?.textContent).toContain("(coming later)");
  });

  it("is keyboard operable: arrows move to the neighbour that way, Enter selects", () => {
    const root = kbConceptMap(concepts, {chapters: chaptersWith("concepts"), selected: "quorum"});
    document.body.append(root);
    expect(root.querySelectorAll('.kb-map-node[tabindex="0"]').length).toBe(1);
    const nodes = layoutConceptMap(graph, MAP_W, MAP_H);
    const from = nodes.find((n) => n.id === "quorum")!;
    const near = conceptNeighbours(graph.links, "quorum");
    const arrow = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"].find((k) => nextInDirection(from, nodes, near, k))!;
    const expected = nextInDirection(from, nodes, near, arrow)!;
    expect(near).toContain(expected.id);
    dot(root, "quorum").focus();
    key(dot(root, "quorum"), arrow);
    expect(document.activeElement?.getAttribute("data-id")).toBe(expected.id);
    key(document.activeElement!, "Enter");
    expect(dot(root, expected.id).getAttribute("aria-pressed")).toBe("true");
    expect(dot(root, "quorum").getAttribute("aria-pressed")).toBe("false");
  });

  it("follows the hash", () => {
    history.replaceState(null, "", "#master-node");
    const root = kbConceptMap(concepts, {followHash: true});
    expect(root.querySelector(".kb-map-panel h4")?.textContent).toMatch(/^Master node/);
    history.replaceState(null, "", "#cluster");
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(root.querySelector(".kb-map-panel h4")?.textContent).toBe("Cluster");
  });
});
