// "Live records": the demo cluster's DNS records, Mesos-DNS and dcos-dns, kept up to date as you
// scale an app, kill a task or move it to another agent (the model's mutations in
// lib/discovery/mutate.ts). Shows the cluster, one selected task under every naming scheme, and the
// records, with what each change added and removed. Its moment (the changes made, the app, the IP
// sources, the selected task) can be shared as a link (lib/discovery/view/records-url.ts).
import {ClusterMutationError, agentIp, appTasks, appsOfState, isPublicAgent, killTask, moveTask, scaleApp} from "../lib/discovery/mutate.js";
import type {MesosState} from "../lib/state/types.js";
import {DCOS_IP_SOURCES, MESOS_DNS_IP_SOURCES, clusterDns} from "../lib/discovery/view/cluster-dns.js";
import {appNameVariants, findRunningTask, recordOfApp, taskNameRows} from "../lib/discovery/view/task-names.js";
import {h, uniqueId} from "./dom.js";
import {figureFrame} from "./figure.js";
import {clusterView, taskLabel} from "./recordsCluster.js";
import {namesTable} from "./recordsNames.js";
import {countChanges, diffRecordRows, recordRows, recordsTable, type RecordRow} from "./recordsTable.js";
import {vipsOfState} from "../lib/discovery/vips.js";
import {MomentProblem} from "../lib/course/scenarioUrl.js";
import {opTaskPlace, recordsCodec, replayRecords, type RecordsMoment, type RecordsOp} from "../lib/discovery/view/records-url.js";
import {linkNotice, momentFromPage, shareBar} from "./shareLink.js";

