// parseClusterState: one model of a cluster from whatever a reader has at hand:
//   - a Mesos master `/state` (`/state.json` before 1.0), Mesos 0.19 to 1.x: `slaves` or `agents`,
//     resources as maps, statuses with container network infos, discovery info, labels;
//   - a Mesos operator API `GET_STATE` response, or a `SUBSCRIBE` event stream (JSON lines, or the
//     RecordIO framing the HTTP stream uses: a byte count, a newline, then the event), applied in order;
//   - Marathon's `GET /v2/apps` (or one app) and `GET /v2/tasks`, merged into the state given alongside,
//     or on their own, when they make a Marathon-only picture.
// Unknown fields are ignored, missing optional ones take defaults, and anything malformed is reported
// as a list of `path: problem` lines. Sizes and nesting are bounded first (./limits.ts).
// Sources: apache/mesos include/mesos/v1/master/master.proto (Response.GetState, Event), docs
// operator-http-api.md (RecordIO), src/common/recordio.hpp; mesosphere/marathon REST examples.
// This module loads zod: pages that only read states import ./index.js instead.
import {z} from "zod";
import {formatPath} from "../data/validate.js";
import {clusterOf, type Cluster, type ClusterFormat} from "./cluster.js";
import {DEFAULT_LIMITS, lineColumn, textLimitProblem, valueLimitProblem, type InputLimits} from "./limits.js";
import {stateFromMarathon, type MarathonApp, type MarathonInput, type MarathonTask} from "./marathon.js";
import {mesosStateFromOperatorEvents} from "./operator.js";
import {describeIssue, jsonErrorOffset, kind, mesosStateSchema, stateReferenceProblems} from "./state.schema.js";
import type {MesosState} from "./types.js";

/** Thrown with every problem found, each `where: what is wrong`. */
export class ClusterStateError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join("\n"));
    this.name = "ClusterStateError";
    this.problems = problems;
  }
}

/** A document: its text, or its already-decoded JSON value; `name` (a file name) prefixes messages. */
export type ClusterInput = string | {name?: string; text: string} | {name?: string; json: unknown};

export interface ParseClusterOptions {
  /** More documents: Marathon's `/v2/apps` and `/v2/tasks`, or the Mesos state when `input` is Marathon's. */
  alongside?: readonly ClusterInput[];
  limits?: Partial<InputLimits>;
  /** Most problems listed (default 20); the rest are counted. */
  maxProblems?: number;
}

type DocKind = "mesos-state" | "operator-get-state" | "operator-stream" | "marathon-apps" | "marathon-tasks";

interface Doc {
  name: string;
  kind: DocKind;
  state?: MesosState;
  marathon?: MarathonInput;
}

// ---- Schemas of the shapes other than /state (which is in ./state.schema.ts). ----

