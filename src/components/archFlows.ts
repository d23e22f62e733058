// Request flows through a cluster, hop by hop: a select of the flows, a drawing of the actors in
// their place (outside the cluster, on the leading master, on a private agent; placeOf) with the
// message travelling along the current hop, and the sequence of hops beside it. Each hop's
// sentence goes to the narrated log; the documented step number is shown where the data has one.
// Back/Step/Play/Pause/Reset and the arrow keys (archStepper.ts); reduced motion: no travelling.
import {EXTRA_ACTORS, placeOf, type Place} from "../lib/architecture/actors.js";
import {flowActors, type Flow} from "../lib/architecture/model.js";
import type {ClusterNode} from "../lib/architecture/placement.js";
import {infoPanel, shortLabel, type ArchContext} from "./archInfo.js";
import {createStepper, type StepChange, type Stepper} from "./archStepper.js";
import {h, prefersReducedMotion, s, uniqueId} from "./dom.js";
import {figureFrame} from "./figure.js";

export interface FlowsOptions {
  flow?: string;
  /** The cluster's nodes, to label the master and agent drawn (the leader, the first private agent). */
  nodes?: readonly ClusterNode[];
  interval?: number;
  /** Milliseconds a message takes to travel along its hop. */
  travel?: number;
  invalidation?: Promise<unknown>;
}

export type FlowsElement = HTMLElement & {stepper: Stepper; showFlow: (id: string) => void};

type Point = {x: number; y: number};
interface Box extends Point {
  id: string;
  w: number;
  h: number;
}
/** A hop as a cubic Bézier curve. */
type Curve = [Point, Point, Point, Point];

const W = 540;
const REGION_Y = 4;
const HEAD = 46;
const BOX_H = 34;
const BOX_GAP = 16;
const REGIONS: readonly {place: Place; x: number; w: number}[] = [
  {place: "outside", x: 0, w: 100},
  {place: "master", x: 116, w: 204},
  {place: "private-agent", x: 336, w: 204}
];
const PLACE_COLOR: Record<Place, string> = {
  outside: "var(--c-external)",
  master: "var(--c-master)",
  "private-agent": "var(--c-private-agent)",
  "public-agent": "var(--c-public-agent)"
};

/** The largest documented step number of a flow (0 when it has none). */
export function docStepCount(flow: Flow): number {
  return Math.max(0, ...flow.steps.map((s) => s.docStep ?? 0));
}

/** "Hop 9 of 14 (documented step 7 of 12)". */
export function hopLabel(flow: Flow, index: number): string {
  const step = flow.steps[index]!;
  const doc = step.docStep !== undefined ? ` (documented step ${step.docStep} of ${docStepCount(flow)})` : "";
  return `Hop ${index + 1} of ${flow.steps.length}${doc}`;
}

/** The sentence the log says for a hop: where it goes, the message, and the data's explanation. */
export function hopSentence(flow: Flow, index: number, ctx: ArchContext): string {
  const step = flow.steps[index]!;
  const route = step.from === step.to ? `${shortLabel(ctx, step.from)}, on its own` : `${shortLabel(ctx, step.from)} → ${shortLabel(ctx, step.to)}`;
  return `${hopLabel(flow, index)}: ${route}, “${step.message}”. ${step.explain}`;
}

/** Where each actor of a flow is drawn: stacked in its place's region, in order of appearance. */
export function layoutActors(flow: Flow): {boxes: Map<string, Box>; height: number} {
  const boxes = new Map<string, Box>();
  const rows: Record<string, number> = {};
  for (const id of flowActors(flow)) {
    const place = placeOf(id);
    const region = REGIONS.find((r) => r.place === place) ?? REGIONS[1]!;
    const row = (rows[region.place] = (rows[region.place] ?? -1) + 1);
    const w = region.place === "outside" ? region.w - 16 : region.w - 64;
    boxes.set(id, {id, x: region.x + 8, y: REGION_Y + HEAD + row * (BOX_H + BOX_GAP), w, h: BOX_H});
  }
  const deepest = Math.max(1, ...Object.values(rows).map((r) => r + 1));
  return {boxes, height: REGION_Y + HEAD + deepest * (BOX_H + BOX_GAP) + 10};
}