export interface RecordsFigureOptions {
  /** The app selected at first (a Marathon task name). */
  app?: string;
  framework?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function recordsFigure(initial: MesosState, {app = "web", framework = "marathon"}: RecordsFigureOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "Live records: scale, kill, move",
    description:
      "The demo cluster's agents with their running tasks as buttons. Choose an app and add or remove tasks, or select a task to kill it or move it to another agent. Below, the selected task's names under every naming scheme, and the DNS records of Mesos-DNS and dcos-dns with each change marked new or gone.",
    keep: 5
  });
  const id = uniqueId("rec");
  let state = initial;
  let before: RecordRow[] | undefined;
  let sources: readonly string[] = DCOS_IP_SOURCES;
  let currentApp = app;
  let selected: string | undefined = appTasks(state, {framework, name: app})[0]?.id;
  let scope: "app" | "all" = "app";
  /** The changes made since the start, replayed by a link to this moment. */
  let ops: RecordsOp[] = [];

  const apps = appsOfState(initial).filter((a) => a.framework === framework);
  const codec = recordsCodec(apps.map((a) => a.name));
  const appSelect = h("select", {id: `${id}-app`}, apps.map((a) => h("option", {value: a.name, selected: a.name === app}, a.name)));
  const minus = h("button", {type: "button", class: "wb-button records-minus", "aria-label": "One task fewer"}, "−");
  const plus = h("button", {type: "button", class: "wb-button records-plus", "aria-label": "One task more"}, "+");
  const count = h("output", {class: "records-count", for: `${id}-app`}, "");
  const sourceSelect = h(
    "select",
    {id: `${id}-src`},
    h("option", {value: "dcos"}, "host, netinfo (DC/OS default)"),
    h("option", {value: "mesos-dns"}, "netinfo, mesos, host (Mesos-DNS default)")
  );
  const reset = h("button", {type: "button", class: "wb-button"}, "Reset cluster");
  const status = h("p", {class: "records-status", role: "status"});

  const clusterBox = h("div", {class: "records-cluster"});
  const taskTitle = h("h4", {class: "records-task-title"});
  const kill = h("button", {type: "button", class: "wb-button records-kill"}, "Kill this task");
  const moveSelect = h("select", {id: `${id}-move`});
  const move = h("button", {type: "button", class: "wb-button records-move"}, "Move");
  const namesBox = h("div", {class: "records-names"});
  const scopeSelect = h("select", {id: `${id}-scope`}, h("option", {value: "app"}, "the selected app"), h("option", {value: "all"}, "the whole cluster"));
  const summary = h("p", {class: "records-summary"});
  const tableBox = h("div", {class: "records-table-box"});

  function appTemplate() {
    return appTasks(state, {framework, name: currentApp});
  }

  function render(): void {
    const dns = clusterDns(state, {ipSources: sources});
    const tasks = appTemplate();
    count.textContent = plural(tasks.length, "task");
    minus.disabled = tasks.length === 0;
    if (selected && !findRunningTask(state, selected)) selected = tasks[0]?.id;

    const hadFocus = clusterBox.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.task : undefined;
    clusterBox.replaceChildren(
      clusterView(state, {
        selected,
        masters: dns.masters,
        leader: dns.leader,
        onSelect: (taskId) => {
          selected = taskId;
          const t = findRunningTask(state, taskId);
          if (t && t.task.name !== currentApp && t.framework === framework) {
            currentApp = t.task.name;
            appSelect.value = currentApp;
          }
          render();
          if (t) frame.narrate(`Selected ${taskLabel(t.task)} on ${agentOf(t.task.slave_id)}.`);
        }
      })
    );
    if (hadFocus) [...clusterBox.querySelectorAll<HTMLElement>("[data-task]")].find((b) => b.dataset.task === hadFocus)?.focus();

    const found = selected ? findRunningTask(state, selected) : undefined;
    if (found) {
      taskTitle.textContent = `Selected task: ${taskLabel(found.task)} on ${agentOf(found.task.slave_id)}`;
      const here = (state.slaves ?? []).find((s) => s.id === found.task.slave_id);
      const targets = (state.slaves ?? []).filter((s) => s.id !== found.task.slave_id && here && isPublicAgent(s) === isPublicAgent(here));
      moveSelect.replaceChildren(...targets.map((s) => h("option", {value: s.id}, agentIp(s) ?? s.id)));
      kill.disabled = false;
      moveSelect.disabled = move.disabled = targets.length === 0;
      if (targets.length === 0) moveSelect.append(h("option", {value: ""}, "no other agent of this kind"));
      namesBox.replaceChildren(namesTable(taskNameRows(state, dns, found.task.id), `Every name of ${found.task.name} right now`));
    } else {
      taskTitle.textContent = "No task selected";
      kill.disabled = move.disabled = moveSelect.disabled = true;
      moveSelect.replaceChildren();
      namesBox.replaceChildren(h("p", {}, tasks.length ? "Select a task above to see its names." : `${currentApp} has no running task: press + to start one.`));
    }

    const rows = recordRows(dns.mesos, dns.dcos);
    const template = tasks[0] ?? found?.task;
    const variants = template ? appNameVariants(template) : [currentApp];
    const vipNames = vipsOfState(state).filter((v) => v.backends.some((b) => tasks.some((t) => t.id === b.taskId))).map((v) => v.dnsName ?? "");
    const diff = diffRecordRows(before, rows);
    const shown = scope === "app" ? diff.filter((r) => recordOfApp(r.record, variants, vipNames)) : diff;
    const m = countChanges(diff, "Mesos-DNS");
    const d = countChanges(diff, "dcos-dns");
    summary.textContent = before
      ? `Your last change: Mesos-DNS ${m.added} new, ${m.removed} gone; dcos-dns ${d.added} new, ${d.removed} gone. In all the cluster has ${rows.length} records.`
      : `The cluster has ${rows.length} records: ${dns.mesos.length} in Mesos-DNS and ${dns.dcos.length} in dcos-dns.`;
    tableBox.replaceChildren(recordsTable(shown, {caption: scope === "app" ? `Records of ${currentApp}` : "Every record of the cluster"}));
  }

  function agentOf(slaveId: string): string {
    const s = (state.slaves ?? []).find((x) => x.id === slaveId);
    return s ? (agentIp(s) ?? s.id) : slaveId;
  }

  function change(what: () => MesosState, said: (next: MesosState) => string, sourcesBefore: readonly string[] = sources, op?: RecordsOp): void {
    let next: MesosState;
    try {
      next = what();
    } catch (e) {
      if (!(e instanceof ClusterMutationError)) throw e;
      status.textContent = `Not possible: ${e.message}.`;
      frame.narrate(`Not possible: ${e.message}.`);
      return;
    }
    status.textContent = "";
    if (op) ops = [...ops, op];
    const prev = clusterDns(state, {ipSources: sourcesBefore});
    before = recordRows(prev.mesos, prev.dcos);
    state = next;
    render();
    const dns = clusterDns(state, {ipSources: sources});
    const diff = diffRecordRows(before, recordRows(dns.mesos, dns.dcos));
    const m = countChanges(diff, "Mesos-DNS");
    const d = countChanges(diff, "dcos-dns");
    frame.narrate(`${said(next)} Mesos-DNS: ${m.added} new, ${m.removed} gone. dcos-dns: ${d.added} new, ${d.removed} gone.`);
  }

  const newest = (next: MesosState) => {
    const t = appTasks(next, {framework, name: currentApp}).at(-1);
    return t ? `${taskLabel(t)} on ${(next.slaves ?? []).find((s) => s.id === t.slave_id)?.hostname ?? t.slave_id}` : "";
  };

  plus.addEventListener("click", () => {
    const n = appTemplate().length;
    change(() => scaleApp(state, {framework, name: currentApp}, n + 1), (next) => `Scaled ${currentApp} from ${n} to ${n + 1}: new task ${newest(next)}.`, sources, {op: "scale", app: currentApp, instances: n + 1});
  });
  minus.addEventListener("click", () => {
    const n = appTemplate().length;
    if (n === 0) return;
    const youngest = appTemplate().at(-1)!;
    change(() => scaleApp(state, {framework, name: currentApp}, n - 1), () => `Scaled ${currentApp} from ${n} to ${n - 1}: Marathon killed the youngest task, ${taskLabel(youngest)} on ${agentOf(youngest.slave_id)}.`, sources, {
      op: "scale",
      app: currentApp,
      instances: n - 1
    });
  });
  kill.addEventListener("click", () => {
    const t = selected ? findRunningTask(state, selected) : undefined;
    if (!t) return;
    const place = opTaskPlace(state, framework, t.task.name, t.task.id);
    change(() => killTask(state, t.task.id), () => `Killed ${taskLabel(t.task)} on ${agentOf(t.task.slave_id)}; nothing replaces it here.`, sources, {op: "kill", app: t.task.name, task: place});
  });
  move.addEventListener("click", () => {
    const t = selected ? findRunningTask(state, selected) : undefined;
    if (!t || !moveSelect.value) return;
    const target = moveSelect.value;
    const op: RecordsOp = {op: "move", app: t.task.name, task: opTaskPlace(state, framework, t.task.name, t.task.id), agent: (state.slaves ?? []).findIndex((s) => s.id === target)};
    change(
      () => moveTask(state, t.task.id, target),
      (next) => {
        const moved = appTasks(next, {framework, name: t.task.name}).at(-1);
        if (moved) selected = moved.id;
        return `Moved ${t.task.name} from ${agentOf(t.task.slave_id)} to ${agentOf(target)}: a new task ${moved ? taskLabel(moved) : ""} with a new name and address.`;
      },
      sources,
      op
    );
    render();
  });
  appSelect.addEventListener("change", () => {
    currentApp = appSelect.value;
    selected = appTemplate()[0]?.id;
    before = undefined;
    render();
    frame.narrate(`Showing ${currentApp}: ${plural(appTemplate().length, "running task")}.`);
  });
  sourceSelect.addEventListener("change", () => {
    const old = sources;
    sources = sourceSelect.value === "dcos" ? DCOS_IP_SOURCES : MESOS_DNS_IP_SOURCES;
    change(() => state, () => `Mesos-DNS now takes a task's address from the first of ${sources.join(", ")} that has one.`, old);
  });
  scopeSelect.addEventListener("change", () => {
    scope = scopeSelect.value === "all" ? "all" : "app";
    render();
  });
  reset.addEventListener("click", () => {
    state = initial;
    ops = [];
    before = undefined;
    currentApp = app;
    appSelect.value = app;
    sources = DCOS_IP_SOURCES;
    sourceSelect.value = "dcos";
    selected = appTasks(state, {framework, name: app})[0]?.id;
    status.textContent = "";
    render();
    frame.narrate("The cluster is back as it started.");
  });

  /** The moment shown, for a link. */
  const moment = (): RecordsMoment => {
    const found = selected ? findRunningTask(state, selected) : undefined;
    const place = found ? opTaskPlace(state, framework, found.task.name, found.task.id) : -1;
    return {
      app: currentApp,
      sources: sources === DCOS_IP_SOURCES ? "dcos" : "mesos-dns",
      scope,
      ops,
      selected: found && place >= 0 && apps.some((a) => a.name === found.task.name) ? {app: found.task.name, task: place} : null
    };
  };
  // A link to a moment: replay its changes on the starting state; a link that cannot be replayed is
  // ignored with a notice, and the figure starts as usual.
  const linked = momentFromPage(codec);
  let notice: HTMLElement | null = null;
  if (linked && !linked.ok) notice = linkNotice(linked.problem);
  else if (linked?.ok) {
    const m = linked.value;
    try {
      state = replayRecords(initial, framework, m.ops);
      ops = [...m.ops];
      currentApp = m.app;
      appSelect.value = m.app;
      sources = m.sources === "dcos" ? DCOS_IP_SOURCES : MESOS_DNS_IP_SOURCES;
      sourceSelect.value = m.sources;
      scope = m.scope;
      scopeSelect.value = m.scope;
      selected = (m.selected ? appTasks(state, {framework, name: m.selected.app})[m.selected.task]?.id : undefined) ?? appTemplate()[0]?.id;
      frame.narrate(`Opened a link: ${plural(m.ops.length, "change")} replayed on the demo cluster.`);
    } catch (error) {
      if (!(error instanceof MomentProblem)) throw error;
      state = initial;
      notice = linkNotice(error.message);
    }
  }
  const share = shareBar(codec, moment, frame.narrate);

  frame.controls.append(
    h("label", {for: `${id}-app`}, "App"),
    appSelect,
    h("span", {class: "records-scale", role: "group", "aria-label": "Scale the app"}, minus, count, plus),
    h("label", {for: `${id}-src`}, "Mesos-DNS IP sources"),
    sourceSelect,
    reset
  );
  frame.body.append(
    notice ?? "",
    share.element,
    status,
    clusterBox,
    h(
      "div",
      {class: "records-task"},
      taskTitle,
      h("div", {class: "wb-controls"}, kill, h("label", {for: `${id}-move`}, "Move to agent"), moveSelect, move),
      namesBox
    ),
    h("div", {class: "wb-controls"}, h("label", {for: `${id}-scope`}, "Records of"), scopeSelect),
    summary,
    tableBox
  );
  render();
  return frame.root;
}
