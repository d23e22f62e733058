// The concept map: every glossary term as a dot, a line between related terms, coloured by the
// part of the course that teaches it. The layout is a force simulation from a seeded start, run
// a fixed number of ticks before drawing: the same map every time, and nothing moves. Select a
// term (mouse, or Tab in, move with the arrow keys to a neighbour in that direction, Enter) to
// read its definition, hear it narrated, and jump along its related terms.
import * as d3 from "d3";
import type {ConceptView} from "../lib/kb/join.js";
import {conceptGraph, conceptNeighbours, shortName, type ConceptNode} from "../lib/kb/views.js";
import {h, s} from "./dom.js";
import {figureFrame} from "./figure.js";
import {chapterHref, fill, type KbChapterRef} from "./kbShared.js";

export interface ConceptMapOptions {
  /** The widest the map may be drawn, in pixels (its layout is always MAP_W x MAP_H, scaled). */
  width?: number;
  selected?: string;
  /** Chapters with their part and whether the page exists (data/chapters.json). */
  chapters?: readonly (KbChapterRef & {part?: string})[];
  /** Where a term's glossary entry is (default `#<id>`). */
  href?: (id: string) => string;
  /** Follow `location.hash`: select the term it names on arrival and when it changes. */
  followHash?: boolean;
  invalidation?: Promise<unknown>;
  seed?: number;
  ticks?: number;
}

export interface Positioned extends ConceptNode {
  x: number;
  y: number;
}

/** The logical size of the map (its viewBox). */
export const MAP_W = 760;
export const MAP_H = 660;

const PARTS: {id: string; title: string; fallback: string}[] = [
  {id: "start", title: "Start", fallback: "#0072b2"},
  {id: "system", title: "The system", fallback: "#009e73"},
  {id: "mechanisms", title: "Mechanisms", fallback: "#d55e00"},
  {id: "evolution", title: "Evolution", fallback: "#cc79a7"}
];
const partColor = (part: string | undefined) => {
  const p = PARTS.find((x) => x.id === part);
  return p ? `var(--kb-part-${p.id}, ${p.fallback})` : "var(--c-external)";
};

/** The size of a term's mark: a dot growing with its links, and its label centred below. */
export function markSize(n: Pick<ConceptNode, "term" | "degree">): {r: number; w: number; h: number} {
  const r = 5 + Math.sqrt(n.degree) * 1.5;
  return {r, w: Math.max(2 * r, shortName(n.term).length * 6.1 + 6), h: 2 * r + 14};
}

/**
 * Positions every term in a width x height box: a force simulation seeded with `seed` (links pull
 * related terms together, every term pushes the others away), run `ticks` times synchronously,
 * then `settle` more ticks in which only a collision force acts, pushing apart any two marks
 * whose dot-and-label boxes overlap. Deterministic for the same graph, size and seed.
 */
export function layoutConceptMap(
  graph: {nodes: readonly ConceptNode[]; links: readonly {source: string; target: string}[]},
  width: number,
  height: number,
  {seed = 42, ticks = 300, settle = 400}: {seed?: number; ticks?: number; settle?: number} = {}
): Positioned[] {
  type SimNode = ConceptNode & d3.SimulationNodeDatum & {r: number; w: number; h: number};
  const nodes: SimNode[] = graph.nodes.map((n) => ({...n, ...markSize(n)}));
  const links = graph.links.map((l) => ({...l}));
  const PAD = 4;
  const boxes = () => {
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const dx = b.x! + b.vx! - (a.x! + a.vx!);
        const dy = b.y! + b.vy! - (a.y! + a.vy!);
        const ox = (a.w + b.w) / 2 + PAD - Math.abs(dx);
        const oy = (a.h + b.h) / 2 + 2 - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        if (ox < oy) {
          const push = ((dx < 0 ? -1 : 1) * ox * 0.9) / 2;
          a.vx! -= push;
          b.vx! += push;
        } else {
          const push = ((dy < 0 ? -1 : 1) * oy * 0.9) / 2;
          a.vy! -= push;
          b.vy! += push;
        }
      }
    }
  };
  const clamp = () => {
    for (const n of nodes) {
      n.x = Math.max(n.w / 2 + 2, Math.min(width - n.w / 2 - 2, n.x!));
      n.y = Math.max(n.r + 2, Math.min(height - n.h + n.r - 2, n.y!));
    }
  };
  const sim = d3
    .forceSimulation<SimNode>(nodes)
    .randomSource(d3.randomLcg(seed))
    .force("link", d3.forceLink<SimNode, {source: string; target: string}>(links).id((d) => d.id).distance(40).strength(0.4))
    .force("charge", d3.forceManyBody<SimNode>().strength(-120))
    .force("x", d3.forceX<SimNode>(width / 2).strength(0.05))
    .force("y", d3.forceY<SimNode>(height / 2).strength(0.08))
    .force("boxes", boxes)
    .stop();
  for (let t = 0; t < ticks; t++) {
    sim.tick();
    clamp();
  }
  sim.force("link", null).force("charge", null).force("x", null).force("y", null);
  for (const n of nodes) n.vx = n.vy = 0;
  for (let t = 0; t < settle; t++) {
    sim.tick();
    clamp();
  }
  return nodes.map((n) => ({id: n.id, term: n.term, chapter: n.chapter, degree: n.degree, x: n.x!, y: n.y!}));
}

