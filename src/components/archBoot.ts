// The boot sequence of a master and of an agent, one step at a time: every unit starts at once,
// but the components become ready in the documented order, each waiting for something. The step
// list doubles as the drawing of the node: steps ahead are dimmed, ready ones ticked, the current
// one highlighted with what it waits for and what it does. Back/Step/Play/Reset and the keys of
// the step player (archStepper.ts); with reduced motion the highlight changes without a fade.
import type {BootSequence} from "../lib/architecture/model.js";
import {KB_NODE_TYPE_LABELS} from "../lib/kb/views.js";
import {componentChip, infoPanel, type ArchContext} from "./archInfo.js";
import {createStepper, type StepChange, type Stepper} from "./archStepper.js";
import {h, prefersReducedMotion} from "./dom.js";
import {figureFrame} from "./figure.js";

export interface BootOptions {
  /** The id of the sequence shown first (default: the first). */
  sequence?: string;
  interval?: number;
  /** Resolves when the figure is thrown away (Framework's `invalidation`): stops the player. */
  invalidation?: Promise<unknown>;
}

export type BootElement = HTMLElement & {stepper: Stepper; show: (sequence: string) => void};

const nodeName = (b: BootSequence) => KB_NODE_TYPE_LABELS[b.node].toLowerCase();

/** What the log says when a step becomes ready. */
export function bootStepSentence(b: BootSequence, index: number): string {
  const step = b.steps[index]!;
  const n = b.steps.length;
  const last = index === n - 1 ? ` All ${n} steps are ready, so Diagnostics now reports the ${nodeName(b)} healthy.` : "";
  return `Step ${index + 1} of ${n}: ${step.title}. Waits for ${step.waitsFor}. ${step.does}${last}`;
}

export function archBoot(sequences: readonly BootSequence[], ctx: ArchContext, {sequence, interval = 2200, invalidation}: BootOptions = {}): BootElement {
  const frame = figureFrame({
    title: "Boot sequence, step by step",
    description:
      "The order in which the components of a node become ready after it boots, for a master and for an agent. Use Step and Back, or the arrow keys while the figure has focus; Play runs through the steps. Each step says what the component waits for and what it then does.",
    keep: 4,
    className: "arch-boot-figure"
  });
  let current = sequences.find((b) => b.id === sequence) ?? sequences[0]!;
  const panel = infoPanel(ctx);

  const nodeButtons = sequences.map((b) =>
    h("button", {type: "button", class: "wb-button arch-boot-node", "data-sequence": b.id, "aria-pressed": String(b === current), onclick: () => show(b.id)}, `${KB_NODE_TYPE_LABELS[b.node]} node`)
  );
  const stepper = createStepper({
    count: current.steps.length,
    noun: "step",
    interval,
    label: "Boot sequence",
    onChange: (c) => {
      render(c.position, c.animate);
      narrate(c);
      // The panel describes the component that just became ready.
      const step = current.steps[c.position - 1];
      if (step) panel.show(step.components[0]);
    }
  });
  frame.controls.append(h("div", {class: "arch-boot-nodes", role: "group", "aria-label": "Which node boots"}, nodeButtons), stepper.controls);

  const health = h("span", {class: "arch-health"});
  const list = h("ol", {class: "arch-boot-steps"});
  const stage = h(
    "div",
    {class: "arch-boot-node-box", tabindex: 0, role: "group", "aria-roledescription": "step player", "aria-label": ""},
    h("div", {class: "arch-boot-head"}, h("strong", {class: "arch-boot-title"}), health),
    list
  );
  frame.body.append(h("div", {class: "arch-boot-layout"}, stage, panel.element));
  if (prefersReducedMotion()) frame.root.classList.add("arch-no-motion");

  function draw(): void {
    stage.dataset.nodeType = current.node;
    stage.setAttribute("aria-label", `Boot of a ${nodeName(current)}: ${current.steps.length} steps. Arrow keys step, Home resets, P plays or pauses.`);
    stage.querySelector(".arch-boot-title")!.textContent = `A ${nodeName(current)} boots`;
    list.replaceChildren(
      ...current.steps.map((step, i) =>
        h(
          "li",
          {class: "arch-boot-step", "data-step": step.id},
          h("span", {class: "arch-boot-num", "aria-hidden": "true"}, String(i + 1)),
          h(
            "div",
            {class: "arch-boot-text"},
            h("div", {class: "arch-boot-step-title"}, h("span", {class: "arch-boot-state"}), step.title),
            h("div", {class: "arch-chips"}, step.components.map((id) => componentChip(ctx, id, {panel}))),
            h("div", {class: "arch-boot-wait"}, h("strong", {}, "Waits for: "), step.waitsFor),
            h("div", {class: "arch-boot-does"}, step.does)
          )
        )
      )
    );
  }

  function render(p: number, animate: boolean): void {
    [...list.children].forEach((li, i) => {
      const state = i < p - 1 ? "ready" : i === p - 1 ? "current" : "waiting";
      li.className = `arch-boot-step is-${state}${state === "current" && animate ? " is-arriving" : ""}`;
      if (state === "current") li.setAttribute("aria-current", "step");
      else li.removeAttribute("aria-current");
      li.querySelector(".arch-boot-state")!.textContent = state === "waiting" ? "starting: " : "ready: ";
    });
    const n = current.steps.length;
    health.textContent = p === n ? "Diagnostics: healthy" : `Diagnostics: unhealthy, ${p} of ${n} ready`;
    health.classList.toggle("is-healthy", p === n);
  }

  function narrate(change: StepChange): void {
    const p = change.position;
    const n = current.steps.length;
    if (change.cause === "reset") frame.narrate(`Reset: the ${nodeName(current)} has just booted. Every unit has started; none is ready yet.`);
    else if (p === 0) frame.narrate(`Back to the start: nothing is ready on the ${nodeName(current)} yet.`);
    else if (change.cause === "back") frame.narrate(`Back to step ${p} of ${n}: ${current.steps[p - 1]!.title}.`);
    else frame.narrate(bootStepSentence(current, p - 1));
  }

  function show(id: string): void {
    const next = sequences.find((b) => b.id === id);
    if (!next) return;
    current = next;
    for (const b of nodeButtons) b.setAttribute("aria-pressed", String(b.dataset.sequence === id));
    stepper.setCount(current.steps.length);
    draw();
    render(0, false);
    frame.narrate(`The boot of a ${nodeName(current)}: ${current.steps.length} steps. Press Step, or the right arrow key.`);
  }

  frame.root.addEventListener("keydown", (event) => {
    if ((event.target as HTMLElement).closest(".arch-info")) return;
    stepper.handleKey(event);
  });
  invalidation?.then(() => stepper.destroy());

  draw();
  render(0, false);
  return Object.assign(frame.root, {stepper, show}) as BootElement;
}