/** The curve of a hop between two boxes (a loop when an actor talks to itself). */
export function hopCurve(a: Box, b: Box): Curve {
  const cy = (box: Box) => box.y + box.h / 2;
  if (a.id === b.id) {
    const x = a.x + a.w;
    return [{x, y: a.y + 8}, {x: x + 40, y: a.y - 10}, {x: x + 40, y: a.y + a.h + 10}, {x, y: a.y + a.h - 8}];
  }
  // Requests and answers between the same two actors run side by side, not on top of each other.
  const lane = a.id < b.id ? -5 : 5;
  if (Math.abs(a.x - b.x) < 1) {
    const x = a.x + a.w;
    const bulge = 26 + (6 * Math.abs(a.y - b.y)) / (BOX_H + BOX_GAP);
    const p0 = {x, y: cy(a) + lane};
    const p3 = {x, y: cy(b) + lane};
    return [p0, {x: x + bulge, y: p0.y}, {x: x + bulge, y: p3.y}, p3];
  }
  const right = b.x > a.x;
  const p0 = {x: right ? a.x + a.w : a.x, y: cy(a) + lane};
  const p3 = {x: right ? b.x : b.x + b.w, y: cy(b) + lane};
  const third = (t: number) => ({x: p0.x + (p3.x - p0.x) * t, y: p0.y + (p3.y - p0.y) * t});
  return [p0, third(1 / 3), third(2 / 3), p3];
}

export function pointAt([p0, p1, p2, p3]: Curve, t: number): Point {
  const u = 1 - t;
  const a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
  return {x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y};
}