const idValue = z.looseObject({value: z.string()});
const v1Resource = z.looseObject({
  name: z.string(),
  type: z.string().optional(),
  scalar: z.looseObject({value: z.number()}).optional(),
  ranges: z.looseObject({range: z.array(z.looseObject({begin: z.number(), end: z.number()})).optional()}).optional()
});
const v1Labels = z.looseObject({labels: z.array(z.looseObject({key: z.string(), value: z.string().optional()})).optional()});
const v1Status = z.looseObject({
  task_id: idValue.optional(),
  state: z.string(),
  timestamp: z.number().optional(),
  labels: v1Labels.optional(),
  container_status: z.looseObject({network_infos: z.array(z.looseObject({ip_addresses: z.array(z.looseObject({ip_address: z.string().optional()})).optional()})).optional()}).optional()
});
const v1Task = z.looseObject({
  name: z.string(),
  task_id: idValue,
  framework_id: idValue,
  agent_id: idValue,
  state: z.string().optional(),
  resources: z.array(v1Resource).optional(),
  statuses: z.array(v1Status).optional(),
  labels: v1Labels.optional()
});
const v1Agent = z.looseObject({
  agent_info: z.looseObject({id: idValue, hostname: z.string(), port: z.number().optional(), resources: z.array(v1Resource).optional()}),
  pid: z.string().optional(),
  active: z.boolean().optional()
});
const v1Framework = z.looseObject({framework_info: z.looseObject({id: idValue.optional(), name: z.string()}), active: z.boolean().optional()});
const getState = z.looseObject({
  get_tasks: z.looseObject({tasks: z.array(v1Task).optional(), completed_tasks: z.array(v1Task).optional()}).optional(),
  get_frameworks: z.looseObject({frameworks: z.array(v1Framework).optional()}).optional(),
  get_agents: z.looseObject({agents: z.array(v1Agent).optional()}).optional()
});
/** The events the fold reads, by type; others (MAINTENANCE_UPDATED, newer types) are passed over. */
const EVENT_SCHEMAS: Record<string, z.ZodType> = {
  SUBSCRIBED: z.looseObject({subscribed: z.looseObject({get_state: getState})}),
  TASK_ADDED: z.looseObject({task_added: z.looseObject({task: v1Task})}),
  TASK_UPDATED: z.looseObject({task_updated: z.looseObject({framework_id: idValue, status: v1Status.extend({task_id: idValue}), state: z.string().optional()})}),
  FRAMEWORK_ADDED: z.looseObject({framework_added: z.looseObject({framework: v1Framework})}),
  FRAMEWORK_UPDATED: z.looseObject({framework_updated: z.looseObject({framework: v1Framework})}),
  FRAMEWORK_REMOVED: z.looseObject({framework_removed: z.looseObject({framework_info: z.looseObject({id: idValue})})}),
  AGENT_ADDED: z.looseObject({agent_added: z.looseObject({agent: v1Agent})}),
  AGENT_REMOVED: z.looseObject({agent_removed: z.looseObject({agent_id: idValue})})
};

const marathonTask = z.looseObject({
  id: z.string(),
  appId: z.string(),
  host: z.string().optional(),
  slaveId: z.string().optional(),
  agentId: z.string().optional(),
  ports: z.array(z.number()).optional(),
  servicePorts: z.array(z.number()).optional(),
  state: z.string().optional(),
  startedAt: z.string().nullable().optional(),
  healthCheckResults: z.array(z.looseObject({alive: z.boolean().optional()})).optional(),
  role: z.string().optional(),
  zone: z.string().optional()
});
const marathonApp = z.looseObject({
  id: z.string(),
  instances: z.number().optional(),
  cpus: z.number().optional(),
  mem: z.number().optional(),
  disk: z.number().optional(),
  gpus: z.number().optional(),
  labels: z.record(z.string(), z.string()).optional(),
  tasks: z.array(marathonTask.partial({appId: true})).optional()
});

// ---- Messages. ----

function check<T>(schema: z.ZodType<T>, value: unknown, prefix: readonly PropertyKey[] = []): {ok: true; value: T} | {ok: false; problems: string[]} {
  const result = z.safeParse(schema, value, {reportInput: true});
  if (result.success) return {ok: true, value: result.data};
  return {ok: false, problems: result.error.issues.map((i) => `${formatPath([...prefix, ...i.path]).replace(/^\(record\)$/, "(top level)")}: ${describeIssue(i)}`)};
}

// ---- Reading text. ----

/** One JSON document, or null when the text is not one (the caller then tries event lines). */
function parseJson(text: string): {ok: true; value: unknown} | {ok: false; problem: string} {
  try {
    return {ok: true, value: JSON.parse(text)};
  } catch {
    const at = Math.max(0, jsonErrorOffset(text));
    const {line, column} = lineColumn(text, at);
    const found = at >= text.length ? "the text ends too early" : `unexpected ${JSON.stringify(text[at])}`;
    return {ok: false, problem: `(input): not valid JSON: line ${line}, column ${column}: ${found}.`};
  }
}

/**
 * The events of a stream: JSON lines, or RecordIO (`<bytes>\n<event>` repeated, as the HTTP stream
 * sends it). Null when the text does not look like either.
 */
