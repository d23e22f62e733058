// One timeline across the layers, drawn with Plot: who leads ZooKeeper, the Mesos masters and
// Marathon, how each agent stands with the leading master, and the tasks by state (with the
// instances that really serve). A rule marks the current time; clicking or dragging seeks.
import * as Plot from "@observablehq/plot";
import {HA_TASK_CATEGORIES, type HaSegment, type HaTaskCategory, type HaTimeline} from "../lib/ha/index.js";
import {h, s} from "./dom.js";

export interface HaTimelineChartOptions {
  width?: number;
  time?: number;
  onSeek?: (time: number) => void;
}

export type HaTimelineChartElement = HTMLElement & {setTime(time: number): void};

interface Lane {
  lane: string;
  from: number;
  to: number;
  label: string;
  color: string;
}

export const HA_TASK_COLORS: Readonly<Record<HaTaskCategory, string>> = {
  running: "var(--c-task-running)",
  starting: "var(--c-task-starting)",
  unreachable: "var(--c-task-unreachable)",
  lost: "var(--c-task-lost)"
};

const AGENT_LOOK: Readonly<Record<string, [string, string]>> = {
  registered: ["registered", "var(--c-private-agent)"],
  waiting: ["waiting", "var(--c-line)"],
  "cut off": ["cut off", "var(--c-task-unreachable)"],
  unreachable: ["unreachable", "var(--c-task-unreachable)"],
  down: ["down", "var(--c-bad)"]
};

const LEFT = 104;
export const secondsLabel = (ms: number) => `${Math.round(ms) / 1000} s`;

function lanes(tl: HaTimeline): Lane[] {
  const out: Lane[] = [];
  const add = <T>(lane: string, list: readonly HaSegment<T>[], look: (v: T) => [string, string]) => {
    for (const seg of list) {
      if (seg.to <= seg.from && seg.to !== tl.end) continue;
      const [label, color] = look(seg.value);
      out.push({lane, from: seg.from, to: Math.max(seg.to, seg.from), label, color});
    }
  };
  add("ZooKeeper", tl.zookeeper, (v) => (v === "no quorum" ? ["no quorum", "var(--c-bad)"] : v === "electing" ? ["electing", "var(--c-line)"] : [`${v} leads`, "var(--c-zookeeper)"]));
  add("Mesos master", tl.mesosLeader, (v) => (v === null ? ["no leader", "var(--c-bad)"] : [v, "var(--c-master)"]));
  add("Marathon", tl.marathonLeader, (v) => (v === null ? ["no leader", "var(--c-bad)"] : [v, "var(--theme-foreground)"]));
  for (const [id, list] of Object.entries(tl.agents)) add(id, list, (v) => AGENT_LOOK[v] ?? [v, "var(--c-line)"]);
  return out;
}

/** A sentence per lane, for screen readers. */
export function describeTimeline(tl: HaTimeline): string {
  const say = (name: string, list: readonly HaSegment<string | null>[], none: string) =>
    `${name}: ${list.map((s) => `${s.value ?? none} from ${secondsLabel(s.from)}`).join(", ")}`;
  return [say("ZooKeeper", tl.zookeeper, "none"), say("Leading master", tl.mesosLeader, "none"), say("Marathon leader", tl.marathonLeader, "none")].join(". ") + ".";
}

