// The documented best practices for highly available services (DC/OS 2.1 "High availability",
// restated), each with buttons that load a scenario showing it into a simulator.
import {h} from "./dom.js";
import {HA_PRESET_LABELS} from "./haPresets.js";
import type {HaPresetName} from "../lib/ha/index.js";

export interface HaPractice {
  id: string;
  title: string;
  text: string;
  presets: readonly HaPresetName[];
}

export const HA_PRACTICES: readonly HaPractice[] = [
  {
    id: "fault-domains",
    title: "Spread over fault domains",
    text: "Put masters in different racks or zones, label agents with where they are, and give apps Marathon constraints such as hostname UNIQUE and zone GROUP_BY, so one failure cannot take every copy.",
    presets: ["ha-zone-spread", "ha-zone-packed"]
  },
  {
    id: "separation",
    title: "Separate concerns",
    text: "Run the web tier, the databases and the caches as separate apps, so each fails and recovers on its own.",
    presets: ["ha-separate-tiers"]
  },
  {
    id: "no-spof",
    title: "Remove single points of failure",
    text: "One master, one database instance or one load balancer is a service that stops when a machine stops. Run three or five masters and more than one of everything that matters.",
    presets: ["ha-single-master", "ha-kill-two-of-five"]
  },
  {
    id: "fast-detection",
    title: "Detect failure fast",
    text: "ZooKeeper notices dead masters through sessions; give every service a health endpoint and a health check, or a hung process looks healthy for ever.",
    presets: ["ha-hung-task", "ha-hung-no-check"]
  },
  {
    id: "fast-failover",
    title: "Fail over fast",
    text: "Keep standbys ready (a Marathon follower takes over in seconds), keep no client state on one server, and let frameworks set a long failover timeout so a scheduler restart kills nothing.",
    presets: ["ha-marathon-failover", "ha-failover-timeout-zero"]
  }
];

type Loadable = HTMLElement & {load(name: string): void};

/** A button that loads a preset into a simulator and moves the focus there. */
export function haLoadButton(sim: Loadable, preset: HaPresetName, label = `Load “${HA_PRESET_LABELS[preset]}”`): HTMLButtonElement {
  const b = h("button", {type: "button", class: "wb-button ha-load", "data-load": preset}, label);
  b.addEventListener("click", () => {
    sim.load(preset);
    sim.scrollIntoView?.({block: "start", behavior: "auto"});
    sim.querySelector<HTMLElement>(`[data-preset="${preset}"]`)?.focus();
  });
  return b;
}

/** The practices as a list; `simFor` says which simulator on the page shows a preset. */
export function haPractices(simFor: (preset: HaPresetName) => Loadable): HTMLElement {
  return h(
    "ol",
    {class: "ha-practices"},
    HA_PRACTICES.map((p) =>
      h(
        "li",
        {"data-practice": p.id},
        h("strong", {}, p.title),
        ". ",
        p.text,
        h("span", {class: "ha-practice-buttons"}, p.presets.map((name) => haLoadButton(simFor(name), name, `Show: ${HA_PRESET_LABELS[name]}`)))
      )
    )
  );
}