function splitEvents(text: string): {events: unknown[]; labels: string[]; problems: string[]} | null {
  const trimmed = text.trimStart();
  if (/^\d+\s*\n/.test(trimmed)) {
    const bytes = new TextEncoder().encode(trimmed);
    const decoder = new TextDecoder();
    const events: unknown[] = [];
    const labels: string[] = [];
    const problems: string[] = [];
    let i = 0;
    for (let n = 1; i < bytes.length; n++) {
      while (i < bytes.length && (bytes[i] === 10 || bytes[i] === 13 || bytes[i] === 32)) i++;
      if (i >= bytes.length) break;
      let j = i;
      while (j < bytes.length && bytes[j]! >= 48 && bytes[j]! <= 57) j++;
      if (j === i || bytes[j] !== 10) {
        problems.push(`record ${n}: expected a RecordIO length (digits, then a new line)`);
        break;
      }
      const length = Number(decoder.decode(bytes.subarray(i, j)));
      const body = decoder.decode(bytes.subarray(j + 1, j + 1 + length));
      i = j + 1 + length;
      try {
        events.push(JSON.parse(body));
        labels.push(`record ${n}`);
      } catch {
        problems.push(`record ${n}: not valid JSON in its ${length} bytes`);
      }
    }
    return {events, labels, problems};
  }
  const lines = text.split("\n");
  const nonEmpty = lines.filter((l) => l.trim() !== "");
  if (nonEmpty.length < 2) return null;
  const events: unknown[] = [];
  const labels: string[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      events.push(JSON.parse(line));
      labels.push(`line ${i + 1}`);
    } catch {
      const at = Math.max(0, jsonErrorOffset(line));
      problems.push(`line ${i + 1}, column ${at + 1}: not valid JSON`);
    }
  });
  // A pretty-printed document that failed to parse is not a stream: its first line is not an event.
  if (events.length === 0 || problems.some((p) => p.startsWith("line 1,"))) return null;
  return {events, labels, problems};
}

// ---- Recognising and reading one input. ----

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function classify(value: unknown): DocKind | undefined {
  // Operator API messages have an upper-case `type` (package.json's `"type": "module"` is not one).
  const isEvent = (e: unknown) => isObject(e) && typeof e.type === "string" && /^[A-Z][A-Z_]*$/.test(e.type);
  if (Array.isArray(value)) return value.length > 0 && value.every(isEvent) ? "operator-stream" : undefined;
  if (!isObject(value)) return undefined;
  if (value.type === "GET_STATE" || (isObject(value.get_state) && value.type === undefined)) return "operator-get-state";
  if (isEvent(value)) return "operator-stream";
  if (Array.isArray(value.slaves) || Array.isArray(value.agents) || Array.isArray(value.frameworks)) return "mesos-state";
  if (Array.isArray(value.apps) || isObject(value.app)) return "marathon-apps";
  if (Array.isArray(value.tasks)) return "marathon-tasks";
  if (typeof value.id === "string" && ("cmd" in value || "container" in value || "instances" in value)) return "marathon-apps";
  return undefined;
}

const UNKNOWN =
  "(top level): this is not a cluster state the workbook knows. Expected a Mesos master /state (with slaves and frameworks), an operator API GET_STATE response or SUBSCRIBE event stream, or Marathon's /v2/apps or /v2/tasks.";

/** `agents` for `slaves`, `agent_id` for `slave_id`: the newer spellings, folded into the /state ones. */
function normaliseSpelling(value: Record<string, unknown>): Record<string, unknown> {
  const out = {...value};
  if (!Array.isArray(out.slaves) && Array.isArray(out.agents)) out.slaves = out.agents;
  if (Array.isArray(out.frameworks)) {
    out.frameworks = out.frameworks.map((f) => {
      if (!isObject(f)) return f;
      const fixed = {...f};
      for (const list of ["tasks", "completed_tasks", "unreachable_tasks"]) {
        if (Array.isArray(fixed[list])) {
          fixed[list] = (fixed[list] as unknown[]).map((t) => (isObject(t) && t.slave_id === undefined && typeof t.agent_id === "string" ? {...t, slave_id: t.agent_id} : t));
        }
      }
      return fixed;
    });
  }
  return out;
}

