// The cluster as cards: the masters on one line, then one card per agent (private or public, by the
// book's colours) listing its running tasks as buttons; selecting a task is how the records figure
// picks what to show and act on. Names from the state are text, never HTML.
import {agentIp, isPublicAgent, isTerminalState} from "../lib/discovery/mutate.js";
import type {MesosSlave, MesosState} from "../lib/state/types.js";
import {h} from "./dom.js";

export interface ClusterViewOptions {
  selected?: string | undefined;
  onSelect?: (taskId: string) => void;
  masters?: readonly string[];
  leader?: string | undefined;
}

/** `private · zone a` or `public`: what kind of agent, for labels. */
export function agentKind(slave: MesosSlave): string {
  const zone = slave.attributes?.zone;
  return isPublicAgent(slave) ? "public" : zone !== undefined ? `private · zone ${zone}` : "private";
}

/** The host port(s) or, without any, the task's name alone: `web :23145`. */
export function taskLabel(task: {name: string; resources?: {ports?: string}}): string {
  const ports = (task.resources?.ports ?? "").replace(/[[\]]/g, "").split(",").map((r) => r.trim()).filter(Boolean).map((r) => (r.split("-")[0] === r.split("-")[1] ? r.split("-")[0] : r));
  return ports.length ? `${task.name} :${ports.join(", :")}` : task.name;
}

export function clusterView(state: MesosState, {selected, onSelect, masters = [], leader}: ClusterViewOptions = {}): HTMLElement {
  const tasks = (state.frameworks ?? []).flatMap((f) => (f.tasks ?? []).filter((t) => !isTerminalState(t.state)).map((t) => ({f, t})));
  const masterLine = masters.length
    ? h(
        "p",
        {class: "cluster-masters"},
        h("strong", {}, "Masters: "),
        masters.flatMap((m, i) => {
          const ip = m.replace(/:\d+$/, "");
          return [i ? ", " : "", ip, ip === leader ? " (leader)" : ""];
        }),
        " · Mesos-DNS runs on each master"
      )
    : null;
  const cards = (state.slaves ?? []).map((slave) => {
    const kind = agentKind(slave);
    const ip = agentIp(slave) ?? slave.hostname ?? slave.id;
    const mine = tasks.filter(({t}) => t.slave_id === slave.id);
    return h(
      "section",
      {class: `cluster-agent ${isPublicAgent(slave) ? "is-public" : "is-private"}`, "aria-label": `Agent ${ip}, ${kind}`, "data-agent": slave.id},
      h("div", {class: "cluster-agent-head"}, h("strong", {}, ip), h("span", {}, kind)),
      mine.length
        ? h(
            "ul",
            {},
            mine.map(({f, t}) =>
              h(
                "li",
                {},
                h(
                  "button",
                  {
                    type: "button",
                    class: "wb-button cluster-task",
                    "data-task": t.id,
                    "aria-pressed": String(t.id === selected),
                    title: `${t.id} (${f.name ?? f.id})`,
                    onclick: () => onSelect?.(t.id)
                  },
                  taskLabel(t)
                )
              )
            )
          )
        : h("p", {class: "cluster-empty"}, "no running tasks")
    );
  });
  return h("div", {class: "cluster-view"}, masterLine, h("div", {class: "cluster-agents"}, cards));
}
