// Parts of the free-play simulator that show one moment as text: the legend, the event log (the
// trace's own sentences, newest last), the roles table and the selected agent's line.
import type {MesosTraceEvent} from "../lib/mesos/events.js";
import {isTerminalTaskState} from "../lib/mesos/events.js";
import type {MesosSimState} from "../lib/mesos/state.js";
import {mesosShares} from "../lib/mesos/view.js";
import {h} from "./dom.js";
import {formatFraction, formatResources, formatShape, formatTime, frameworkColour} from "./offerShared.js";

/** One chip per framework (its colour, name and role), and what the fills mean. */
export function legend(frameworks: readonly string[], roles: readonly string[]): HTMLElement {
  return h(
    "div",
    {class: "offer-legend-box"},
    h(
      "ul",
      {class: "offer-legend", "aria-label": "Frameworks"},
      frameworks.map((f, i) => h("li", {}, h("span", {class: "offer-swatch", style: `--swatch:${frameworkColour(i)}`}), `${f} `, h("span", {class: "offer-note"}, `(role ${roles[i]})`)))
    ),
    h(
      "ul",
      {class: "offer-legend", "aria-label": "What the fills mean"},
      h("li", {}, h("span", {class: "offer-swatch"}), "running task"),
      h("li", {}, h("span", {class: "offer-swatch is-starting"}), "staging or starting"),
      h("li", {}, h("span", {class: "offer-swatch is-offer"}), "offered"),
      h("li", {}, h("span", {class: "offer-swatch is-free"}), "free"),
      h("li", {}, "top bar CPUs, bottom bar memory")
    )
  );
}

const ANSWERS = new Set(["offer", "accept", "decline", "rescind", "offer-timeout", "filter-expired", "suppress", "revive", "agent-removed", "launch"]);

/** The sentences of the last few events up to the current one; a checkbox hides status updates. */
export function eventLog(rows = 8): {element: HTMLElement; show: (events: readonly MesosTraceEvent[], index: number) => void} {
  const list = h("ol", {class: "offer-events", "aria-label": "Most recent events, newest last"});
  const only = h("input", {type: "checkbox", "data-control": "offers-only"});
  let last: {events: readonly MesosTraceEvent[]; index: number} | undefined;
  const show = (events: readonly MesosTraceEvent[], index: number) => {
    last = {events, index};
    const picked: MesosTraceEvent[] = [];
    for (let i = index; i >= 0 && picked.length < rows; i--) {
      const e = events[i]!;
      if (!only.checked || ANSWERS.has(e.kind)) picked.push(e);
    }
    picked.reverse();
    list.replaceChildren(
      ...(picked.length
        ? picked.map((e, k) => h("li", {class: k === picked.length - 1 ? "is-current" : "", "data-kind": e.kind}, h("span", {class: "offer-event-time"}, formatTime(e.time)), " ", e.explain))
        : [h("li", {class: "offer-note"}, "Nothing has happened yet.")])
    );
  };
  only.addEventListener("change", () => last && show(last.events, last.index));
  const element = h(
    "section",
    {class: "offer-log"},
    h("div", {class: "offer-log-head"}, h("h4", {}, "What just happened"), h("label", {}, only, " offers, answers and faults only")),
    list
  );
  return {element, show};
}

/** The roles as the allocator sees them now: weight, frameworks, tasks, holdings, dominant share. */
export function rolesTable(): {element: HTMLElement; show: (state: Readonly<MesosSimState>, frameworks: readonly string[]) => void} {
  const tbody = h("tbody");
  const element = h(
    "table",
    {class: "offer-roles"},
    h("caption", {}, "Roles now (what the two charts and the cluster show, as text)"),
    h("thead", {}, h("tr", {}, ...["Role", "Weight", "Frameworks", "Running tasks", "Holds (tasks + offers)", "Dominant share ÷ weight"].map((t) => h("th", {scope: "col"}, t)))),
    tbody
  );
  const show = (state: Readonly<MesosSimState>, frameworks: readonly string[]) => {
    const running = new Map<string, number>();
    for (const id in state.tasks) {
      const t = state.tasks[id]!;
      if (t.state === "TASK_RUNNING") running.set(t.frameworkId, (running.get(t.frameworkId) ?? 0) + 1);
    }
    const roles = mesosShares(state as MesosSimState).roles;
    tbody.replaceChildren(
      ...(roles.length
        ? roles.map((r) =>
            h(
              "tr",
              {"data-role": r.id},
              h("th", {scope: "row"}, h("span", {class: "offer-swatch", style: `--swatch:${frameworkColour(Math.max(0, frameworks.indexOf(r.frameworks[0]!)))}`}), r.id),
              h("td", {}, String(r.weight)),
              h("td", {}, r.frameworks.join(", ")),
              h("td", {}, String(r.frameworks.reduce((sum, f) => sum + (running.get(f) ?? 0), 0))),
              h("td", {}, formatResources(r.holding)),
              h("td", {class: "offer-share"}, formatFraction(r.share))
            )
          )
        : [h("tr", {}, h("td", {colspan: 6}, "No framework has subscribed yet."))])
    );
  };
  return {element, show};
}

/** One agent, in a sentence: size, what runs, what is offered, what is free. */
export function agentDetail(state: Readonly<MesosSimState>, id: string, frameworks: readonly string[]): HTMLElement {
  const agent = state.agents[id];
  if (!agent) return h("span", {}, `${id} has not joined the cluster yet.`);
  const rack = agent.attributes.rack === undefined ? "" : ` (rack ${agent.attributes.rack})`;
  if (!agent.active) return h("span", {}, `${id}${rack} was removed at ${formatTime(agent.removedAt ?? 0)}; its tasks were lost and its offers rescinded.`);
  const tasks = agent.taskIds.map((t) => state.tasks[t]!).filter((t) => !isTerminalTaskState(t.state));
  const offers = Object.values(state.offers).filter((o) => o.agentId === id);
  const free = {cpus: agent.total.cpus - agent.allocated.cpus - agent.offered.cpus, mem: agent.total.mem - agent.allocated.mem - agent.offered.mem};
  const chip = (fw: string) => h("span", {class: "offer-swatch", style: `--swatch:${frameworkColour(Math.max(0, frameworks.indexOf(fw)))}`});
  return h(
    "span",
    {},
    h("strong", {}, `${id}${rack}: ${formatResources(agent.total)}. `),
    tasks.length ? `Tasks: ${tasks.map((t) => `${t.id} ${formatShape(t.resources)}${t.state === "TASK_RUNNING" ? "" : ` ${t.state}`}`).join(", ")}. ` : "No tasks. ",
    ...offers.map((o) => h("span", {}, chip(o.frameworkId), `Offered to ${o.frameworkId}: ${formatShape(o.resources)}. `)),
    `Free: ${formatShape(free)}.`
  );
}
