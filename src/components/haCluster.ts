// The HA cluster at one moment: zones side by side; in each, its master nodes (a Mesos master, a
// ZooKeeper server and a Marathon instance each) and its agents with their tasks. Every node,
// process, zone and task is a button: select it (click, Enter) to act on it, or press a key on it.
import type {HaFaultAction, HaProcessView, HaResolvedScenario, HaState, HaTaskView} from "../lib/ha/index.js";
import {groupOf, haAgentStatus, leaderOf, zkStatus} from "../lib/ha/index.js";
import {h} from "./dom.js";

export interface HaClusterOptions {
  /** The selected target (master-2, zk-1, agent-3, zone-b, web.2), shown pressed. */
  selected?: string | null;
  onSelect?: (target: string) => void;
  /** A key pressed on a target: K kill, R restart, P partition, H heal, U hang (tasks). */
  onAction?: (action: HaFaultAction, target: string) => void;
}

export const HA_KEYS: Readonly<Record<string, HaFaultAction>> = {k: "kill", r: "restart", p: "partition", h: "heal", u: "hang"};

/** Which actions make sense on a target. */
export function haActionsFor(target: string): HaFaultAction[] {
  if (/\.[0-9]+$/.test(target)) return ["kill", "hang"];
  return ["kill", "restart", "partition", "heal"];
}

function cutOff(s: Readonly<HaState>, p: HaProcessView): boolean {
  return p.up && (p.isolation !== null || s.zonePartitions[p.zone] === true);
}

function zkRole(s: Readonly<HaState>, id: string): string {
  const p = s.processes[id]!;
  if (!p.up) return "down";
  const status = zkStatus(s);
  if (status === id) return "leads the ensemble";
  if (status === "no quorum" || status === "electing") return status;
  return groupOf(s as HaState, id) === groupOf(s as HaState, status) ? "follower" : "no quorum";
}

function contenderRole(s: Readonly<HaState>, p: HaProcessView): string {
  if (!p.up) return "down";
  if (p.role === "leader") return p.kind === "master" ? "leading master" : "leader";
  if (p.role === "backup") {
    if (p.kind === "master") return `backup (znode ${p.seq})`;
    const leader = leaderOf(s as HaState, "marathon");
    return leader ? `follower, proxies to ${leader}` : `follower (latch ${p.seq})`;
  }
  return "no ZooKeeper session";
}

function taskText(t: HaTaskView): string {
  const parts = [t.state.replace("TASK_", "")];
  if (!t.running) parts.push("process gone");
  else if (t.hung) parts.push("hangs");
  if (t.running && t.healthy === true) parts.push("healthy");
  if (t.running && t.healthy === false) parts.push(`failed ${t.failures} check${t.failures === 1 ? "" : "s"}`);
  return `${t.id} · ${parts.join(" · ").toLowerCase()}`;
}

function stateClass(state: string): string {
  return `is-${state.replace("TASK_", "").toLowerCase()}`;
}

