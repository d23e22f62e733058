// The dependency graph: components as boxes in columns, foundations on the left; an arrow runs
// from a component to each component it needs, a dashed one to what it was merged into, a dotted
// one to what replaced it. Select a box (mouse, or Tab in and use the arrow keys, then Enter) to
// light up what it needs and what needs it; a table gives the same links as text.
import * as d3 from "d3";
import type {ComponentView} from "../lib/kb/join.js";
import type {DcosRelease} from "../lib/kb/releases.js";
import {dependencyGraph, existsIn, KB_CATEGORY_LABELS, KB_RELEASES, type DependencyGraph, type DependencyNode} from "../lib/kb/views.js";
import {h, s, uniqueId} from "./dom.js";
import {figureFrame} from "./figure.js";
import {labelledSelect} from "./kbControls.js";
import {categoryColor, commaList, fill, wrapLabel} from "./kbShared.js";

export interface DependencyOptions {
  width?: number;
  selected?: string;
  /** Dim the components that are not part of this release. */
  release?: DcosRelease | null;
}

const NODE_H = 34;
/** Link ink: the page may set --kb-link a little darker than the book's hairline colour. */
const LINK = "var(--kb-link, var(--c-line))";
const ROW = 42;
const TOP = 26;

interface Placed extends DependencyNode {
  x: number;
  y: number;
  w: number;
}

/** Box positions: one column per layer, each column centred on the tallest. */
export function placeDependencyGraph(graph: DependencyGraph, width: number): {nodes: Placed[]; height: number} {
  const colW = width / graph.layers;
  const w = Math.max(60, colW - 20);
  const counts = d3.rollup(graph.nodes, (v) => v.length, (n) => n.layer);
  const tallest = Math.max(...counts.values());
  const nodes = graph.nodes.map((n) => {
    const offset = ((tallest - counts.get(n.layer)!) * ROW) / 2;
    return {...n, x: n.layer * colW + 4, y: TOP + offset + n.order * ROW, w};
  });
  return {nodes, height: TOP + tallest * ROW + 4};
}

