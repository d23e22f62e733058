// A minimal applier for the Mesos v1 operator API `SUBSCRIBE` event stream, folding the events into the
// `/state` (v0) shape of ./types.ts so one set of readers serves both. Not a full parser.
// Sources: apache/mesos include/mesos/v1/master/master.proto (Event: SUBSCRIBED{get_state}, TASK_ADDED,
// TASK_UPDATED{framework_id, status, state}, FRAMEWORK_ADDED/UPDATED/REMOVED, AGENT_ADDED/REMOVED,
// HEARTBEAT); the folding mirrors dcos/dcos-net apps/dcos_net/test/dcos_net_mesos_listener_tests.erl
// (`from_state_merge`: a TASK_UPDATED status is merged into its task, whose `state` is the event's
// `state`) and dcos_net_mesos_listener.erl (`handle_task_updated`).
import {formatPortRanges} from "./ports.js";
import type {MesosFramework, MesosLabel, MesosResources, MesosSlave, MesosState, MesosTask, MesosTaskStatus} from "./types.js";

type Json = Record<string, unknown>;

function obj(v: unknown): Json {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {};
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
function idValue(v: unknown): string | undefined {
  return str(obj(v).value);
}
function labelsOf(v: unknown): MesosLabel[] | undefined {
  const list = obj(v).labels;
  return Array.isArray(list) ? (list as MesosLabel[]) : undefined;
}

/** v1 `Resource` list → the `/state` map: scalars summed, ranges written as `"[lo-hi, ...]"`. */
export function resourcesFromV1(resources: unknown): MesosResources {
  const out: MesosResources = {};
  const ranges: Record<string, number[]> = {};
  for (const r of arr(resources)) {
    const res = obj(r);
    const name = str(res.name);
    if (name === undefined) continue;
    if (res.type === "SCALAR") {
      const value = Number(obj(res.scalar).value ?? 0);
      const prev = out[name];
      out[name] = (typeof prev === "number" ? prev : 0) + value;
    } else if (res.type === "RANGES") {
      const list = (ranges[name] ??= []);
      for (const range of arr(obj(res.ranges).range)) {
        const b = Number(obj(range).begin);
        const e = Number(obj(range).end);
        for (let p = b; p <= e; p++) list.push(p);
      }
    }
  }
  for (const [name, ports] of Object.entries(ranges)) out[name] = formatPortRanges(ports);
  return out;
}

/** The role a v1 resource is reserved for: the last of its `reservations`, else its legacy `role`; `*` when unreserved. */
function reservationRole(resource: Json): string {
  const reservations = arr(resource.reservations);
  const last = obj(reservations[reservations.length - 1]);
  return str(last.role) ?? str(resource.role) ?? "*";
}

/** Reserved v1 resources by role, each in the `/state` map form. */
export function reservedFromV1(resources: unknown): Record<string, MesosResources> {
  const byRole: Record<string, unknown[]> = {};
  for (const r of arr(resources)) {
    const role = reservationRole(obj(r));
    if (role !== "*") (byRole[role] ??= []).push(r);
  }
  return Object.fromEntries(Object.entries(byRole).map(([role, list]) => [role, resourcesFromV1(list)]));
}

/** v1 attributes (`[{name, type: "TEXT", text: {value}}, ...]`) as the `/state` map. */
export function attributesFromV1(attributes: unknown): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const a of arr(attributes)) {
    const attr = obj(a);
    const name = str(attr.name);
    if (name === undefined) continue;
    if (attr.type === "SCALAR" && typeof obj(attr.scalar).value === "number") out[name] = obj(attr.scalar).value as number;
    else if (typeof obj(attr.text).value === "string") out[name] = obj(attr.text).value as string;
  }
  return out;
}

function statusFromV1(status: unknown): MesosTaskStatus {
  const s = obj(status);
  const out: MesosTaskStatus = {state: str(s.state) ?? "TASK_UNKNOWN"};
  if (typeof s.timestamp === "number") out.timestamp = s.timestamp;
  const labels = labelsOf(s.labels);
  if (labels) out.labels = labels;
  if (s.container_status !== undefined) out.container_status = s.container_status as MesosTaskStatus["container_status"];
  if (typeof s.healthy === "boolean") out.healthy = s.healthy;
  if (typeof s.source === "string") out.source = s.source;
  if (typeof s.reason === "string") out.reason = s.reason;
  return out;
}

/** A v1 `Task` → a `/state` task. */
export function taskFromV1(task: unknown): MesosTask {
  const t = obj(task);
  const out: MesosTask = {
    id: idValue(t.task_id) ?? "",
    name: str(t.name) ?? "",
    framework_id: idValue(t.framework_id) ?? "",
    executor_id: idValue(t.executor_id) ?? "",
    slave_id: idValue(t.agent_id) ?? "",
    state: str(t.state) ?? "TASK_UNKNOWN",
    resources: resourcesFromV1(t.resources),
    statuses: arr(t.statuses).map(statusFromV1)
  };
  const labels = labelsOf(t.labels);
  if (labels) out.labels = labels;
  if (t.discovery !== undefined) out.discovery = t.discovery as MesosTask["discovery"];
  if (t.container !== undefined) out.container = t.container as MesosTask["container"];
  if (t.health_check !== undefined) out.health_check = t.health_check;
  if (typeof t.role === "string") out.role = t.role;
  return out;
}