export function haTimelineChart(tl: HaTimeline, {width = 760, time = 0, onSeek}: HaTimelineChartOptions = {}): HaTimelineChartElement {
  const w = Math.max(360, width);
  const laneData = lanes(tl);
  const laneNames = ["ZooKeeper", "Mesos master", "Marathon", ...Object.keys(tl.agents)];
  const x = {domain: [0, tl.end], label: null, tickFormat: (d: number) => `${d / 1000}`};
  const inner = w - LEFT - 16;
  const fits = (d: Lane) => ((d.to - d.from) / Math.max(1, tl.end)) * inner > d.label.length * 6.4 + 6;

  const lanesPlot = Plot.plot({
    width: w,
    height: laneNames.length * 22 + 40,
    marginLeft: LEFT,
    marginRight: 16,
    marginTop: 4,
    marginBottom: 36,
    style: {fontSize: "12px", background: "transparent", overflow: "visible"},
    ariaLabel: "Timeline of leaders and agents",
    ariaDescription: describeTimeline(tl),
    x: {...x, axis: "bottom", label: "cluster time (s)", labelAnchor: "right", labelOffset: 32},
    y: {domain: laneNames, label: null, tickSize: 0},
    color: {type: "identity"},
    marks: [
      Plot.barX(laneData, {ariaHidden: "true", x1: "from", x2: "to", y: "lane", fill: "color", fillOpacity: 0.32, stroke: "color", strokeWidth: 1, inset: 1.5, title: (d: Lane) => `${d.lane}: ${d.label}, ${secondsLabel(d.from)} to ${secondsLabel(d.to)}`}),
      Plot.text(laneData.filter(fits), {ariaHidden: "true", x: (d: Lane) => (d.from + d.to) / 2, y: "lane", text: "label", fill: "currentColor", fontSize: 11})
    ]
  });

  const servingTotals = new Map<number, number>();
  for (const d of tl.serving) servingTotals.set(d.time, (servingTotals.get(d.time) ?? 0) + d.count);
  const serving = [...servingTotals].map(([t, count]) => ({time: t, count}));
  const maxTasks = Math.max(1, ...serving.map((d) => d.count), ...[...new Set(tl.tasks.map((d) => d.time))].map((t) => tl.tasks.filter((d) => d.time === t).reduce((n, d) => n + d.count, 0)));
  const tasksPlot = Plot.plot({
    width: w,
    height: 120,
    marginLeft: LEFT,
    marginRight: 16,
    marginTop: 8,
    style: {fontSize: "12px", background: "transparent", overflow: "visible"},
    ariaLabel: "Tasks by state over time",
    x: {...x, axis: null},
    y: {domain: [0, maxTasks], label: "tasks", ticks: Math.min(4, maxTasks), tickFormat: "d", grid: true},
    color: {domain: [...HA_TASK_CATEGORIES], range: HA_TASK_CATEGORIES.map((c) => HA_TASK_COLORS[c])},
    marks: [
      Plot.areaY(tl.tasks, {ariaHidden: "true", x: "time", y: "count", fill: "category", curve: "step-after", fillOpacity: 0.75, order: [...HA_TASK_CATEGORIES]}),
      Plot.lineY(serving, {ariaHidden: "true", x: "time", y: "count", stroke: "currentColor", strokeWidth: 2, strokeDasharray: "5 3", curve: "step-after"}),
      Plot.ruleY([0], {ariaHidden: "true"})
    ]
  }) as SVGSVGElement;

  const legend = h(
    "ul",
    {class: "ha-legend", "aria-label": "Legend of the task chart"},
    HA_TASK_CATEGORIES.map((c) => h("li", {}, h("span", {class: "ha-swatch", style: `background:${HA_TASK_COLORS[c]}`}), `TASK_${c.toUpperCase()}`)),
    h("li", {}, h("span", {class: "ha-swatch is-line"}), "instances really serving")
  );

  const plots = [lanesPlot as SVGSVGElement, tasksPlot];
  const scale = lanesPlot.scale("x")!;
  const rules = plots.map((svg) => {
    const height = Number(svg.getAttribute("height"));
    const line = s("line", {class: "ha-now", y1: 0, y2: height - (svg === lanesPlot ? 36 : 0), stroke: "var(--theme-foreground-focus)", "stroke-width": 2, "aria-hidden": "true"});
    svg.append(line);
    return line;
  });
  const root = h("div", {class: "ha-timeline"}, lanesPlot, tasksPlot, legend) as unknown as HaTimelineChartElement;
  root.setTime = (t: number) => {
    const px = scale.apply(Math.max(0, Math.min(tl.end, t))) as number;
    for (const line of rules) {
      line.setAttribute("x1", String(px));
      line.setAttribute("x2", String(px));
    }
  };
  root.setTime(time);

  if (onSeek) {
    for (const svg of plots) {
      const seek = (e: PointerEvent) => {
        const rect = svg.getBoundingClientRect();
        if (!rect.width) return;
        const px = ((e.clientX - rect.left) * w) / rect.width;
        const t = scale.invert!(px) as number;
        onSeek(Math.round(Math.max(0, Math.min(tl.end, t)) / 100) * 100);
      };
      svg.addEventListener("pointerdown", (e) => {
        seek(e);
        svg.setPointerCapture?.(e.pointerId);
      });
      svg.addEventListener("pointermove", (e) => {
        if (e.buttons & 1) seek(e);
      });
      svg.classList.add("is-seekable");
    }
  }
  return root;
}