export function kbDependencies(components: readonly ComponentView[], {width = 900, selected: initial, release: initialRelease = null}: DependencyOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "Dependency graph",
    description:
      "A graph of components in columns, from the components that need nothing on the left to those that build on the most on the right. Solid arrows point from a component to what it needs; dashed arrows to what it was merged into; dotted arrows to what replaced it. Boxes with a dashed border are no longer in the last release. Tab into the graph, move with the arrow keys (up and down within a column, left and right to a linked component in the next column) and press Enter to select. A table after the graph lists the same links.",
    keep: 1,
    visibleLog: false
  });
  const graph = dependencyGraph(components);
  const byId = new Map(components.map((c) => [c.id, c]));
  const inner = Math.max(640, width);
  const {nodes, height} = placeDependencyGraph(graph, inner);
  const at = new Map(nodes.map((n) => [n.id, n]));
  let release: DcosRelease | null = initialRelease;
  let selected: string | undefined;

  const releaseSelect = labelledSelect("Show in release", [["", "All releases"], ...KB_RELEASES.map((r) => [r, `DC/OS ${r}`] as const)], release ?? "", (v) => {
    release = (v || null) as DcosRelease | null;
    paint();
    frame.narrate(release ? `Components not in DC/OS ${release} are dimmed.` : "All releases shown.");
  });
  frame.controls.append(
    releaseSelect.root,
    h(
      "span",
      {class: "kb-line-legend"},
      legendLine("needs", ""),
      legendLine("merged into", "6 4"),
      legendLine("replaced by", "2 3")
    )
  );

  const svg = s("svg", {
    width: inner,
    height,
    viewBox: `0 0 ${inner} ${height}`,
    role: "group",
    "aria-label": `Dependency graph of ${nodes.length} components in ${graph.layers} columns`,
    class: "kb-graph",
    style: "max-width:none;font-family:var(--sans-serif);overflow:visible"
  });
  const defs = s("defs");
  const markerId = uniqueId("kb-arrow");
  for (const [suffix, colour] of [["", LINK], ["-on", "var(--theme-foreground-focus)"]] as const) {
    defs.append(
      s("marker", {id: `${markerId}${suffix}`, viewBox: "0 0 8 8", refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse"}, s("path", {d: "M0,0 L8,4 L0,8 z", fill: colour}))
    );
  }
  svg.append(defs);
  const colW = inner / graph.layers;
  svg.append(
    s("text", {x: 4, y: 12, "font-size": 12, fill: "currentColor", opacity: 0.8, "aria-hidden": "true"}, "← needs nothing else"),
    s("text", {x: inner - 4, y: 12, "font-size": 12, fill: "currentColor", opacity: 0.8, "text-anchor": "end", "aria-hidden": "true"}, "builds on the most →")
  );

  const linkGen = d3
    .linkHorizontal<{source: [number, number]; target: [number, number]}, [number, number]>()
    .source((d) => d.source)
    .target((d) => d.target);
  const paths = graph.links.map((l) => {
    const a = at.get(l.source)!;
    const b = at.get(l.target)!;
    let d: string;
    if (a.layer === b.layer) {
      // Same column: a bow on the right-hand side.
      const x = a.x + a.w;
      const y1 = a.y + NODE_H / 2;
      const y2 = b.y + NODE_H / 2;
      const bow = Math.max(10, Math.min(colW - a.w - 4, 26));
      d = `M${x},${y1} C${x + bow},${y1} ${x + bow},${y2} ${x + 2},${y2}`;
    } else if (a.layer > b.layer) d = linkGen({source: [a.x, a.y + NODE_H / 2], target: [b.x + b.w + 1, b.y + NODE_H / 2]})!;
    else d = linkGen({source: [a.x + a.w, a.y + NODE_H / 2], target: [b.x - 1, b.y + NODE_H / 2]})!;
    const path = s("path", {
      d,
      fill: "none",
      stroke: LINK,
      "stroke-width": 1.4,
      "stroke-dasharray": l.kind === "merged" ? "6 4" : l.kind === "replaced" ? "2 3" : null,
      "marker-end": `url(#${markerId})`,
      "data-source": l.source,
      "data-target": l.target,
      "data-kind": l.kind,
      "aria-hidden": "true"
    });
    return {link: l, path};
  });
  svg.append(s("g", {class: "kb-links"}, paths.map((p) => p.path)));

  const maxChars = Math.max(8, Math.floor(((nodes[0]?.w ?? 100) - 14) / 6.1));
  const boxes = new Map<string, SVGGElement>();
  for (const n of nodes) {
    const c = byId.get(n.id)!;
    const lines = wrapLabel(n.short, maxChars);
    const needs = c.dependsOn.length;
    const neededBy = c.neededBy.length;
    const g = s(
      "g",
      {
        class: "kb-node",
        tabindex: -1,
        role: "button",
        "aria-pressed": "false",
        "data-id": n.id,
        transform: `translate(${n.x},${n.y})`
      },
      // The accessible name (and tooltip): the full name, then what the box cannot show.
      s(
        "title",
        {},
        `${n.name}, ${KB_CATEGORY_LABELS[n.category]}${n.enterprise ? ", Enterprise only" : ""}${n.until !== null ? `, until ${n.until}` : ""}: needs ${needs}, needed by ${neededBy}`
      ),
      s("rect", {width: n.w, height: NODE_H, rx: 5, fill: "var(--theme-background)", stroke: "var(--c-line)", "stroke-width": 1.2, "stroke-dasharray": n.until !== null ? "4 3" : null}),
      s("rect", {width: 5, height: NODE_H, rx: 2, fill: categoryColor(n.category)}),
      s(
        "text",
        {x: 10, y: lines.length === 1 ? NODE_H / 2 + 4 : NODE_H / 2 - 3, "font-size": 11, fill: "currentColor"},
        lines.map((line, i) => s("tspan", {x: 10, dy: i === 0 ? 0 : 13}, i < lines.length - 1 ? `${line} ` : line))
      )
    );
    g.addEventListener("click", () => select(n.id));
    g.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select(n.id);
      }
    });
    boxes.set(n.id, g);
    svg.append(g);
  }

  const panel = h("div", {class: "kb-graph-panel"});
  const isolated = h("p", {class: "kb-isolated"}, h("strong", {}, "No recorded dependency: "), ...commaList(graph.isolated.map((c) => h("a", {href: `#${c.id}`}, c.name))), ".");

  const table = h(
    "details",
    {class: "kb-table-alt"},
    h("summary", {}, "The dependencies as a table"),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Component"), h("th", {scope: "col"}, "Needs"), h("th", {scope: "col"}, "Needed by"), h("th", {scope: "col"}, "Became"))),
      h(
        "tbody",
        {},
        components
          .filter((c) => at.has(c.id))
          .map((c) =>
            h(
              "tr",
              {},
              h("th", {scope: "row"}, c.name),
              h("td", {}, c.dependsOn.map((d) => d.name).join(", ") || "—"),
              h("td", {}, c.neededBy.map((d) => d.name).join(", ") || "—"),
              h("td", {}, c.mergedInto ? `merged into ${c.mergedInto.name} (${c.mergedInto.in})` : c.replacedBy ? `replaced by ${c.replacedBy.name} (${c.replacedBy.in})` : "—")
            )
          )
      )
    )
  );

  frame.body.append(h("div", {class: "kb-graph-scroll"}, svg), panel, isolated, table);

  const related = (id: string) => ({
    out: graph.links.filter((l) => l.source === id),
    in: graph.links.filter((l) => l.target === id)
  });

  function paint(): void {
    const links = selected ? related(selected) : {out: [], in: []};
    const lit = new Set([selected, ...links.out.map((l) => l.target), ...links.in.map((l) => l.source)]);
    for (const [id, g] of boxes) {
      const n = at.get(id)!;
      const present = !release || existsIn(n, release);
      const on = id === selected;
      g.setAttribute("aria-pressed", String(on));
      g.setAttribute("opacity", !present ? "0.3" : selected && !lit.has(id) ? "0.72" : "1");
      const box = g.querySelector("rect")!;
      box.setAttribute("stroke", on ? "var(--theme-foreground-focus)" : lit.has(id) && selected ? "var(--theme-foreground)" : "var(--c-line)");
      box.setAttribute("stroke-width", on ? "3" : lit.has(id) && selected ? "1.8" : "1.2");
    }
    for (const {link, path} of paths) {
      const on = selected !== undefined && (link.source === selected || link.target === selected);
      // A merge or replacement shows in the release it happened; a need while both ends exist.
      const present = !release || (link.kind === "depends" ? existsIn(at.get(link.source)!, release) && existsIn(at.get(link.target)!, release) : link.in === release);
      path.setAttribute("stroke", on ? "var(--theme-foreground-focus)" : LINK);
      path.setAttribute("stroke-width", on ? "2.4" : "1.4");
      path.setAttribute("marker-end", `url(#${markerId}${on ? "-on" : ""})`);
      path.setAttribute("opacity", present ? (selected && !on ? "0.45" : "1") : "0.2");
      if (on) path.parentNode?.appendChild(path);
    }
  }

  function select(id: string, announce = true): void {
    const c = byId.get(id);
    if (!c || !at.has(id)) return;
    selected = id;
    paint();
    const links = related(id);
    const names = (ids: string[]) => ids.map((x) => byId.get(x)!);
    const needs = names(links.out.filter((l) => l.kind === "depends").map((l) => l.target));
    const neededBy = names(links.in.filter((l) => l.kind === "depends").map((l) => l.source));
    const became = links.out.filter((l) => l.kind !== "depends").map((l) => `${l.kind === "merged" ? "merged into" : "replaced by"} ${byId.get(l.target)!.name} in ${l.in}`);
    const absorbed = links.in.filter((l) => l.kind !== "depends").map((l) => `${byId.get(l.source)!.name} (${l.kind === "merged" ? "merged in" : "replaced in"} ${l.in})`);
    const link = (x: ComponentView) => h("a", {href: `#${x.id}`}, x.name);
    fill(
      panel,
      h("p", {}, h("strong", {}, c.name), needs.length ? " needs " : " needs nothing the sources record", ...commaList(needs.map(link)), "."),
      neededBy.length ? h("p", {}, "Needed by ", ...commaList(neededBy.map(link)), ".") : h("p", {}, "No recorded component needs it."),
      became.length ? h("p", {}, `It was ${became.join("; ")}.`) : null,
      absorbed.length ? h("p", {}, `It took over from ${absorbed.join(", ")}.`) : null,
      h("p", {}, h("a", {href: `#${c.id}`}, `All details of ${c.name} in the explorer`))
    );
    if (announce) {
      frame.narrate(
        `${c.name} needs ${needs.length ? needs.map((x) => x.name).join(", ") : "nothing the sources record"}; ${neededBy.length ? `needed by ${neededBy.map((x) => x.name).join(", ")}` : "no recorded component needs it"}.${became.length ? ` It was ${became.join("; ")}.` : ""}`
      );
    }
  }

  const focus = (id: string | undefined) => {
    if (!id) return;
    for (const [key, g] of boxes) g.setAttribute("tabindex", key === id ? "0" : "-1");
    boxes.get(id)?.focus();
  };

  svg.addEventListener("keydown", (event) => {
    const id = (document.activeElement as SVGElement | null)?.getAttribute?.("data-id");
    const n = id ? at.get(id) : undefined;
    if (!n) return;
    const column = nodes.filter((m) => m.layer === n.layer).sort((a, b) => a.order - b.order);
    let target: Placed | undefined;
    if (event.key === "ArrowDown") target = column[n.order + 1];
    else if (event.key === "ArrowUp") target = column[n.order - 1];
    else if (event.key === "Home") target = nodes[0];
    else if (event.key === "End") target = nodes[nodes.length - 1];
    else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      const step = event.key === "ArrowRight" ? 1 : -1;
      for (let layer = n.layer + step; layer >= 0 && layer < graph.layers && !target; layer += step) {
        const candidates = nodes.filter((m) => m.layer === layer);
        const linked = candidates.filter((m) => graph.links.some((l) => (l.source === n.id && l.target === m.id) || (l.target === n.id && l.source === m.id)));
        const pool = linked.length ? linked : candidates;
        target = [...pool].sort((a, b) => Math.abs(a.y - n.y) - Math.abs(b.y - n.y))[0];
      }
    } else return;
    event.preventDefault();
    if (target) focus(target.id);
  });

  boxes.get(nodes[0]!.id)?.setAttribute("tabindex", "0");
  select(initial && at.has(initial) ? initial : "marathon", false);
  if (selected) focusStop(selected);
  function focusStop(id: string): void {
    for (const [key, g] of boxes) g.setAttribute("tabindex", key === id ? "0" : "-1");
  }
  return frame.root;
}

function legendLine(label: string, dash: string): Element {
  return h(
    "span",
    {class: "kb-legend-line"},
    s("svg", {width: 30, height: 10, "aria-hidden": "true"}, s("line", {x1: 0, y1: 5, x2: 30, y2: 5, stroke: "currentColor", "stroke-width": 1.6, "stroke-dasharray": dash || null})),
    label
  );
}
