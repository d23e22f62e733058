// A message-sequence drawing of a Mesos trace: one lane per party (each scheduler, the master,
// its allocator, the agent, the executor), one row per event, newest at the bottom. Each trace
// event becomes the message it stands for (SUBSCRIBE, OFFER, ACCEPT, LAUNCH, UPDATE, ...) or a note
// on one lane (an allocation round, a filter expiring).
import type {MesosTraceEvent} from "../lib/mesos/events.js";
import {s} from "./dom.js";
import {formatShape, formatTime, frameworkColour} from "./offerShared.js";

export interface Lane {
  id: string;
  title: string;
  subtitle: string;
}

export type SequenceItem =
  | {kind: "message"; from: string; to: string; label: string; framework?: string}
  | {kind: "note"; lane: string; label: string; framework?: string};

/** Lanes for a run: schedulers first, then master, allocator, agent, executor. */
export function sequenceLanes(frameworks: readonly string[], agent: string): Lane[] {
  return [
    ...frameworks.map((f, i) => ({id: `fw:${f}`, title: `Scheduler ${i + 1}`, subtitle: f})),
    {id: "master", title: "Master", subtitle: "leading"},
    {id: "allocator", title: "Allocator", subtitle: "in the master"},
    {id: "agent", title: "Agent", subtitle: agent},
    {id: "executor", title: "Executor", subtitle: `on ${agent}`}
  ];
}

const fw = (id: string) => `fw:${id}`;

/** The message (or note) a trace event stands for. */
export function sequenceItem(event: MesosTraceEvent): SequenceItem {
  switch (event.kind) {
    case "agent-added":
      return {kind: "message", from: "agent", to: "master", label: `register: ${formatShape(event.data.resources)} free`};
    case "framework-subscribed":
      return {kind: "message", from: fw(event.data.frameworkId), to: "master", label: "SUBSCRIBE", framework: event.data.frameworkId};
    case "allocation":
      return {kind: "note", lane: "allocator", label: event.data.allocatable ? "allocation round: DRF order" : "allocation round: nothing free"};
    case "offer":
      return {kind: "message", from: "allocator", to: fw(event.data.frameworkId), label: `OFFER ${formatShape(event.data.resources)}`, framework: event.data.frameworkId};
    case "accept": {
      const n = event.data.taskIds.length;
      return {kind: "message", from: fw(event.data.frameworkId), to: "master", label: `ACCEPT: launch ${n} task${n === 1 ? "" : "s"}`, framework: event.data.frameworkId};
    }
    case "launch":
      return {kind: "message", from: "master", to: "agent", label: `LAUNCH ${event.data.taskId} ${formatShape(event.data.resources)}`, framework: event.data.frameworkId};
    case "task-state":
      return {
        kind: "message",
        from: event.data.state === "TASK_LOST" ? "master" : "executor",
        to: fw(event.data.frameworkId),
        label: `UPDATE ${event.data.taskId}: ${event.data.state}`,
        framework: event.data.frameworkId
      };
    case "ack":
      return {kind: "message", from: fw(event.data.frameworkId), to: "agent", label: `ACKNOWLEDGE ${event.data.state}`, framework: event.data.frameworkId};
    case "decline":
      return {kind: "message", from: fw(event.data.frameworkId), to: "master", label: `DECLINE ${formatShape(event.data.resources)}`, framework: event.data.frameworkId};
    case "filter-expired":
      return {kind: "note", lane: "allocator", label: `filter for ${event.data.frameworkId} expires`, framework: event.data.frameworkId};
    case "suppress":
      return {kind: "message", from: fw(event.data.frameworkId), to: "master", label: "SUPPRESS", framework: event.data.frameworkId};
    case "revive":
      return {kind: "message", from: fw(event.data.frameworkId), to: "master", label: "REVIVE", framework: event.data.frameworkId};
    case "rescind":
      return {kind: "message", from: "master", to: fw(event.data.frameworkId), label: "RESCIND", framework: event.data.frameworkId};
    case "offer-timeout":
      return {kind: "note", lane: "master", label: `offer timed out after ${formatTime(event.data.timeoutMs)}`, framework: event.data.frameworkId};
    case "agent-removed":
      return {kind: "note", lane: "master", label: `${event.data.agentId} removed`};
    case "setting-changed":
      return {kind: "note", lane: "master", label: `${event.data.set} set to ${event.data.value ?? "none"}`};
  }
}

