// "Fork here" for the free-play simulator: at the current moment the reader changes one thing (an
// agent fails, a framework's refuse_seconds, a role's weight, the offer timeout) and the two futures
// run side by side on the simulator's own clock: two compact views and a sentence on the difference.
// The fork is the same scenario with the change scheduled at the fork time, so the two runs are the
// same event for event until then (see lib/mesos/fork.ts).
import {compareMesosMoments, describeMesosChange, forkMesosScenario, mesosMomentSummary} from "../lib/mesos/fork.js";
import {runMesosScenario, MesosScenarioProblems} from "../lib/mesos/resolve.js";
import type {MesosScenario} from "../lib/mesos/scenario-schema.js";
import type {MesosTrace} from "../lib/mesos/simulate.js";
import type {MesosForkChange} from "../lib/mesos/url.js";
import {h, uniqueId} from "./dom.js";
import {forkPanel} from "./forkPanel.js";
import {formatTime} from "./offerShared.js";

export interface OfferFork {
  element: HTMLElement;
  /** Opens the chooser at `time` of `trace`. */
  open(trace: MesosTrace, scenario: MesosScenario, time: number): void;
  /** Runs the fork directly (from a link); false when the change cannot run. */
  run(trace: MesosTrace, scenario: MesosScenario, at: number, change: MesosForkChange): string | null;
  /** Shows both futures at `time`. */
  show(time: number): void;
  close(): void;
  current(): {at: number; change: MesosForkChange} | undefined;
}

/** The changes offered at a moment: each active agent failing, each framework's refuse_seconds, each role's weight, the offer timeout. */
function choices(trace: MesosTrace, time: number) {
  const state = trace.stateAt(time);
  const out: {value: string; text: string; unit?: string; initial?: number}[] = [];
  for (const a of trace.scenario.agents) if (state.agents[a.id]?.active) out.push({value: `kill-agent~${a.id}`, text: `${a.id} fails`});
  for (const f of trace.scenario.frameworks) out.push({value: `refuseSeconds~${f.name}`, text: `${f.name}'s refuse_seconds becomes…`, unit: "s", initial: f.refuseSeconds === 0 ? 5 : 0});
  for (const role of new Set(trace.scenario.frameworks.map((f) => f.role))) {
    const w = trace.scenario.frameworks.find((f) => f.role === role)!.weight;
    out.push({value: `weight~${role}`, text: `role ${role}'s weight becomes…`, unit: "×", initial: w * 2});
  }
  out.push({value: "offerTimeoutMs~", text: "--offer_timeout becomes… (0: none)", unit: "s", initial: trace.scenario.parameters.offerTimeoutMs === null ? 5 : 0});
  return out;
}

function toChange(value: string, amount: number): MesosForkChange {
  const [what, target] = value.split("~") as [string, string];
  if (what === "kill-agent") return {kind: "fault", action: "kill-agent", target};
  if (what === "offerTimeoutMs") return {kind: "setting", set: "offerTimeoutMs", value: amount > 0 ? Math.round(amount * 1000) : null};
  return {kind: "setting", set: what as "weight" | "refuseSeconds", target, value: amount};
}

function view(title: string) {
  const facts = h("ul", {class: "wb-fork-facts"});
  const events = h("ol", {class: "wb-fork-events", "aria-label": `${title}: latest events`});
  return {facts, events};
}

export function offerFork(narrate: (text: string) => void, onChange: () => void): OfferFork {
  const id = uniqueId("fork");
  const amount = h("input", {type: "number", id: `${id}-value`, min: 0, step: "any", value: "5", "data-control": "fork-value"});
  const unit = h("span", {class: "offer-note"});
  const left = view("Original");
  const right = view("Fork");
  const panel = forkPanel<{trace: MesosTrace; at: number; change: MesosForkChange}>({
    id,
    panes: [[left.facts, left.events], [right.facts, right.events]],
    titles: ["Original", "Fork"],
    controls: [h("label", {for: `${id}-value`}, "to"), amount, unit],
    narrate,
    onRun() {
      if (!base) return;
      const value = Number(amount.value);
      if (!amount.disabled && !(value >= 0)) return panel.fail("The new value must be a number, 0 or more.");
      const change = toChange(select.value, value);
      const problem = api.run(base.trace, base.scenario, base.at, change);
      if (problem) return panel.fail(`This change cannot run: ${problem}`);
      narrate(`Forked at ${formatTime(base.at)}: ${describeMesosChange(change)}. Both futures now follow the same clock; play or scrub to compare them.`);
    },
    onChange
  });
  const select = panel.select;
  let base: {trace: MesosTrace; scenario: MesosScenario; at: number} | undefined;
  let options: ReturnType<typeof choices> = [];

  const syncAmount = () => {
    const o = options.find((c) => c.value === select.value);
    amount.disabled = !o?.unit;
    unit.textContent = o?.unit ?? "";
    if (o?.initial !== undefined) amount.value = String(o.initial);
  };
  select.addEventListener("change", syncAmount);

  const fill = (v: ReturnType<typeof view>, trace: MesosTrace, time: number) => {
    const s = mesosMomentSummary(trace, time);
    v.facts.replaceChildren(
      h("li", {}, `Running tasks: ${s.running} (${Object.entries(s.byFramework).map(([f, n]) => `${f} ${n}`).join(", ")})`),
      h("li", {}, `Offers made so far: ${s.offers}`)
    );
    const i = trace.indexAt(time);
    v.events.replaceChildren(...trace.events.slice(Math.max(0, i - 2), i + 1).map((e) => h("li", {}, h("span", {class: "offer-event-time"}, formatTime(e.time)), " ", e.explain)));
    return s;
  };

  const api: OfferFork = {
    element: panel.element,
    open(trace, scenario, time) {
      base = {trace, scenario, at: Math.round(time)};
      options = choices(trace, time);
      panel.choose(options, `Fork at ${formatTime(time)}: choose one change and press Run both futures.`);
      syncAmount();
    },
    run(trace, scenario, at, change) {
      let forked: MesosTrace;
      try {
        forked = runMesosScenario(forkMesosScenario(scenario, at, change));
      } catch (error) {
        if (!(error instanceof MesosScenarioProblems)) throw error;
        return error.problems[0]!;
      }
      base = {trace, scenario, at};
      panel.compare({trace: forked, at, change}, "Original", `Fork at ${formatTime(at)}: ${describeMesosChange(change)}`);
      return null;
    },
    show(time) {
      const fork = panel.fork();
      if (!fork || !base) return;
      const a = fill(left, base.trace, time);
      const b = fill(right, fork.trace, time);
      panel.summarise(time, formatTime, () => compareMesosMoments(a, b, formatTime(time)));
    },
    close: () => panel.close(),
    current: () => panel.current()
  };
  return api;
}