function readMesosState(value: Record<string, unknown>): {state?: MesosState; problems: string[]} {
  const result = check(mesosStateSchema, normaliseSpelling(value));
  if (!result.ok) return {problems: result.problems.map((p) => p.replace(/^slaves(?=[[.]|:)/, Array.isArray(value.agents) && !Array.isArray(value.slaves) ? "agents" : "slaves"))};
  return {state: result.value as MesosState, problems: []};
}

function readEvents(events: readonly unknown[], where: (i: number) => string): {state?: MesosState; problems: string[]} {
  const problems: string[] = [];
  events.forEach((e, i) => {
    const type = isObject(e) ? e.type : undefined;
    if (typeof type !== "string") {
      problems.push(`${where(i)}: ${isObject(e) ? "type: expected the event's type, such as TASK_ADDED" : `expected an operator API event (an object), got ${kind(e)}`}`);
      return;
    }
    const schema = EVENT_SCHEMAS[type];
    const r = schema ? check(schema, e) : ({ok: true} as const);
    if (!r.ok) problems.push(...r.problems.map((p) => `${where(i)} (${type}): ${p}`));
  });
  if (problems.length) return {problems};
  if (!events.some((e) => isObject(e) && (e.type === "SUBSCRIBED" || e.type === "AGENT_ADDED"))) {
    return {problems: [`${where(0)}: a SUBSCRIBE stream starts with a SUBSCRIBED event, which carries the state the others change; none was found`]};
  }
  return {state: mesosStateFromOperatorEvents(events), problems: []};
}

function readDocument(value: unknown, name: string, stream?: {labels: string[]; problems: string[]}): {doc?: Doc; problems: string[]} {
  const docKind = stream ? "operator-stream" : classify(value);
  if (docKind === undefined) {
    return {problems: [Array.isArray(value) ? "(top level): a list, but not of operator API events (objects with a type)." : `${UNKNOWN}${isObject(value) ? "" : ` Got ${kind(value)}.`}`]};
  }
  if (docKind === "mesos-state") {
    const r = readMesosState(value as Record<string, unknown>);
    return r.state ? {doc: {name, kind: docKind, state: r.state}, problems: []} : {problems: r.problems};
  }
  if (docKind === "operator-get-state") {
    const v = value as Record<string, unknown>;
    const r = check(getState, v.get_state, ["get_state"]);
    if (!r.ok) return {problems: r.problems};
    return {doc: {name, kind: docKind, state: mesosStateFromOperatorEvents([{type: "SUBSCRIBED", subscribed: {get_state: v.get_state}}])}, problems: []};
  }
  if (docKind === "operator-stream") {
    const events = Array.isArray(value) ? value : [value];
    const r = readEvents(events, (i) => stream?.labels[i] ?? (Array.isArray(value) ? `[${i}]` : "(top level)"));
    const before = stream?.problems ?? [];
    return r.state && !before.length ? {doc: {name, kind: docKind, state: r.state}, problems: []} : {problems: [...before, ...r.problems]};
  }
  if (docKind === "marathon-apps") {
    const v = value as Record<string, unknown>;
    const [list, prefix]: [unknown, PropertyKey[]] = Array.isArray(v.apps) ? [v.apps, ["apps"]] : isObject(v.app) ? [[v.app], ["app"]] : [[v], []];
    const problems: string[] = [];
    const apps: MarathonApp[] = [];
    (list as unknown[]).forEach((app, i) => {
      const r = check(marathonApp, app, Array.isArray(v.apps) ? [...prefix, i] : prefix);
      if (r.ok) apps.push(r.value as MarathonApp);
      else problems.push(...r.problems);
    });
    return problems.length ? {problems} : {doc: {name, kind: docKind, marathon: {apps}}, problems: []};
  }
  const r = check(z.looseObject({tasks: z.array(marathonTask)}), value);
  return r.ok ? {doc: {name, kind: "marathon-tasks", marathon: {tasks: r.value.tasks as MarathonTask[]}}, problems: []} : {problems: r.problems};
}

function readInput(input: ClusterInput, fallbackName: string, limits: InputLimits): {doc?: Doc; problems: string[]} {
  const name = typeof input === "string" ? fallbackName : (input.name ?? fallbackName);
  if (typeof input !== "string" && "json" in input) {
    const problem = valueLimitProblem(input.json, limits);
    return problem ? {problems: [problem]} : readDocument(input.json, name);
  }
  const text = typeof input === "string" ? input : input.text;
  if (typeof text !== "string") return {problems: ["(input): expected text"]};
  if (text.trim() === "") return {problems: ["(input): it is empty. Paste a Mesos /state, an operator API response or stream, or Marathon's /v2/apps or /v2/tasks."]};
  const limitProblem = textLimitProblem(text, limits);
  if (limitProblem) return {problems: [limitProblem]};
  const json = parseJson(text);
  if (json.ok) return readDocument(json.value, name);
  const stream = splitEvents(text);
  if (stream) return readDocument(stream.events, name, stream);
  return {problems: [json.problem]};
}

/**
 * Reads a cluster from `input` (and `options.alongside`): at most one Mesos document (a `/state`, a
 * `GET_STATE` response or an event stream) and any Marathon `/v2/apps` and `/v2/tasks`. Throws a
 * `ClusterStateError` listing every problem, each with the document's name (when there are several)
 * and the JSON path, line or record where it was found.
 */
export function parseClusterState(input: ClusterInput, options: ParseClusterOptions = {}): Cluster {
  const limits = {...DEFAULT_LIMITS, ...options.limits};
  const maxProblems = options.maxProblems ?? 20;
  const inputs = [input, ...(options.alongside ?? [])];
  const many = inputs.length > 1;
  const problems: string[] = [];
  const docs: Doc[] = [];
  inputs.forEach((one, i) => {
    const r = readInput(one, many ? `document ${i + 1}` : "the input", limits);
    const name = typeof one === "string" ? `document ${i + 1}` : (one.name ?? `document ${i + 1}`);
    if (r.doc) docs.push(r.doc);
    problems.push(...r.problems.map((p) => (many ? `${name}: ${p}` : p)));
  });
  if (problems.length) {
    const shown = problems.slice(0, maxProblems);
    if (problems.length > maxProblems) shown.push(`… and ${problems.length - maxProblems} more problems`);
    throw new ClusterStateError(shown);
  }

  const mesos = docs.filter((d) => d.state);
  if (mesos.length > 1) throw new ClusterStateError([`${mesos.map((d) => d.name).join(" and ")}: both are Mesos states; give one, with Marathon's /v2/apps or /v2/tasks alongside if you like.`]);
  const marathonDocs = docs.filter((d) => d.marathon);
  const marathon: MarathonInput | undefined = marathonDocs.length
    ? {apps: marathonDocs.flatMap((d) => d.marathon!.apps ?? []), tasks: marathonDocs.flatMap((d) => d.marathon!.tasks ?? [])}
    : undefined;

  const warnings: string[] = [];
  let state: MesosState;
  let format: ClusterFormat;
  if (mesos[0]) {
    state = mesos[0].state!;
    format = mesos[0].kind === "operator-get-state" ? "operator-get-state" : mesos[0].kind === "operator-stream" ? "operator-stream" : "mesos-state";
    warnings.push(...stateReferenceProblems(state).map((p) => `${p} (Mesos-DNS and dcos-net skip such tasks)`));
    if (marathon) {
      const ids = new Set((state.frameworks ?? []).flatMap((f) => [...(f.tasks ?? []), ...(f.completed_tasks ?? [])].map((t) => t.id)));
      const missing = [...(marathon.tasks ?? []), ...(marathon.apps ?? []).flatMap((a) => a.tasks ?? [])].filter((t) => !ids.has(t.id));
      if (missing.length) warnings.push(`${missing.length} of Marathon's tasks are not in the Mesos state (the two were saved at different times?): ${missing.slice(0, 3).map((t) => t.id).join(", ")}${missing.length > 3 ? ", …" : ""}`);
    }
  } else {
    state = stateFromMarathon(marathon ?? {});
    format = "marathon";
    warnings.push("Only Marathon's view: the agents are those its tasks run on, and there are no masters or other frameworks. Add the master's /state for the whole cluster.");
  }
  return clusterOf(state, format, marathon, warnings);
}