function frameworkFromV1(framework: unknown): MesosFramework {
  const f = obj(framework);
  const info = obj(f.framework_info);
  const out: MesosFramework = {id: idValue(info.id) ?? "", tasks: []};
  const name = str(info.name);
  if (name !== undefined) out.name = name;
  const hostname = str(info.hostname);
  if (hostname !== undefined) out.hostname = hostname;
  if (typeof info.webui_url === "string") out.webui_url = info.webui_url;
  if (typeof info.role === "string") out.role = info.role;
  if (typeof f.active === "boolean") out.active = f.active;
  if (typeof f.connected === "boolean") out.connected = f.connected;
  return out;
}

function slaveFromV1(agent: unknown): MesosSlave {
  const a = obj(agent);
  const info = obj(a.agent_info);
  const out: MesosSlave = {id: idValue(info.id) ?? ""};
  const hostname = str(info.hostname);
  if (hostname !== undefined) out.hostname = hostname;
  if (typeof info.port === "number") out.port = info.port;
  if (typeof a.pid === "string") out.pid = a.pid;
  if (info.resources !== undefined) {
    out.resources = resourcesFromV1(info.resources);
    const reserved = reservedFromV1(info.resources);
    if (Object.keys(reserved).length) out.reserved_resources = reserved;
  }
  const attributes = attributesFromV1(info.attributes);
  if (Object.keys(attributes).length) out.attributes = attributes;
  if (info.domain !== undefined) out.domain = info.domain;
  if (typeof a.active === "boolean") out.active = a.active;
  return out;
}

/**
 * Folds operator API events (already JSON-decoded, in stream order) into a `/state`-shaped snapshot.
 * Tasks of frameworks not (yet) known are kept under a framework entry without a name.
 */
export function mesosStateFromOperatorEvents(events: readonly unknown[]): MesosState {
  const slaves = new Map<string, MesosSlave>();
  const frameworks = new Map<string, MesosFramework>();

  const frameworkFor = (id: string): MesosFramework => {
    let f = frameworks.get(id);
    if (!f) {
      f = {id, tasks: []};
      frameworks.set(id, f);
    }
    return f;
  };
  const upsertFramework = (fw: MesosFramework): void => {
    const prev = frameworks.get(fw.id);
    frameworks.set(fw.id, {...prev, ...fw, tasks: prev?.tasks ?? []});
  };
  const addTask = (task: MesosTask): void => {
    const f = frameworkFor(task.framework_id);
    const tasks = (f.tasks ??= []);
    const i = tasks.findIndex((t) => t.id === task.id);
    if (i >= 0) tasks[i] = task;
    else tasks.push(task);
  };

  for (const event of events) {
    const e = obj(event);
    switch (e.type) {
      case "SUBSCRIBED": {
        const gs = obj(obj(e.subscribed).get_state);
        for (const a of arr(obj(gs.get_agents).agents)) {
          const s = slaveFromV1(a);
          slaves.set(s.id, s);
        }
        for (const f of arr(obj(gs.get_frameworks).frameworks)) upsertFramework(frameworkFromV1(f));
        for (const t of arr(obj(gs.get_tasks).tasks)) addTask(taskFromV1(t));
        break;
      }
      case "TASK_ADDED":
        addTask(taskFromV1(obj(e.task_added).task));
        break;
      case "TASK_UPDATED": {
        const u = obj(e.task_updated);
        const frameworkId = idValue(u.framework_id) ?? "";
        const status = statusFromV1(u.status);
        const taskId = idValue(obj(u.status).task_id);
        const task = (frameworks.get(frameworkId)?.tasks ?? []).find((t) => t.id === taskId);
        if (task) {
          // The event's `state` is authoritative (dcos-net: "Always depend on TaskState").
          task.state = str(u.state) ?? status.state;
          (task.statuses ??= []).push(status);
        }
        break;
      }
      case "FRAMEWORK_ADDED":
        upsertFramework(frameworkFromV1(obj(e.framework_added).framework));
        break;
      case "FRAMEWORK_UPDATED":
        upsertFramework(frameworkFromV1(obj(e.framework_updated).framework));
        break;
      case "FRAMEWORK_REMOVED": {
        const id = idValue(obj(obj(e.framework_removed).framework_info).id);
        if (id !== undefined) frameworks.delete(id);
        break;
      }
      case "AGENT_ADDED": {
        const s = slaveFromV1(obj(e.agent_added).agent);
        slaves.set(s.id, s);
        break;
      }
      case "AGENT_REMOVED": {
        const id = idValue(obj(e.agent_removed).agent_id);
        if (id !== undefined) slaves.delete(id);
        break;
      }
      default:
        break; // HEARTBEAT and unknown events change nothing.
    }
  }
  return {slaves: [...slaves.values()], frameworks: [...frameworks.values()]};
}

/** Splits a JSON-lines text (one event per line, blank lines ignored) and folds it. */
export function mesosStateFromOperatorStream(jsonl: string): MesosState {
  const events = jsonl
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
  return mesosStateFromOperatorEvents(events);
}