export function haCluster(s: Readonly<HaState>, scenario: HaResolvedScenario, {selected = null, onSelect, onAction}: HaClusterOptions = {}): HTMLElement {
  // The accessible name starts with the visible text (WCAG 2.5.3); `more` adds what the eye gets from the layout.
  const target = (id: string, text: string | Node[], more?: string) => {
    const visible = typeof text === "string" ? text : text.map((n) => n.textContent).join("");
    const button = h("button", {type: "button", class: "ha-target", "data-target": id, "aria-pressed": String(selected === id), "aria-label": more ? `${visible}: ${more}` : null}, text);
    button.addEventListener("click", () => onSelect?.(id));
    button.addEventListener("keydown", (e) => {
      const action = HA_KEYS[e.key.toLowerCase()];
      if (!action || e.ctrlKey || e.metaKey || e.altKey || !haActionsFor(id).includes(action)) return;
      e.preventDefault();
      onAction?.(action, id);
    });
    return button;
  };

  const zones = scenario.zones.map((zone) => {
    const cut = s.zonePartitions[zone] === true;
    const masters = Object.values(s.processes).filter((p) => p.kind === "master" && p.zone === zone);
    const agents = scenario.agents.filter((a) => a.zone === zone);
    return h(
      "section",
      {class: `ha-zone${cut ? " is-cut" : ""}`, "data-zone": zone, "aria-label": `Zone ${zone}${cut ? ", cut off from the other zones" : ""}`},
      h("h4", {class: "ha-zone-head"}, target(`zone-${zone}`, `Zone ${zone}${cut ? " · cut off" : ""}`)),
      masters.map((m) => {
        const n = m.id.slice("master-".length);
        const zk = s.processes[`zk-${n}`]!;
        const mar = s.processes[`marathon-${n}`]!;
        const down = !m.up && !zk.up && !mar.up;
        const cutNode = cutOff(s, m) && m.isolation !== null;
        const mRole = contenderRole(s, m);
        const zRole = zkRole(s, zk.id);
        const marRole = contenderRole(s, mar);
        return h(
          "div",
          {class: `ha-node ha-master-node${down ? " is-down" : ""}${cutNode ? " is-cut" : ""}`, "data-node": m.id},
          target(
            m.id,
            [h("strong", {}, m.id), h("span", {class: "ha-node-kind"}, down ? " master node · down" : cutNode ? " master node · cut off" : " master node")],
            `Mesos master ${mRole}, ZooKeeper ${zRole}, Marathon ${marRole}`
          ),
          h(
            "ul",
            {class: "ha-procs"},
            h("li", {class: `ha-proc ha-zk${zk.up ? "" : " is-down"}`, "data-role": zRole}, target(zk.id, `ZooKeeper ${zk.id} · ${zRole}`)),
            h("li", {class: `ha-proc ha-mesos${m.up ? "" : " is-down"}${m.role === "leader" ? " is-leader" : ""}`, "data-role": m.role}, h("span", {class: "ha-proc-label"}, `Mesos master · ${mRole}`)),
            h(
              "li",
              {class: `ha-proc ha-marathon${mar.up ? "" : " is-down"}${mar.role === "leader" ? " is-leader" : ""}`, "data-role": mar.role},
              target(mar.id, `Marathon ${mar.id} · ${marRole}`)
            )
          )
        );
      }),
      agents.map((a) => {
        const p = s.processes[a.id]!;
        const view = s.agents[a.id]!;
        const status = haAgentStatus(s, a.id);
        const tasks = Object.values(s.tasks).filter((t) => t.agentId === a.id && t.incarnation === view.incarnation && !["TASK_KILLED", "TASK_FAILED", "TASK_FINISHED"].includes(t.state));
        const cutNode = cutOff(s, p) && p.isolation !== null;
        const leader = leaderOf(s as HaState, "mesos");
        const word =
          status === "waiting" ? (leader ? `registering with ${leader}` : "no leader to register with") : status === "unreachable" && !p.up ? "down, marked unreachable" : status;
        return h(
          "div",
          {class: `ha-node ha-agent is-${status.replace(" ", "-")}${p.up ? "" : " is-down"}`, "data-node": a.id, "data-status": status},
          target(
            a.id,
            [h("strong", {}, a.id), h("span", {class: "ha-node-kind"}, ` agent · ${word}${cutNode ? " · cut off" : ""}`)],
            `zone ${a.zone}, ${tasks.length} task${tasks.length === 1 ? "" : "s"}`
          ),
          tasks.length
            ? h(
                "ul",
                {class: "ha-tasks"},
                tasks.map((t) => h("li", {class: `ha-task ${stateClass(t.state)}${t.running ? "" : " is-gone"}`}, target(t.id, taskText(t))))
              )
            : h("p", {class: "ha-empty"}, "no tasks")
        );
      })
    );
  });
  return h("div", {class: "ha-cluster"}, h("div", {class: "ha-zones"}, zones));
}