/** The neighbour (or, failing that, any term) within 45 degrees of an arrow key's direction. */
export function nextInDirection(from: Positioned, nodes: readonly Positioned[], neighbours: readonly string[], key: string): Positioned | undefined {
  const dir = ({ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1]} as Record<string, [number, number]>)[key];
  if (!dir) return undefined;
  const score = (n: Positioned) => {
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const along = dx * dir[0] + dy * dir[1];
    const across = Math.abs(dx * dir[1] - dy * dir[0]);
    // Only what lies within 45 degrees of the arrow counts as "that way".
    if (along <= 0 || across > along) return Infinity;
    return along + 2 * across;
  };
  const best = (pool: readonly Positioned[]) =>
    pool.filter((n) => n.id !== from.id && score(n) < Infinity).sort((a, b) => score(a) - score(b) || a.id.localeCompare(b.id))[0];
  return best(nodes.filter((n) => neighbours.includes(n.id))) ?? best(nodes);
}

export function kbConceptMap(concepts: readonly ConceptView[], options: ConceptMapOptions = {}): HTMLElement {
  const {chapters = [], href = (id) => `#${id}`, followHash = false} = options;
  // One layout at a fixed size, scaled to the page: the same map at every width.
  const width = MAP_W;
  const height = MAP_H;
  const frame = figureFrame({
    title: "How the terms connect",
    description: `A map of ${concepts.length} glossary terms. A line joins two related terms; the colour says which part of the course teaches the term. Tab into the map, use the arrow keys to move to a related term in that direction, and press Enter to read its definition below the map.`,
    keep: 1,
    visibleLog: false
  });
  const graph = conceptGraph(concepts);
  const nodes = layoutConceptMap(graph, width, height, {seed: options.seed ?? 42, ticks: options.ticks ?? 300});
  const maxWidth = options.width ?? width;
  const at = new Map(nodes.map((n) => [n.id, n]));
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const partOf = (chapter: string) => chapters.find((c) => c.id === chapter)?.part;
  let selected: string | undefined;

  const svg = s("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "group",
    "aria-label": `Concept map: ${nodes.length} terms, ${graph.links.length} links`,
    class: "kb-concept-map",
    style: `width:100%;max-width:${maxWidth}px;height:auto;font-family:var(--sans-serif);overflow:visible`
  });
  const lines = graph.links.map((l) => {
    const a = at.get(l.source)!;
    const b = at.get(l.target)!;
    return {l, el: s("line", {x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: "var(--c-line)", "stroke-width": 1.2, "aria-hidden": "true"})};
  });
  svg.append(s("g", {class: "kb-map-links"}, lines.map((x) => x.el)));
  const dots = new Map<string, SVGGElement>();
  for (const n of nodes) {
    const {r} = markSize(n);
    const g = s(
      "g",
      {class: "kb-map-node", tabindex: -1, role: "button", "aria-pressed": "false", "data-id": n.id, transform: `translate(${n.x},${n.y})`},
      s("title", {}, `${n.term}, ${n.degree} related ${n.degree === 1 ? "term" : "terms"}`),
      s("circle", {r, fill: partColor(partOf(n.chapter)), stroke: "var(--theme-background)", "stroke-width": 1.5}),
      s("text", {x: 0, y: r + 11, "font-size": 11, "text-anchor": "middle", fill: "currentColor", class: "kb-map-label"}, shortName(n.term))
    );
    g.addEventListener("click", () => select(n.id, {announce: true}));
    g.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select(n.id, {announce: true});
      }
    });
    dots.set(n.id, g);
    svg.append(g);
  }
  svg.addEventListener("keydown", (event) => {
    const id = (document.activeElement as Element | null)?.getAttribute?.("data-id");
    const from = id ? at.get(id) : undefined;
    if (!from) return;
    const target =
      event.key === "Home" ? nodes[0] : event.key === "End" ? nodes[nodes.length - 1] : nextInDirection(from, nodes, conceptNeighbours(graph.links, from.id), event.key);
    if (!target) return;
    event.preventDefault();
    focus(target.id);
  });

  const legend = h(
    "ul",
    {class: "kb-legend", "aria-label": "Colours: the part of the course that teaches a term"},
    PARTS.map((p) => h("li", {}, h("span", {class: "kb-swatch", "aria-hidden": "true", style: `display:inline-block;width:10px;height:10px;border-radius:50%;background:${partColor(p.id)}`}), p.title))
  );
  const panel = h("div", {class: "kb-map-panel"});
  frame.body.append(legend, h("div", {class: "kb-graph-scroll"}, svg), panel);

  function focus(id: string): void {
    for (const [key, g] of dots) g.setAttribute("tabindex", key === id ? "0" : "-1");
    dots.get(id)?.focus();
  }

  function select(id: string, {announce = false, focusNode = false} = {}): boolean {
    const c = byId.get(id);
    if (!c || !at.has(id)) return false;
    selected = id;
    const near = new Set(conceptNeighbours(graph.links, id));
    for (const [key, g] of dots) {
      const on = key === id;
      g.setAttribute("aria-pressed", String(on));
      g.setAttribute("opacity", on || near.has(key) ? "1" : "0.62");
      g.querySelector("circle")!.setAttribute("stroke", on ? "var(--theme-foreground-focus)" : "var(--theme-background)");
      g.querySelector("circle")!.setAttribute("stroke-width", on ? "3.5" : "1.5");
      g.querySelector("text")!.setAttribute("font-weight", on ? "700" : near.has(key) ? "600" : "400");
    }
    for (const {l, el} of lines) {
      const on = l.source === id || l.target === id;
      el.setAttribute("stroke", on ? "var(--theme-foreground-focus)" : "var(--c-line)");
      el.setAttribute("stroke-width", on ? "2.2" : "1.2");
      el.setAttribute("opacity", on ? "1" : "0.55");
    }
    for (const [key, g] of dots) g.setAttribute("tabindex", key === id ? "0" : "-1");
    if (focusNode) dots.get(id)?.focus();
    const chapter = chapters.find((ch) => ch.id === c.chapter);
    const chapterLink = chapter && chapter.id !== "concepts" ? chapterHref(chapters, chapter.id) : undefined;
    fill(
      panel,
      h("h4", {}, c.term, c.aliases.length ? h("span", {class: "kb-aliases"}, ` (also ${c.aliases.join(", ")})`) : null),
      h("p", {}, c.definition),
      c.related.length
        ? h(
            "p",
            {class: "kb-map-related"},
            "Related: ",
            ...c.related.map((r) => h("button", {type: "button", class: "wb-button kb-related", "data-id": r.id, onclick: () => select(r.id, {announce: true, focusNode: true})}, r.term))
          )
        : h("p", {}, "No related term is recorded."),
      h(
        "p",
        {},
        h("a", {href: href(c.id)}, "Read the glossary entry"),
        chapterLink ? [" · Taught in ", h("a", {href: chapterLink}, chapter!.title)] : chapter && chapter.id !== "concepts" ? ` · Taught in ${chapter.title} (coming later)` : null
      )
    );
    if (announce) frame.narrate(`${c.term}: ${c.definition}${c.related.length ? ` Related: ${c.related.map((r) => r.term).join(", ")}.` : ""}`);
    return true;
  }

  const fromHash = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (byId.has(id) && id !== selected) select(id, {announce: true});
  };
  if (followHash && typeof location !== "undefined") {
    addEventListener("hashchange", fromHash);
    options.invalidation?.then(() => removeEventListener("hashchange", fromHash));
  }
  const first = followHash && typeof location !== "undefined" && byId.has(decodeURIComponent(location.hash.slice(1))) ? decodeURIComponent(location.hash.slice(1)) : options.selected;
  const start = first && at.has(first) ? first : [...nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0]!.id;
  select(start);
  return frame.root;
}
