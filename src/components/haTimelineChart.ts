// One timeline across the layers, drawn as plain SVG (svgChart.ts, d3-scale): who leads ZooKeeper,
// the Mesos masters and Marathon, how each agent stands with the leading master, and the tasks by
// state (with the instances that really serve). A rule marks the current time; clicking or dragging
// seeks. The marks are aria-hidden: the lanes chart describes itself in words, and the simulator
// gives the same facts in its status line and narration.
import {HA_TASK_CATEGORIES, type HaSegment, type HaTaskCategory, type HaTimeline} from "../lib/ha/index.js";
import {h, s} from "./dom.js";
import {chartFrame, stepPath, type ChartFrame} from "./svgChart.js";

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
const RIGHT = 16;
/** Height of one lane, and of the lanes chart's margins above and below them. */
const LANE = 22;
const LANES_TOP = 4;
const LANES_BOTTOM = 36;
const INK = "var(--theme-foreground)";
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

/** The task counts stacked in HA_TASK_CATEGORIES order (running at the bottom), one row per sample time. */
export function stackTasks(tasks: HaTimeline["tasks"]): {time: number; bands: Record<HaTaskCategory, [number, number]>}[] {
  const byTime = new Map<number, Partial<Record<HaTaskCategory, number>>>();
  for (const d of tasks) {
    const row = byTime.get(d.time) ?? {};
    row[d.category] = (row[d.category] ?? 0) + d.count;
    byTime.set(d.time, row);
  }
  return [...byTime]
    .sort((a, b) => a[0] - b[0])
    .map(([time, row]) => {
      let base = 0;
      const bands = {} as Record<HaTaskCategory, [number, number]>;
      for (const c of HA_TASK_CATEGORIES) bands[c] = [base, (base += row[c] ?? 0)];
      return {time, bands};
    });
}

/** Step samples without the ones that repeat the sample before (the last one stays: it ends the line). */
function changes<T extends readonly number[]>(rows: readonly T[]): T[] {
  return rows.filter((r, i) => i === 0 || i === rows.length - 1 || r.slice(1).some((v, k) => v !== rows[i - 1]![k + 1]));
}

/** The `d` of a step-after band between two step lines (`[time, low, high]` per sample). */
function stepBand(rows: readonly (readonly [number, number, number])[], {x, y}: ChartFrame): string {
  rows = changes(rows);
  if (!rows.length) return "";
  const top = stepPath(rows.map(([t, , hi]) => [t, hi] as const), x, y);
  const r = (v: number) => Math.round(v * 10) / 10;
  let back = "";
  for (let i = rows.length - 1; i >= 0; i--) {
    const [t, lo] = rows[i]!;
    back += i === rows.length - 1 ? `L${r(x(t))},${r(y(lo))}` : `V${r(y(lo))}H${r(x(t))}`;
  }
  return `${top}${back}Z`;
}

