// The free-play simulator's presets (the Mesos model's workshop scenarios plus a 1,000-agent
// cluster), its speeds, and how a scenario problem is said to the reader.
import {buildLargeMesosScenario} from "../lib/mesos/large-scenario.js";
import type {MesosScenario} from "../lib/mesos/scenario-schema.js";
import {mesosScenarios} from "../lib/mesos/scenarios.js";

export interface PlaygroundPreset {
  id: string;
  title: string;
  scenario: MesosScenario;
}

/** The presets the simulator offers, in menu order. */
export function playgroundPresets(): PlaygroundPreset[] {
  return [
    {id: "free-play", title: "Free play: 5 agents, 3 frameworks, one agent fails", scenario: mesosScenarios["free-play"]!},
    {id: "greedy-decliner-starvation", title: "Starvation by a greedy decliner", scenario: mesosScenarios["greedy-decliner-starvation"]!},
    {id: "weights", title: "The effect of weights", scenario: mesosScenarios["weights"]!},
    {id: "filters-delay-reoffers", title: "Filters delay re-offers", scenario: mesosScenarios["filters-delay-reoffers"]!},
    {id: "offer-timeout", title: "An offer hoarder and --offer_timeout", scenario: mesosScenarios["offer-timeout"]!},
    {id: "drf-paper", title: "The DRF paper's example, on Mesos", scenario: mesosScenarios["drf-paper"]!},
    {
      id: "scale-1000",
      title: "1,000 agents, 4 frameworks (scale)",
      scenario: {
        ...buildLargeMesosScenario({agents: 1000, frameworks: 4, agentCpus: 4, agentMem: 8192, untilMs: 20000}),
        description: "1,000 agents of 4 CPUs and 8 GB; four frameworks, each in its own role, keep launching short tasks (5 to 30 s) and suppress offers once all are launched. Drawn on a canvas."
      }
    }
  ];
}

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10];

/** `frameworks[1].weight: …` → `Framework 2 (dev-web), weight: …`. */
export function prettyPath(problem: string, scenario: MesosScenario): string {
  return problem
    .replace(/^frameworks\[(\d+)\]\.?/, (_, i: string) => `Framework ${Number(i) + 1} (${scenario.frameworks?.[Number(i)]?.name ?? "?"}), `)
    .replace(/^agents\[(\d+)\]\.?/, (_, i: string) => `Agent ${Number(i) + 1}, `)
    .replace(/, (task|resources)\./, ", $1 ")
    .replace(/, :/, ":");
}

