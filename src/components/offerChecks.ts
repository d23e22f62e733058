// "Predict, then run" for the offer-cycle checks: the scenarios the questions name, run through the
// Mesos model, and what happened said per framework (launches with their times, offers, declines).
import type {MesosScenario} from "../lib/mesos/scenario-schema.js";
import {runMesosScenario} from "../lib/mesos/resolve.js";
import {mesosScenarios} from "../lib/mesos/scenarios.js";
import type {MesosTrace} from "../lib/mesos/simulate.js";
import {h} from "./dom.js";
import {formatTime, frameworkColour} from "./offerShared.js";

const greedy = mesosScenarios["greedy-decliner-starvation"]!;

/** The scenarios the chapter's predict questions run, by name. */
export const OFFER_CHECK_SCENARIOS: Readonly<Record<string, MesosScenario>> = {
  "greedy-decliner-starvation": greedy,
  "greedy-decliner-refuse-5": {
    ...greedy,
    name: "greedy-decliner-refuse-5",
    frameworks: (greedy.frameworks ?? []).map((f) => (f.name === "greedy" ? {...f, refuseSeconds: 5} : f))
  },
  "offer-timeout": mesosScenarios["offer-timeout"]!
};

/** Per framework: tasks launched (with times), offers received, declined, rescinded. */
export function summariseRun(trace: MesosTrace): {framework: string; launches: number[]; offers: number; declines: number; rescinds: number}[] {
  return trace.scenario.frameworks.map((f) => {
    const mine = trace.events.filter((e) => "data" in e && e.data && (e.data as {frameworkId?: string}).frameworkId === f.name);
    return {
      framework: f.name,
      launches: mine.filter((e) => e.kind === "launch").map((e) => e.time),
      offers: mine.filter((e) => e.kind === "offer").length,
      declines: mine.filter((e) => e.kind === "decline").length,
      rescinds: mine.filter((e) => e.kind === "rescind").length
    };
  });
}

const times = (ms: number[]) => (ms.length > 5 ? `${ms.slice(0, 5).map(formatTime).join(", ")} …` : ms.map(formatTime).join(", "));

/** checksList's `run`: runs the named scenario and says what happened, framework by framework. */
export function offerCheckRun(name: string): Node {
  const scenario = OFFER_CHECK_SCENARIOS[name];
  if (!scenario) return h("span", {}, `There is no scenario called ${name}.`);
  const trace = runMesosScenario(scenario);
  const rows = summariseRun(trace);
  return h(
    "span",
    {class: "offer-run-result"},
    `In ${formatTime(trace.endTime)} of cluster time:`,
    h(
      "ul",
      {},
      rows.map((r, i) =>
        h(
          "li",
          {},
          h("span", {class: "offer-swatch", style: `--swatch:${frameworkColour(i)}`}),
          h("strong", {}, r.framework),
          ` launched ${r.launches.length === 0 ? "no task" : `${r.launches.length} task${r.launches.length === 1 ? "" : "s"} (at ${times(r.launches)})`}; `,
          `it was offered resources ${r.offers} time${r.offers === 1 ? "" : "s"}`,
          r.declines ? `, declined ${r.declines}` : "",
          r.rescinds ? `, and had ${r.rescinds} offer${r.rescinds === 1 ? "" : "s"} rescinded` : "",
          "."
        )
      )
    )
  );
}
