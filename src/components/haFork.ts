// "Fork here" for the HA simulator: at the current moment the reader strikes one part of the cluster
// or changes the ZooKeeper session timeout, and both futures follow the simulator's clock side by
// side: the status of each, its latest events, and a sentence on the difference. The fork is the
// same scenario with the change at the fork time, so both runs agree until then (lib/ha/fork.ts).
import {compareHaMoments, describeHaChange, haMomentSummary} from "../lib/ha/fork.js";
import {runHa, type HaFaultAction, type HaScenario, type HaTrace} from "../lib/ha/index.js";
import {forkHaScenario, type HaForkChange} from "../lib/ha/url.js";
import {ScenarioError} from "../lib/sim/scenario-error.js";
import {h, uniqueId} from "./dom.js";
import {errorBox} from "./figure.js";
import {recentEvents, secs, statusText} from "./haSimParts.js";

export interface HaFork {
  element: HTMLElement;
  open(scenario: HaScenario, trace: HaTrace, time: number): void;
  run(scenario: HaScenario, trace: HaTrace, at: number, change: HaForkChange): string | null;
  show(time: number): void;
  close(): void;
  current(): {at: number; change: HaForkChange} | undefined;
}

const SESSIONS = [4000, 6000, 10_000, 20_000, 40_000];

function choices(trace: HaTrace): {value: string; text: string}[] {
  const out: {value: string; text: string}[] = [];
  const act = (action: HaFaultAction, target: string, text: string) => out.push({value: `${action}~${target}`, text});
  for (let i = 1; i <= trace.scenario.masters; i++) act("kill", `master-${i}`, `Kill master node master-${i}`);
  for (let i = 1; i <= trace.scenario.masters; i++) act("kill", `zk-${i}`, `Kill ZooKeeper zk-${i}`);
  for (let i = 1; i <= trace.scenario.masters; i++) act("partition", `master-${i}`, `Cut off master-${i}`);
  for (const a of trace.scenario.agents) act("kill", a.id, `Kill ${a.id} (zone ${a.zone})`);
  for (const v of SESSIONS) if (v !== trace.scenario.parameters.zkSessionTimeoutMs) out.push({value: `session~${v}`, text: `ZooKeeper session timeout becomes ${v / 1000} s`});
  return out;
}

function toChange(value: string): HaForkChange {
  const [what, target] = value.split("~") as [string, string];
  return what === "session" ? {kind: "session", value: Number(target)} : {kind: "fault", action: what as HaFaultAction, target};
}

export function haFork(narrate: (text: string) => void, onChange: () => void): HaFork {
  const id = uniqueId("ha-fork");
  const select = h("select", {id: `${id}-what`, "data-control": "fork-change"});
  const go = h("button", {type: "button", class: "wb-button", "data-action": "fork-run"}, "Run both futures");
  const cancel = h("button", {type: "button", class: "wb-button", "data-action": "fork-close", hidden: true}, "Close the fork");
  const chooser = h("div", {class: "wb-controls wb-fork-chooser", hidden: true}, h("label", {for: `${id}-what`}, "Change one thing"), select, go);
  const problems = h("div");
  const summary = h("p", {class: "wb-fork-summary", role: "status"});
  const panes = [0, 1].map(() => {
    const heading = h("h4", {});
    const status = h("p", {class: "ha-status"});
    const events = h("div");
    return {heading, status, events, element: h("section", {class: "wb-fork-view"}, heading, status, events)};
  });
  const pair = h("div", {class: "wb-fork-pair", hidden: true}, panes[0]!.element, panes[1]!.element);
  const element = h("div", {class: "wb-fork"}, chooser, problems, summary, pair, h("div", {class: "wb-controls"}, cancel));
  let base: {scenario: HaScenario; trace: HaTrace; at: number} | undefined;
  let fork: {trace: HaTrace; at: number; change: HaForkChange} | undefined;

  const api: HaFork = {
    element,
    open(scenario, trace, time) {
      base = {scenario, trace, at: Math.round(time)};
      select.replaceChildren(...choices(trace).map((c) => h("option", {value: c.value}, c.text)));
      chooser.hidden = false;
      cancel.hidden = false;
      narrate(`Fork at ${secs(time)}: choose one change and press Run both futures.`);
      select.focus();
    },
    run(scenario, trace, at, change) {
      try {
        fork = {trace: runHa(forkHaScenario(scenario, at, change)), at, change};
      } catch (error) {
        if (!(error instanceof ScenarioError)) throw error;
        return error.problems[0]!;
      }
      base = {scenario, trace, at};
      panes[0]!.heading.textContent = "Original";
      panes[1]!.heading.textContent = `Fork at ${secs(at)}: ${describeHaChange(change)}`;
      pair.hidden = false;
      cancel.hidden = false;
      chooser.hidden = true;
      problems.replaceChildren();
      onChange();
      return null;
    },
    show(time) {
      if (!fork || !base) return;
      [base.trace, fork.trace].forEach((t, i) => {
        panes[i]!.status.textContent = statusText(t.viewAt(time), time);
        panes[i]!.events.replaceChildren(recentEvents(t, time, 3));
      });
      summary.textContent =
        time < fork.at ? `Before the fork (${secs(fork.at)}) both runs are the same.` : compareHaMoments(haMomentSummary(base.trace, time, fork.at), haMomentSummary(fork.trace, time, fork.at), time);
    },
    close() {
      fork = undefined;
      chooser.hidden = pair.hidden = cancel.hidden = true;
      summary.textContent = "";
      problems.replaceChildren();
      onChange();
    },
    current: () => (fork ? {at: fork.at, change: fork.change} : undefined)
  };
  go.addEventListener("click", () => {
    if (!base) return;
    const change = toChange(select.value);
    const problem = api.run(base.scenario, base.trace, base.at, change);
    if (problem) return void problems.replaceChildren(errorBox(`This change cannot run: ${problem}`));
    narrate(`Forked at ${secs(base.at)}: ${describeHaChange(change)}. Both futures follow the same clock; step or scrub to compare them.`);
  });
  cancel.addEventListener("click", () => {
    api.close();
    narrate("The fork is closed.");
  });
  return api;
}
