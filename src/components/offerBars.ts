// One agent's CPUs and memory as two bars, filled left to right with what holds them: each task
// (solid in its framework's colour, pale while staging or starting), each outstanding offer
// (striped in the colour of the framework it is offered to), and what is free (empty).
import type {MesosSimState} from "../lib/mesos/state.js";
import {isTerminalTaskState} from "../lib/mesos/events.js";
import {s, uniqueId} from "./dom.js";
import {FRAMEWORK_COLOURS, formatMem, frameworkColour} from "./offerShared.js";

export interface BarSegment {
  kind: "task" | "starting" | "offer";
  frameworkIndex: number;
  cpus: number;
  mem: number;
  /** Task id, or the framework an offer is for. */
  label: string;
}

/** What holds an agent's resources, in order: tasks in launch order, then offers. */
export function agentSegments(state: Readonly<MesosSimState>, agentId: string, frameworkIndex: (id: string) => number): BarSegment[] {
  const agent = state.agents[agentId];
  if (!agent) return [];
  const out: BarSegment[] = [];
  for (const id of agent.taskIds) {
    const t = state.tasks[id]!;
    if (isTerminalTaskState(t.state)) continue;
    out.push({kind: t.state === "TASK_RUNNING" ? "task" : "starting", frameworkIndex: frameworkIndex(t.frameworkId), cpus: t.resources.cpus, mem: t.resources.mem, label: t.id});
  }
  for (const id in state.offers) {
    const o = state.offers[id]!;
    if (o.agentId === agentId) out.push({kind: "offer", frameworkIndex: frameworkIndex(o.frameworkId), cpus: o.resources.cpus, mem: o.resources.mem, label: o.frameworkId});
  }
  return out;
}

/** Striped fills, one per framework colour, for offers: `url(#<prefix>-<i>)`. */
export function stripeDefs(prefix: string): SVGDefsElement {
  const defs = s("defs");
  for (let i = 0; i < FRAMEWORK_COLOURS; i++) {
    defs.append(
      s(
        "pattern",
        {id: `${prefix}-${i}`, width: 8, height: 8, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)"},
        s("rect", {width: 8, height: 8, fill: "var(--theme-background)"}),
        s("rect", {width: 4, height: 8, fill: frameworkColour(i)})
      )
    );
  }
  return defs;
}

export function segmentFill(seg: BarSegment, stripes: string): string {
  return seg.kind === "offer" ? `url(#${stripes}-${seg.frameworkIndex % FRAMEWORK_COLOURS})` : frameworkColour(seg.frameworkIndex);
}

const CHAR = 6.6;

/** Two labelled bars (CPUs, memory) for one agent, `width` wide. */
export function agentBars(total: {cpus: number; mem: number}, segments: readonly BarSegment[], {width = 300, short = (l: string) => l} = {}): SVGSVGElement {
  const stripes = uniqueId("offer-stripes");
  const labelW = 64;
  const barW = width - labelW - 8;
  const barH = 30;
  const height = 4 + 2 * (barH + 22);
  const svg = s("svg", {class: "offer-bars", viewBox: `0 0 ${width} ${height}`, width, height, "aria-hidden": "true"}, stripeDefs(stripes));
  const rows: {name: string; key: "cpus" | "mem"; unit: number; max: number; text: (v: number) => string}[] = [
    {name: "CPUs", key: "cpus", unit: 1, max: total.cpus, text: (v) => `${Math.round(v * 100) / 100}`},
    {name: "Memory", key: "mem", unit: 1024, max: total.mem, text: (v) => formatMem(v)}
  ];
  rows.forEach((row, r) => {
    const y = 4 + r * (barH + 22);
    const scale = (v: number) => (row.max > 0 ? (v / row.max) * barW : 0);
    svg.append(
      s("text", {x: 0, y: y + barH / 2 + 4, class: "offer-bars-name"}, row.name),
      s("rect", {x: labelW, y, width: barW, height: barH, fill: "var(--c-panel)", stroke: "var(--c-line)"})
    );
    let x = labelW;
    for (const seg of segments) {
      const w = scale(seg[row.key]);
      if (w <= 0) continue;
      svg.append(
        s("rect", {
          x,
          y,
          width: w,
          height: barH,
          fill: segmentFill(seg, stripes),
          "fill-opacity": seg.kind === "starting" ? 0.5 : 1,
          stroke: "var(--theme-background)",
          "stroke-width": 1.5,
          class: `offer-seg is-${seg.kind}`
        })
      );
      const text = seg.kind === "offer" ? "offer" : short(seg.label);
      if (r === 0 && text.length * CHAR + 6 < w) svg.append(s("text", {x: x + w / 2, y: y + barH / 2 + 4, "text-anchor": "middle", class: "offer-chip"}, text));
      x += w;
    }
    // One tick per CPU or GB, so amounts can be counted.
    for (let v = row.unit; v < row.max; v += row.unit) {
      const tx = labelW + scale(v);
      svg.append(s("line", {x1: tx, x2: tx, y1: y + barH, y2: y + barH + 5, stroke: "var(--theme-foreground)", "stroke-width": 1}));
    }
    svg.append(s("text", {x: labelW + barW, y: y + barH + 16, "text-anchor": "end", class: "offer-bars-total"}, `${row.text(row.max)}${row.key === "cpus" ? " CPUs" : ""} in all`));
  });
  return svg;
}