export interface SequenceOptions {
  width: number;
  /** Rows shown at most (the newest). */
  rows?: number;
  /** Index of each framework in the scenario, for its colour. */
  frameworkIndex: (id: string) => number;
}

const ROW = 30;
const HEAD = 46;
const LEFT = 46;
const CHAR = 6.1; // rough width of one character at 11px
const BOX = 86; // lane heading width

/** The drawing of `events[0..current]` (the newest `rows` of them); `current` -1 draws the lanes only. */
export function sequenceSvg(lanes: readonly Lane[], events: readonly MesosTraceEvent[], current: number, {width, rows = 10, frameworkIndex}: SequenceOptions): SVGSVGElement {
  const height = HEAD + rows * ROW + 8;
  const laneX = new Map(lanes.map((l, i) => [l.id, LEFT + BOX / 2 + ((width - LEFT - BOX) * i) / Math.max(1, lanes.length - 1)]));
  const svg = s("svg", {
    class: "offer-seq",
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "img",
    "aria-label": current < 0 ? "Message sequence: nothing has happened yet." : `Message sequence: the last ${Math.min(rows, current + 1)} of ${current + 1} messages; the newest is at the bottom.`
  });
  for (const lane of lanes) {
    const x = laneX.get(lane.id)!;
    const colour = lane.id.startsWith("fw:") ? frameworkColour(frameworkIndex(lane.id.slice(3))) : lane.id === "agent" || lane.id === "executor" ? "var(--c-private-agent)" : "var(--c-master)";
    svg.append(
      s("line", {x1: x, x2: x, y1: HEAD - 6, y2: height - 4, stroke: "var(--c-line)", "stroke-width": 1.5}),
      s("rect", {x: x - BOX / 2 + 1, y: 2, width: BOX - 2, height: 36, rx: 5, fill: "var(--c-panel)", stroke: colour, "stroke-width": 2}),
      s("text", {x, y: 17, "text-anchor": "middle", class: "offer-seq-lane"}, lane.title),
      s("text", {x, y: 31, "text-anchor": "middle", class: "offer-seq-sub"}, lane.subtitle)
    );
  }
  const first = Math.max(0, current - rows + 1);
  if (first > 0) svg.append(s("text", {x: 4, y: HEAD + 2, class: "offer-seq-sub"}, `${first} earlier`));
  for (let i = first; i <= current; i++) {
    const event = events[i]!;
    const item = sequenceItem(event);
    const y = HEAD + (i - first) * ROW + 22;
    const isCurrent = i === current;
    const colour = item.framework !== undefined ? frameworkColour(frameworkIndex(item.framework)) : "var(--theme-foreground)";
    const g = s("g", {class: isCurrent ? "offer-seq-row is-current" : "offer-seq-row", "data-kind": event.kind, opacity: isCurrent ? 1 : 0.62});
    if (isCurrent) g.append(s("rect", {x: 0, y: y - 20, width, height: ROW - 2, fill: "var(--offer-current, rgba(240, 228, 66, 0.3))", rx: 4}));
    g.append(s("text", {x: 4, y: y + 4, class: "offer-seq-time"}, formatTime(event.time)));
    const fit = (cx: number, text: string) => Math.max(LEFT + (text.length * CHAR) / 2, Math.min(width - (text.length * CHAR) / 2 - 2, cx));
    if (item.kind === "note") {
      const x = laneX.get(item.lane)!;
      const w = item.label.length * CHAR + 14;
      const cx = fit(x, item.label);
      g.append(
        s("rect", {x: cx - w / 2, y: y - 13, width: w, height: 20, rx: 10, fill: "var(--theme-background)", stroke: colour, "stroke-dasharray": "3 2"}),
        s("text", {x: cx, y: y + 1, "text-anchor": "middle", class: "offer-seq-label"}, item.label)
      );
    } else {
      const x1 = laneX.get(item.from)!;
      const x2 = laneX.get(item.to)!;
      const dir = Math.sign(x2 - x1) || 1;
      g.append(
        s("line", {x1, x2: x2 - dir * 7, y1: y + 4, y2: y + 4, stroke: colour, "stroke-width": isCurrent ? 3 : 2}),
        s("path", {d: `M${x2},${y + 4} l${-dir * 9},-5 v10 z`, fill: colour}),
        s("circle", {cx: x1, cy: y + 4, r: 3, fill: colour}),
        s("text", {x: fit((x1 + x2) / 2, item.label), y: y - 3, "text-anchor": "middle", class: "offer-seq-label"}, item.label)
      );
    }
    svg.append(g);
  }
  return svg;
}