const pathOf = ([p0, p1, p2, p3]: Curve) => `M${p0.x},${p0.y} C${p1.x},${p1.y} ${p2.x},${p2.y} ${p3.x},${p3.y}`;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function archFlows(flows: readonly Flow[], ctx: ArchContext, {flow: initial, nodes = [], interval = 2400, travel = 800, invalidation}: FlowsOptions = {}): FlowsElement {
  const frame = figureFrame({
    title: "Request flows, hop by hop",
    description:
      "Choose a flow. The drawing places each actor outside the cluster, on the leading master or on a private agent, and a message travels along the current hop; the numbered list beside it shows every hop. Use Step and Back, or the arrow keys while the figure has focus; Play runs the flow, and each hop is explained in the log.",
    keep: 4,
    className: "arch-flows-figure"
  });
  let flow = flows.find((f) => f.id === initial) ?? flows[0]!;
  const panel = infoPanel(ctx, {hint: "Point at or focus an actor to read about it here. Stepping shows the actor each message goes to."});
  const marker = uniqueId("arch-arrow");
  const leader = nodes.find((n) => n.leader);
  const agent = nodes.find((n) => n.nodeType === "private-agent");
  // Each region's title, in one or two lines.
  const regionTitle: Record<Place, [string, string?]> = {
    outside: ["Outside", "the cluster"],
    master: ["Leading master", leader?.host],
    "private-agent": ["Private agent", agent ? `e.g. ${agent.host}` : undefined],
    "public-agent": ["Public agent"]
  };
  const regionName = (place: Place) => regionTitle[place].filter(Boolean).join(" ");

  const select = h(
    "select",
    {class: "arch-select arch-flow-select", id: `${marker}-flow`, onchange: () => showFlow(select.value)},
    flows.map((f) => h("option", {value: f.id, selected: f === flow}, f.title))
  );
  const stepper = createStepper({
    count: flow.steps.length,
    noun: "hop",
    interval,
    label: "Flow",
    onChange: (change) => {
      render(change);
      narrate(change);
    }
  });
  frame.controls.append(h("label", {for: select.id}, "Flow"), select, stepper.controls);

  const summary = h("p", {class: "arch-flow-summary"});
  const legend = h(
    "p",
    {class: "arch-flow-legend", "aria-hidden": "true"},
    h("span", {class: "arch-flow-legend-box"}),
    " a DC/OS component   ",
    h("span", {class: "arch-flow-legend-box is-extra"}),
    " not a component: you, the catalog, or what runs your work"
  );
  const svg = s("svg", {class: "arch-flow-svg", viewBox: `0 0 ${W} 300`, role: "group", "aria-label": ""});
  const caption = h("p", {class: "arch-flow-caption", "aria-hidden": "true"});
  const stage = h("div", {class: "arch-flow-stage", tabindex: 0, role: "group", "aria-roledescription": "step player", "aria-label": ""}, svg, caption);
  const list = h("ol", {class: "arch-flow-hops", "aria-label": "Hops of the flow"});
  const listNote = h("p", {class: "arch-flow-hops-note"});
  frame.body.append(summary, h("div", {class: "arch-flow-layout"}, h("div", {class: "arch-flow-main"}, stage, legend, panel.element), h("div", {class: "arch-flow-side"}, listNote, list)));
  if (prefersReducedMotion()) frame.root.classList.add("arch-no-motion");

  let curves: Curve[] = [];
  let boxes = new Map<string, Box>();
  let hopPaths: SVGPathElement[] = [];
  let actorGroups = new Map<string, SVGGElement>();
  const dot = s("circle", {class: "arch-flow-dot", r: 7, cx: -20, cy: -20});
  const label = s("g", {class: "arch-flow-label", visibility: "hidden"});
  let frameRequest = 0;

  function draw(): void {
    const layout = layoutActors(flow);
    boxes = layout.boxes;
    curves = flow.steps.map((step) => hopCurve(boxes.get(step.from)!, boxes.get(step.to)!));
    const height = layout.height;
    svg.setAttribute("viewBox", `0 0 ${W} ${height}`);
    svg.setAttribute("aria-label", `The actors of “${flow.title}”: ${flowActors(flow).map((a) => `${shortLabel(ctx, a)} (${regionName(placeOf(a)).toLowerCase()})`).join(", ")}.`);
    stage.setAttribute("aria-label", `${flow.title}: ${flow.steps.length} hops. Arrow keys step, Home resets, P plays or pauses.`);
    // `code` in the data's summary is shown as code.
    summary.replaceChildren(...flow.summary.split("`").map((part, i) => (i % 2 ? h("code", {}, part) : part)));
    const used = new Set(flowActors(flow).map(placeOf));
    actorGroups = new Map();
    const regions = REGIONS.map((r) =>
      s(
        "g",
        {class: `arch-flow-region${used.has(r.place) ? "" : " is-unused"}`, "data-place": r.place},
        s("rect", {x: r.x + 1, y: REGION_Y, width: r.w - 2, height: height - REGION_Y - 2, rx: 10, fill: "var(--c-panel)", stroke: PLACE_COLOR[r.place], "stroke-width": used.has(r.place) ? 2 : 1, "stroke-dasharray": r.place === "outside" ? "6 4" : null}),
        s("text", {x: r.x + 8, y: REGION_Y + 18, class: "arch-flow-region-title"}, regionTitle[r.place][0]),
        regionTitle[r.place][1] ? s("text", {x: r.x + 8, y: REGION_Y + 35, class: "arch-flow-region-title"}, regionTitle[r.place][1]!) : null
      )
    );
    hopPaths = curves.map((c, i) => s("path", {d: pathOf(c), class: "arch-flow-hop", "data-hop": i + 1, fill: "none"}));
    const actors = [...boxes.values()].map((b) => {
      const extra = EXTRA_ACTORS.some((a) => a.id === b.id);
      const g = s(
        "g",
        {class: "arch-flow-actor", "data-actor": b.id, tabindex: 0, role: "button", "aria-label": `${shortLabel(ctx, b.id)}: show details`},
        s("rect", {x: b.x, y: b.y, width: b.w, height: b.h, rx: 6, class: "arch-flow-actor-box", "stroke-dasharray": extra ? "5 3" : null, style: `--arch-place:${PLACE_COLOR[placeOf(b.id)]}`}),
        s("text", {x: b.x + b.w / 2, y: b.y + b.h / 2 + 5, "text-anchor": "middle"}, clip(shortLabel(ctx, b.id), b.w >= 120 ? 18 : 10))
      );
      panel.bind(g, b.id);
      g.addEventListener("click", () => panel.show(b.id));
      g.addEventListener("keydown", (e) => {
        if (e.key === "Enter") panel.show(b.id);
      });
      actorGroups.set(b.id, g);
      return g;
    });
    svg.replaceChildren(
      s("defs", {}, s("marker", {id: marker, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse"}, s("path", {d: "M0,0 L10,5 L0,10 z", class: "arch-flow-arrowhead"}))),
      ...regions,
      ...hopPaths,
      ...actors,
      dot,
      label
    );
    listNote.textContent = docStepCount(flow) ? `Hops in order; the circled number is the step of the documented ${docStepCount(flow)}-step sequence.` : "Hops in order.";
    list.replaceChildren(
      ...flow.steps.map((step, i) =>
        h(
          "li",
          {class: "arch-flow-item", "data-hop": i + 1, onclick: () => stepper.goTo(i + 1)},
          step.docStep !== undefined ? h("span", {class: "arch-docstep", title: `Documented step ${step.docStep}`}, h("span", {class: "sr-only"}, "documented step "), String(step.docStep)) : null,
          h("span", {class: "arch-flow-route"}, step.from === step.to ? shortLabel(ctx, step.from) : `${shortLabel(ctx, step.from)} → ${shortLabel(ctx, step.to)}`),
          " ",
          h("code", {class: "arch-flow-message"}, step.message)
        )
      )
    );
  }

  function placeMessage(i: number, t: number): void {
    const p = pointAt(curves[i]!, t);
    dot.setAttribute("cx", String(p.x));
    dot.setAttribute("cy", String(p.y));
  }

  function render(change: Pick<StepChange, "position" | "animate">): void {
    cancelAnimationFrameSafe(frameRequest);
    const p = change.position;
    const current = p - 1;
    hopPaths.forEach((path, i) => {
      const state = i < current ? "done" : i === current ? "current" : "ahead";
      path.setAttribute("class", `arch-flow-hop is-${state}`);
      if (state === "current") path.setAttribute("marker-end", `url(#${marker})`);
      else path.removeAttribute("marker-end");
    });
    // The current hop is drawn last, over the others.
    if (current >= 0) svg.insertBefore(hopPaths[current]!, svg.querySelector(".arch-flow-actor"));
    [...list.children].forEach((li, i) => {
      li.className = `arch-flow-item is-${i < current ? "done" : i === current ? "current" : "ahead"}`;
      if (i === current) li.setAttribute("aria-current", "step");
      else li.removeAttribute("aria-current");
    });
    const step = flow.steps[current];
    for (const [id, g] of actorGroups) g.classList.toggle("is-active", !!step && (id === step.from || id === step.to));
    if (!step) {
      dot.setAttribute("visibility", "hidden");
      label.setAttribute("visibility", "hidden");
      caption.textContent = `${flow.steps.length} hops. Press Step or the right arrow key to send the first message.`;
      return;
    }
    caption.textContent = `${hopLabel(flow, current)}: ${step.from === step.to ? shortLabel(ctx, step.from) : `${shortLabel(ctx, step.from)} → ${shortLabel(ctx, step.to)}`}: ${step.message}`;
    panel.show(step.to);
    dot.setAttribute("visibility", "visible");
    // The message's label: beside a hop that runs down a column, above one that crosses columns.
    const curve = curves[current]!;
    const mid = pointAt(curve, 0.5);
    const text = clip(step.message, 30);
    const width = text.length * 6.6 + 14;
    const vertical = Math.abs(curve[0].x - curve[3].x) < 1;
    const lx = Math.max(2, Math.min(W - width - 2, vertical ? mid.x + 4 : mid.x - width / 2));
    const ly = vertical ? mid.y - 9 : mid.y - 26;
    label.replaceChildren(s("rect", {x: lx, y: ly, width, height: 18, rx: 4, class: "arch-flow-label-box"}), s("text", {x: lx + 7, y: ly + 13}, text));
    label.setAttribute("visibility", "visible");
    if (!change.animate || typeof requestAnimationFrame !== "function") return placeMessage(current, 1);
    const start = performance.now();
    placeMessage(current, 0);
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / travel);
      placeMessage(current, t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
      if (t < 1) frameRequest = requestAnimationFrame(tick);
    };
    frameRequest = requestAnimationFrame(tick);
  }

  function narrate(change: StepChange): void {
    const p = change.position;
    if (change.cause === "reset" || p === 0) frame.narrate(`${change.cause === "reset" ? "Reset" : "Back to the start"}: “${flow.title}” has not begun.`);
    else if (change.cause === "back") frame.narrate(`Back to ${hopSentence(flow, p - 1, ctx).replace(/^Hop/, "hop")}`);
    else frame.narrate(hopSentence(flow, p - 1, ctx));
  }

  function showFlow(id: string): void {
    const next = flows.find((f) => f.id === id);
    if (!next) return;
    flow = next;
    select.value = id;
    stepper.setCount(flow.steps.length);
    draw();
    render({position: 0, animate: false});
    frame.narrate(`${flow.title}: ${flow.steps.length} hops. ${flow.summary}`);
  }

  frame.root.addEventListener("keydown", (event) => {
    if ((event.target as HTMLElement).closest(".arch-info")) return;
    stepper.handleKey(event);
  });
  invalidation?.then(() => {
    stepper.destroy();
    cancelAnimationFrameSafe(frameRequest);
  });

  draw();
  render({position: 0, animate: false});
  return Object.assign(frame.root, {stepper, showFlow}) as FlowsElement;
}

function cancelAnimationFrameSafe(id: number): void {
  if (id && typeof cancelAnimationFrame === "function") cancelAnimationFrame(id);
}

/**
 * Runs a check's scenario on the flows: `flow:<id>:<hop>` (1-based) gives that hop's sentence, and
 * shows it in the figure when one is given. Unknown scenarios say so.
 */
export function runFlowScenario(flows: readonly Flow[], ctx: ArchContext, scenario: string, figure?: FlowsElement): string {
  const [kind, id, hop] = scenario.split(":");
  const flow = flows.find((f) => f.id === id);
  const index = Number(hop) - 1;
  if (kind !== "flow" || !flow || !Number.isInteger(index) || !flow.steps[index]) return `Unknown scenario “${scenario}”.`;
  if (figure) {
    figure.showFlow(flow.id);
    figure.stepper.goTo(index + 1);
  }
  return hopSentence(flow, index, ctx);
}
