// "Fork here" for the HA simulator: at the current moment the reader strikes one part of the cluster
// or changes the ZooKeeper session timeout, and both futures follow the simulator's clock side by
// side: the status of each, its latest events, and a sentence on the difference. The fork is the
// same scenario with the change at the fork time, so both runs agree until then (lib/ha/fork.ts).
import {compareHaMoments, describeHaChange, haMomentSummary} from "../lib/ha/fork.js";
import {runHa, type HaFaultAction, type HaScenario, type HaTrace} from "../lib/ha/index.js";
import {forkHaScenario, type HaForkChange} from "../lib/ha/url.js";
import {ScenarioError} from "../lib/sim/scenario-error.js";
import {h, uniqueId} from "./dom.js";
import {forkPanel} from "./forkPanel.js";
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
  const panes = [0, 1].map(() => ({status: h("p", {class: "ha-status"}), events: h("div")}));
  const panel = forkPanel<{trace: HaTrace; at: number; change: HaForkChange}>({
    id: uniqueId("ha-fork"),
    panes: [[panes[0]!.status, panes[0]!.events], [panes[1]!.status, panes[1]!.events]],
    narrate,
    onRun() {
      if (!base) return;
      const change = toChange(panel.select.value);
      const problem = api.run(base.scenario, base.trace, base.at, change);
      if (problem) return panel.fail(`This change cannot run: ${problem}`);
      narrate(`Forked at ${secs(base.at)}: ${describeHaChange(change)}. Both futures follow the same clock; step or scrub to compare them.`);
    },
    onChange
  });
  let base: {scenario: HaScenario; trace: HaTrace; at: number} | undefined;

  const api: HaFork = {
    element: panel.element,
    open(scenario, trace, time) {
      base = {scenario, trace, at: Math.round(time)};
      panel.choose(choices(trace), `Fork at ${secs(time)}: choose one change and press Run both futures.`);
    },
    run(scenario, trace, at, change) {
      let forked: HaTrace;
      try {
        forked = runHa(forkHaScenario(scenario, at, change));
      } catch (error) {
        if (!(error instanceof ScenarioError)) throw error;
        return error.problems[0]!;
      }
      base = {scenario, trace, at};
      panel.compare({trace: forked, at, change}, "Original", `Fork at ${secs(at)}: ${describeHaChange(change)}`);
      return null;
    },
    show(time) {
      const fork = panel.fork();
      if (!fork || !base) return;
      const {trace: original} = base;
      const {trace: forked, at} = fork;
      [original, forked].forEach((t, i) => {
        panes[i]!.status.textContent = statusText(t.viewAt(time), time);
        panes[i]!.events.replaceChildren(recentEvents(t, time, 3));
      });
      panel.summarise(time, secs, () => compareHaMoments(haMomentSummary(original, time, at), haMomentSummary(forked, time, at), time));
    },
    close: () => panel.close(),
    current: () => panel.current()
  };
  return api;
}
