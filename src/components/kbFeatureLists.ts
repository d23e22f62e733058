// The two feature lists side by side: the 1.7 page's headings on the left, the 1.8 to 2.2 page's
// on the right, a line joining the same feature. Plain lines mean only the capitals changed;
// thick ones a reworded heading; features with no line on the left are new in 1.8. Select a
// heading (mouse, or Tab in: up and down within a list, left and right to its counterpart).
import type {FeatureView} from "../lib/kb/join.js";
import {compareFeatureLists} from "../lib/kb/views.js";
import {h, s} from "./dom.js";
import {figureFrame} from "./figure.js";
import {fill, wrapLabel} from "./kbShared.js";

export interface FeatureListsOptions {
  width?: number;
  selected?: string;
}

const ROW = 34;
const TOP = 30;

type Side = "1.7" | "1.8+";

export function kbFeatureLists(features: readonly FeatureView[], {width = 700, selected: initial}: FeatureListsOptions = {}): HTMLElement {
  const cmp = compareFeatureLists(features);
  const left = [...cmp.kept.map((k) => ({feature: k.feature, text: k.from})), ...cmp.dropped.map((d) => ({feature: d.feature, text: d.from}))];
  const right = [...cmp.kept.map((k) => ({feature: k.feature, text: k.to})), ...cmp.added.map((a) => ({feature: a.feature, text: a.to}))];
  const changeOf = new Map(cmp.kept.map((k) => [k.feature.id, k.change]));
  const reworded = cmp.kept.filter((k) => k.change === "reworded").length;
  const frame = figureFrame({
    title: "The 1.7 feature list against the 1.8 to 2.2 list",
    description: `Two lists of headings. Left: the ${left.length} features of the DC/OS 1.7 page. Right: the ${right.length} features of the pages from 1.8 to 2.2. A line joins the same feature on both lists; a thick line means the heading was reworded (${reworded} of them); ${cmp.added.length} headings on the right have no line because they are new in 1.8. Tab into the lists, use up and down to move, left and right to jump to the same feature on the other list, and Enter to read about it.`,
    keep: 1,
    visibleLog: false
  });

  const w = Math.max(600, width);
  const leftW = Math.round(w * 0.36);
  const rightW = Math.round(w * 0.46);
  const rightX = w - rightW;
  const height = TOP + Math.max(left.length, right.length) * ROW + 4;
  const svg = s("svg", {
    width: w,
    height,
    viewBox: `0 0 ${w} ${height}`,
    role: "group",
    "aria-label": `${left.length} features in 1.7, ${right.length} from 1.8`,
    style: "max-width:100%;height:auto;font-family:var(--sans-serif);overflow:visible"
  });
  svg.append(
    s("text", {x: 0, y: 16, "font-size": 13, "font-weight": 700, fill: "currentColor"}, `DC/OS 1.7 (${left.length})`),
    s("text", {x: rightX, y: 16, "font-size": 13, "font-weight": 700, fill: "currentColor"}, `DC/OS 1.8 to 2.2 (${right.length})`)
  );
  const yOf = (i: number) => TOP + i * ROW;
  const lines = new Map<string, SVGPathElement>();
  left.forEach((item, i) => {
    const j = right.findIndex((r) => r.feature.id === item.feature.id);
    if (j < 0) return;
    const y1 = yOf(i) + (ROW - 4) / 2;
    const y2 = yOf(j) + (ROW - 4) / 2;
    const mid = (leftW + rightX) / 2;
    const strong = changeOf.get(item.feature.id) === "reworded";
    const path = s("path", {
      d: `M${leftW},${y1} C${mid},${y1} ${mid},${y2} ${rightX},${y2}`,
      fill: "none",
      stroke: strong ? "var(--c-warn)" : "var(--c-line)",
      "stroke-width": strong ? 3.5 : 1.5,
      "aria-hidden": "true"
    });
    lines.set(item.feature.id, path);
    svg.append(path);
  });

  const items = new Map<string, SVGGElement>();
  const draw = (list: typeof left, side: Side, x: number, boxW: number) =>
    list.forEach((item, i) => {
      const f = item.feature;
      const isNew = side === "1.8+" && !changeOf.has(f.id);
      const change = changeOf.get(f.id);
      const label = `${item.text}${f.enterprise ? ", Enterprise only" : ""}${isNew ? ", new in 1.8" : change === "reworded" ? ", heading reworded" : ""}`;
      const lines2 = wrapLabel(item.text, Math.floor((boxW - (f.enterprise ? 40 : 16)) / 6.2));
      const g = s(
        "g",
        {class: "kb-list-item", tabindex: -1, role: "button", "aria-pressed": "false", "data-id": f.id, "data-side": side, transform: `translate(${x},${yOf(i)})`},
        s("title", {}, label),
        s("rect", {width: boxW, height: ROW - 4, rx: 5, fill: isNew ? "var(--c-panel)" : "var(--theme-background)", stroke: isNew ? "var(--theme-foreground)" : "var(--c-line)", "stroke-width": isNew ? 1.3 : 1, "stroke-dasharray": isNew ? "5 3" : null}),
        s(
          "text",
          {x: 8, y: lines2.length === 1 ? (ROW - 4) / 2 + 4 : 12.5, "font-size": 11.5, fill: "currentColor"},
          lines2.map((line, k) => s("tspan", {x: 8, dy: k ? 13 : 0}, k < lines2.length - 1 ? `${line} ` : line))
        ),
        f.enterprise ? s("text", {x: boxW - 8, y: (ROW - 4) / 2 + 4, "text-anchor": "end", "font-size": 10.5, "font-weight": 700, fill: "var(--c-bad)"}, "E") : null
      );
      g.addEventListener("click", () => select(f.id, side));
      g.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          select(f.id, side);
        }
      });
      items.set(`${side}:${f.id}`, g);
      svg.append(g);
    });
  draw(left, "1.7", 0, leftW);
  draw(right, "1.8+", rightX, rightW);

  const legend = h(
    "p",
    {class: "kb-lists-legend"},
    h("span", {class: "kb-key kb-key-thin", "aria-hidden": "true"}),
    " same heading, only capitals changed ",
    h("span", {class: "kb-key kb-key-thick", "aria-hidden": "true"}),
    " heading reworded ",
    h("span", {class: "kb-key kb-key-new", "aria-hidden": "true"}),
    " new in 1.8 ",
    h("strong", {style: "color:var(--c-bad)"}, "E"),
    " Enterprise only"
  );
  const panel = h("div", {class: "kb-lists-panel"});
  const table = h(
    "details",
    {class: "kb-table-alt"},
    h("summary", {}, "Both lists as a table"),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Feature"), h("th", {scope: "col"}, "1.7 heading"), h("th", {scope: "col"}, "1.8 to 2.2 heading"), h("th", {scope: "col"}, "Change"))),
      h(
        "tbody",
        {},
        [...cmp.kept.map((k) => [k.feature, k.from, k.to, k.change === "reworded" ? "reworded" : k.change === "case" ? "capitals only" : "none"] as const),
          ...cmp.added.map((a) => [a.feature, "—", a.to, "new in 1.8"] as const),
          ...cmp.dropped.map((d) => [d.feature, d.from, "—", "dropped"] as const)].map(([f, from, to, change]) =>
          h("tr", {}, h("th", {scope: "row"}, f.name, f.enterprise ? " (Enterprise)" : ""), h("td", {}, from), h("td", {}, to), h("td", {}, change))
        )
      )
    )
  );
  frame.body.append(legend, h("div", {class: "kb-graph-scroll"}, svg), panel, table);

  function select(id: string, side: Side, announce = true): void {
    const f = features.find((x) => x.id === id);
    if (!f) return;
    for (const [key, g] of items) {
      const on = key.endsWith(`:${id}`);
      g.setAttribute("aria-pressed", String(on));
      const rect = g.querySelector("rect")!;
      rect.setAttribute("stroke", on ? "var(--theme-foreground-focus)" : rect.getAttribute("data-stroke") ?? rect.getAttribute("stroke")!);
      rect.setAttribute("stroke-width", on ? "3" : rect.getAttribute("data-stroke-width") ?? rect.getAttribute("stroke-width")!);
    }
    for (const [key, path] of lines) path.setAttribute("opacity", key === id ? "1" : "0.6");
    const change = changeOf.get(id);
    const text =
      change === undefined
        ? `${f.name} is new in the 1.8 list${f.enterprise ? " and only in DC/OS Enterprise" : ""}: “${f.headings["1.8+"]}”.`
        : change === "reworded"
          ? `${f.name} is on both lists, reworded from “${f.headings["1.7"]}” in 1.7 to “${f.headings["1.8+"]}” from 1.8.`
          : `${f.name} is on both lists with the same words (“${f.headings["1.8+"]}”)${change === "case" ? "; only the capitals changed" : ""}.`;
    fill(panel, h("p", {}, text), h("p", {}, f.description, " ", h("a", {href: `#${f.id}`}, "Read its card")));
    if (announce) frame.narrate(text);
    void side;
  }

  // Remember each box's resting stroke so a selection can be undone.
  for (const g of items.values()) {
    const rect = g.querySelector("rect")!;
    rect.setAttribute("data-stroke", rect.getAttribute("stroke")!);
    rect.setAttribute("data-stroke-width", rect.getAttribute("stroke-width")!);
  }

  svg.addEventListener("keydown", (event) => {
    const el = document.activeElement as SVGGElement | null;
    const id = el?.getAttribute?.("data-id");
    const side = el?.getAttribute?.("data-side") as Side | null;
    if (!id || !side) return;
    const list = side === "1.7" ? left : right;
    const i = list.findIndex((x) => x.feature.id === id);
    let target: string | undefined;
    if (event.key === "ArrowDown" && list[i + 1]) target = `${side}:${list[i + 1]!.feature.id}`;
    else if (event.key === "ArrowUp" && list[i - 1]) target = `${side}:${list[i - 1]!.feature.id}`;
    else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      const other: Side = event.key === "ArrowRight" ? "1.8+" : "1.7";
      if (other === side) return;
      const otherList = other === "1.7" ? left : right;
      const match = otherList.find((x) => x.feature.id === id) ?? otherList[Math.min(i, otherList.length - 1)];
      if (match) target = `${other}:${match.feature.id}`;
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      return;
    } else return;
    event.preventDefault();
    const g = target ? items.get(target) : undefined;
    if (!g) return;
    for (const x of items.values()) x.setAttribute("tabindex", x === g ? "0" : "-1");
    g.focus();
  });

  const start = initial && features.some((f) => f.id === initial) ? initial : (cmp.kept.find((k) => k.change === "reworded") ?? cmp.kept[0])!.feature.id;
  select(start, "1.8+", false);
  items.get(`1.7:${start}`)?.setAttribute("tabindex", "0");
  return frame.root;
}
