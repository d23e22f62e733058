// Telemetry as a data flow, one step at a time: the Signal timer, the report from the leading
// master, the events leaving for Segment, and the GUI's own reports. A dot travels along each
// step's arrow; with reduced motion it is simply drawn at the end.
import type {TelemetryData, TelemetryStep} from "../lib/design/types.js";
import {createStepper} from "./archStepper.js";
import {h, prefersReducedMotion, s} from "./dom.js";
import {figureFrame} from "./figure.js";

interface Place {
  x: number;
  y: number;
  kind: "master" | "external" | "agent";
  sub: string;
}

const W = 640;
const H = 250;
const PLACES: Record<string, Place> = {
  "dcos-signal.timer": {x: 90, y: 50, kind: "master", sub: "systemd timer, hourly"},
  "dcos-signal.service": {x: 90, y: 170, kind: "master", sub: "on each master"},
  "Leading master": {x: 320, y: 170, kind: "master", sub: "/system/health/v1/report"},
  "DC/OS GUI": {x: 320, y: 50, kind: "agent", sub: "in the user's browser"},
  Segment: {x: 550, y: 90, kind: "external", sub: "segment.com"}
};

export function telFlow(data: TelemetryData): HTMLElement {
  const steps = data.path.filter((st) => PLACES[st.from] && PLACES[st.to]);
  const frame = figureFrame({
    title: "How telemetry left the cluster",
    description: `Step through the ${steps.length} moves of DC/OS telemetry from the masters and the GUI to Segment. Arrow keys step, Home resets, P plays.`,
    className: "tel-flow"
  });
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, class: "tel-svg", role: "img", "aria-label": "dcos-signal timer and service on the masters, the leading master, the DC/OS GUI and Segment outside the cluster"});
  const caption = h("p", {class: "tel-caption", "aria-hidden": "true"});
  const stepper = createStepper({count: steps.length, noun: "step", label: "Telemetry", onChange: ({position, animate}) => draw(position, animate)});
  frame.controls.append(stepper.controls);
  const stage = h("div", {class: "tel-stage", tabindex: 0, "aria-label": "Telemetry flow: arrow keys step, Home resets, P plays"}, svg);
  stage.addEventListener("keydown", (e) => stepper.handleKey(e));
  frame.body.append(stage, caption);

  const boundary = s("g", {class: "tel-boundary"},
    s("rect", {x: 8, y: 8, width: 430, height: H - 16, rx: 10}),
    s("text", {x: 20, y: H - 18}, "Inside the cluster (and the browser)"));

  function draw(position: number, animate: boolean): void {
    const step: TelemetryStep | undefined = position > 0 ? steps[position - 1] : undefined;
    const done = new Set(steps.slice(0, position).map((st) => st.id));
    const arrows = steps.map((st) => {
      const a = PLACES[st.from]!;
      const b = PLACES[st.to]!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy);
      const c = Math.min(72 / Math.abs(dx / len || 1e-9), 24 / Math.abs(dy / len || 1e-9));
      // Opposite arrows between the same two places are offset so both show.
      const off = st.id === "gather" ? 8 : st.id === "report" ? -8 : 0;
      return s("line", {
        class: `tel-edge${done.has(st.id) ? " is-done" : ""}${step?.id === st.id ? " is-active" : ""}`,
        "data-step": st.id,
        x1: a.x + (dx / len) * c, y1: a.y + (dy / len) * c + off, x2: b.x - (dx / len) * c, y2: b.y - (dy / len) * c + off,
        "marker-end": "url(#tel-arrow)"
      });
    });
    const nodes = Object.entries(PLACES).map(([name, p]) =>
      s("g", {class: `tel-node tel-k-${p.kind}${step && (step.from === name || step.to === name) ? " is-active" : ""}`, "data-node": name, transform: `translate(${p.x},${p.y})`},
        s("rect", {x: -72, y: -24, width: 144, height: 48, rx: 6}),
        s("text", {y: -4, "text-anchor": "middle", class: "tel-node-label"}, name),
        s("text", {y: 13, "text-anchor": "middle", class: "tel-node-sub"}, p.sub))
    );
    const parts: SVGElement[] = [
      s("defs", {}, s("marker", {id: "tel-arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto"}, s("path", {d: "M0,0L10,5L0,10z", class: "tel-arrowhead"}))),
      boundary,
      ...arrows,
      ...nodes
    ];
    if (step) {
      const line = arrows[steps.indexOf(step)]!;
      const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map((k) => Number(line.getAttribute(k)));
      const dot = s("circle", {class: "tel-packet", r: 7, cx: x2, cy: y2});
      parts.push(dot);
      const motion = animate && !prefersReducedMotion() && typeof dot.animate === "function";
      if (motion) dot.animate([{transform: `translate(${x1! - x2!}px, ${y1! - y2!}px)`}, {transform: "translate(0, 0)"}], {duration: 900, easing: "ease-in-out"});
    }
    svg.replaceChildren(...parts);
    caption.textContent = step ? `Step ${position} of ${steps.length}: ${step.label}.` : `Ready: ${steps.length} steps.`;
    if (step) frame.narrate(`${step.label}: ${step.detail}`);
  }

  draw(0, false);
  return frame.root;
}
