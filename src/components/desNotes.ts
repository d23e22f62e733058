// The design notes: one card per note with its summary and key facts, and for the notes without
// a live figure a small static diagram (a left-to-right sequence, or groups side by side).
import type {DesignTopic} from "../lib/design/types.js";
import {h, s} from "./dom.js";

/** The summary and key facts of one design note. */
export function desFacts(topic: DesignTopic): HTMLElement {
  return h(
    "div",
    {class: "des-facts", "data-topic": topic.id},
    h("p", {class: "des-versions"}, `In the DC/OS ${topic.versions.includes("–") ? "docs" : "doc"} ${topic.versions} · ${topic.source.map((x) => x.title).join(", ")}`),
    h("p", {}, topic.summary),
    h("ul", {}, topic.facts.map((f) => h("li", {}, f)))
  );
}

/** A static diagram for a note that has one (its `diagram`), as an accessible SVG. */
export function desDiagram(topic: DesignTopic, {width = 640}: {width?: number} = {}): HTMLElement {
  const d = topic.diagram;
  if (!d) return h("p", {class: "des-versions"}, "No diagram for this note.");
  const n = d.boxes.length;
  const gap = d.kind === "sequence" ? 28 : 12;
  const bw = (width - gap * (n - 1)) / n;
  const bh = 70;
  const wrap = (text: string, max: number): string[] => {
    const words = text.split(" ");
    const lines: string[] = [];
    let line = "";
    for (const w of words) {
      if ((line + " " + w).trim().length > max && line) {
        lines.push(line);
        line = w;
      } else line = (line + " " + w).trim();
    }
    if (line) lines.push(line);
    return lines;
  };
  const chars = Math.max(10, Math.floor(bw / 7.2));
  const alt = d.boxes.map((b) => `${b.label}: ${b.detail}`).join(d.kind === "sequence" ? ", then " : "; ");
  return h(
    "figure",
    {class: `wb-figure des-diagram des-${d.kind}`, "data-topic": topic.id},
    h("h3", {}, `${topic.title}: ${d.kind === "sequence" ? "the sequence" : "at a glance"}`),
    s(
      "svg",
      {viewBox: `0 0 ${width} ${bh + 30}`, role: "img", "aria-label": alt, class: "des-diagram-svg"},
      s("defs", {}, s("marker", {id: `des-arrow-${topic.id}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto"}, s("path", {d: "M0,0L10,5L0,10z", class: "des-arrowhead"}))),
      d.boxes.map((b, i) => {
        const x = i * (bw + gap);
        const lines = wrap(b.detail, chars).slice(0, 3);
        return s(
          "g",
          {class: "des-box", transform: `translate(${x},10)`},
          s("rect", {width: bw, height: bh, rx: 6}),
          s("text", {x: bw / 2, y: 20, "text-anchor": "middle", class: "des-box-label"}, b.label),
          lines.map((l, j) => s("text", {x: bw / 2, y: 38 + j * 14, "text-anchor": "middle", class: "des-box-detail"}, l)),
          d.kind === "sequence" && i < n - 1 ? s("line", {class: "des-edge is-active", x1: bw + 2, x2: bw + gap - 2, y1: bh / 2, y2: bh / 2, "marker-end": `url(#des-arrow-${topic.id})`}) : null
        );
      })
    )
  );
}