export function haTimelineChart(tl: HaTimeline, {width = 760, time = 0, onSeek}: HaTimelineChartOptions = {}): HaTimelineChartElement {
  const w = Math.max(360, width);
  const end = Math.max(1, tl.end);
  const laneData = lanes(tl);
  const laneNames = ["ZooKeeper", "Mesos master", "Marathon", ...Object.keys(tl.agents)];
  const inner = w - LEFT - RIGHT;
  const fits = (d: Lane) => ((d.to - d.from) / end) * inner > d.label.length * 6.4 + 6;
  const seconds = (ms: number) => `${ms / 1000}`;

  // Lanes: y runs from 0 (top lane) to the number of lanes, one unit per lane.
  const lanesChart = chartFrame({
    width: w,
    height: laneNames.length * LANE + LANES_TOP + LANES_BOTTOM,
    margin: {top: LANES_TOP, right: RIGHT, bottom: LANES_BOTTOM, left: LEFT},
    ariaLabel: "Timeline of leaders and agents",
    x: {domain: [0, end], label: "cluster time (s) →", format: seconds, grid: true},
    y: {domain: [laneNames.length, 0], ticks: 0}
  });
  lanesChart.svg.setAttribute("aria-description", describeTimeline(tl));
  const row = new Map(laneNames.map((name, i) => [name, i]));
  const names = s("g", {"aria-hidden": "true", fill: INK, "text-anchor": "end"});
  laneNames.forEach((name, i) => names.append(s("text", {x: LEFT - 8, y: lanesChart.y(i + 0.5) + 4}, name)));
  lanesChart.svg.insertBefore(names, lanesChart.marks);
  const r = (v: number) => Math.round(v * 10) / 10;
  const bar = (x1: number, x2: number) => ({x: r(x1 + 1.5), width: r(Math.max(0, x2 - x1 - 3))});
  for (const d of laneData) {
    const i = row.get(d.lane)!;
    const {x: bx, width: bw} = bar(lanesChart.x(d.from), lanesChart.x(d.to));
    lanesChart.marks.append(
      s(
        "rect",
        {class: "ha-band", x: bx, y: lanesChart.y(i) + 1.5, width: bw, height: LANE - 3, fill: d.color, "fill-opacity": 0.32, stroke: d.color, "stroke-width": 1},
        s("title", {}, `${d.lane}: ${d.label}, ${secondsLabel(d.from)} to ${secondsLabel(d.to)}`)
      )
    );
  }
  for (const d of laneData.filter(fits)) {
    const i = row.get(d.lane)!;
    lanesChart.marks.append(
      s("text", {x: r(lanesChart.x((d.from + d.to) / 2)), y: lanesChart.y(i + 0.5) + 4, "text-anchor": "middle", fill: INK, "font-size": 11, "pointer-events": "none"}, d.label)
    );
  }

  // Tasks: the categories stacked as step-after areas, and the instances really serving as a dashed line.
  const servingTotals = new Map<number, number>();
  for (const d of tl.serving) servingTotals.set(d.time, (servingTotals.get(d.time) ?? 0) + d.count);
  const serving = [...servingTotals].sort((a, b) => a[0] - b[0]);
  const stacked = stackTasks(tl.tasks);
  const maxTasks = Math.max(1, ...serving.map(([, n]) => n), ...stacked.map((r) => r.bands.lost[1]));
  const tasksChart = chartFrame({
    width: w,
    height: 130,
    margin: {top: 10, right: RIGHT, bottom: 24, left: LEFT},
    ariaLabel: "Tasks by state over time",
    x: {domain: [0, end], format: seconds, grid: true},
    y: {domain: [0, maxTasks], label: "↑ tasks", ticks: Math.min(4, maxTasks), format: (v) => (Number.isInteger(v) ? String(v) : ""), grid: true}
  });
  for (const c of HA_TASK_CATEGORIES) {
    const rows = stacked.map((r) => [r.time, ...r.bands[c]] as const);
    if (rows.every(([, lo, hi]) => lo === hi)) continue;
    tasksChart.marks.append(s("path", {class: `ha-area is-${c}`, d: stepBand(rows, tasksChart), fill: HA_TASK_COLORS[c], "fill-opacity": 0.75}));
  }
  tasksChart.marks.append(
    s("path", {class: "ha-serving", d: stepPath(changes(serving), tasksChart.x, tasksChart.y), fill: "none", stroke: INK, "stroke-width": 2, "stroke-dasharray": "5 3"})
  );

  const legend = h(
    "ul",
    {class: "ha-legend", "aria-label": "Legend of the task chart"},
    HA_TASK_CATEGORIES.map((c) => h("li", {}, h("span", {class: "ha-swatch", style: `background:${HA_TASK_COLORS[c]}`}), `TASK_${c.toUpperCase()}`)),
    h("li", {}, h("span", {class: "ha-swatch is-line"}), "instances really serving")
  );

  const charts = [lanesChart, tasksChart];
  const rules = charts.map(({svg, y}) => {
    const [bottom, top] = y.range() as [number, number];
    const line = s("line", {class: "ha-now", y1: top - 4, y2: bottom, stroke: "var(--theme-foreground-focus)", "stroke-width": 2, "aria-hidden": "true"});
    svg.append(line);
    return line;
  });
  const root = h("div", {class: "ha-timeline"}, lanesChart.svg, tasksChart.svg, legend) as unknown as HaTimelineChartElement;
  const x = lanesChart.x;
  root.setTime = (t: number) => {
    const px = String(Math.round(x(Math.max(0, Math.min(tl.end, t))) * 10) / 10);
    for (const line of rules) {
      line.setAttribute("x1", px);
      line.setAttribute("x2", px);
    }
  };
  root.setTime(time);

  if (onSeek) {
    for (const {svg} of charts) {
      const seek = (e: PointerEvent) => {
        const rect = svg.getBoundingClientRect();
        if (!rect.width) return;
        const px = ((e.clientX - rect.left) * w) / rect.width;
        onSeek(Math.round(Math.max(0, Math.min(tl.end, x.invert(px))) / 100) * 100);
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
