// The schema of a Mesos master `/state` document (the shapes of ./types.ts), for the demo cluster's
// loader and for states a reader pastes into a page. It checks the fields the discovery models read
// and lets every other field through, since real documents vary across Mesos versions.
// Problems name the place as a path: `frameworks[0].tasks[2].statuses: expected an array, got an object`.
// Kept out of ./index.ts so that pages which only read states do not ship the validator.
import {z} from "zod";
import {DataError, formatPath} from "../data/validate.js";
import type {MesosState} from "./types.js";

const label = z.looseObject({key: z.string(), value: z.string().optional()});
const labelList = z.array(label);
/** Tasks and statuses write a bare array; protobuf-JSON objects wrap it as `{labels: [...]}`. */
const labels = z.union([labelList, z.looseObject({labels: labelList.optional()})], {
  error: "expected a list of {key, value} labels, or {labels: [...]}"
});
const wrappedLabels = z.looseObject({labels: labelList.optional()});

const resources = z.record(z.string(), z.union([z.number(), z.string()], {error: "expected a number, or port ranges such as \"[31000-31005]\""}));

const ipAddress = z.looseObject({protocol: z.string().optional(), ip_address: z.string().optional()});
const portMapping = z.looseObject({host_port: z.number(), container_port: z.number(), protocol: z.string().optional()});
const networkInfo = z.looseObject({
  ip_addresses: z.array(ipAddress).optional(),
  ip_address: z.string().optional(),
  name: z.string().optional(),
  labels: wrappedLabels.optional(),
  port_mappings: z.array(portMapping).optional()
});

const taskState = z.string().regex(/^TASK_[A-Z_]+$/, "expected a task state such as TASK_RUNNING");

const status = z.looseObject({
  state: taskState,
  timestamp: z.number().optional(),
  labels: labels.optional(),
  container_status: z.looseObject({network_infos: z.array(networkInfo).optional()}).optional(),
  healthy: z.boolean().optional()
});

const discoveryPort = z.looseObject({
  number: z.number(),
  name: z.string().optional(),
  protocol: z.string().optional(),
  labels: wrappedLabels.optional()
});

const task = z.looseObject({
  id: z.string(),
  name: z.string(),
  framework_id: z.string(),
  slave_id: z.string(),
  state: taskState,
  resources: resources.optional(),
  statuses: z.array(status).optional(),
  labels: labels.optional(),
  discovery: z
    .looseObject({name: z.string().optional(), ports: z.looseObject({ports: z.array(discoveryPort).optional()}).optional(), labels: wrappedLabels.optional()})
    .optional(),
  container: z
    .looseObject({
      type: z.string().optional(),
      docker: z.looseObject({network: z.string().optional(), port_mappings: z.array(portMapping).optional()}).optional(),
      network_infos: z.array(networkInfo).optional()
    })
    .optional()
});

const framework = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  pid: z.string().optional(),
  hostname: z.string().optional(),
  tasks: z.array(task).optional(),
  completed_tasks: z.array(task).optional()
});

const slave = z.looseObject({
  id: z.string(),
  pid: z.string().optional(),
  hostname: z.string().optional(),
  attributes: z.record(z.string(), z.union([z.string(), z.number()], {error: "expected a text or number attribute"})).optional(),
  resources: resources.optional(),
  reserved_resources: z.record(z.string(), resources).optional(),
  active: z.boolean().optional()
});

export const mesosStateSchema = z
  .looseObject({
    leader: z.string().optional(),
    pid: z.string().optional(),
    flags: z.record(z.string(), z.string()).optional(),
    slaves: z.array(slave).optional(),
    frameworks: z.array(framework).optional()
  })
  .refine((s) => Array.isArray(s.slaves) || Array.isArray(s.frameworks), {
    message: "expected a Mesos master /state object, with `slaves` and `frameworks` lists"
  });

const ARTICLE_AN = new Set(["array", "object", "integer"]);

export function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true or false";
  return typeof value;
}

/** One plain sentence per issue: `expected an array, got an object` rather than zod's default. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const expected = String(issue.expected);
    // `reportInput` is on (checkMesosState), so an undefined input means the field is missing.
    const got = issue.input === undefined ? ", but it is missing" : `, got ${kind(issue.input)}`;
    return `expected ${ARTICLE_AN.has(expected) ? "an" : "a"} ${expected}${got}`;
  }
  return issue.message;
}

export type StateCheck = {ok: true; state: MesosState} | {ok: false; problems: string[]};

/** Validates a decoded `/state`; problems are `path: what is wrong`, at most `maxProblems` of them. */
export function checkMesosState(input: unknown, {maxProblems = 8}: {maxProblems?: number} = {}): StateCheck {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {ok: false, problems: [`(top level): expected a Mesos master /state object, got ${kind(input)}`]};
  }
  if ("apps" in input && !("frameworks" in input)) {
    return {ok: false, problems: ["(top level): this looks like Marathon's /v2/apps list; paste the Mesos master's /state instead"]};
  }
  const result = z.safeParse(mesosStateSchema, input, {reportInput: true});
  if (result.success) return {ok: true, state: result.data as MesosState};
  const all = result.error.issues.map((issue) => `${issue.path.length ? formatPath(issue.path) : "(top level)"}: ${describeIssue(issue)}`);
  const problems = all.slice(0, maxProblems);
  if (all.length > maxProblems) problems.push(`… and ${all.length - maxProblems} more`);
  return {ok: false, problems};
}

/**
 * The offset of the first JSON syntax error in `text` (engines word and place their own messages
 * differently, so the place is found here): a small recursive-descent scan of RFC 8259 JSON.
 */
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "x")) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail();
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === "t") return void literal("true");
    if (c === "f") return void literal("false");
    if (c === "n") return void literal("null");
    return number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === "number" ? at : 0;
  }
}

/** Parses JSON text and validates it; a syntax error names the line and column. */
export function checkMesosStateText(text: string): StateCheck {
  if (text.trim() === "") return {ok: false, problems: ["Nothing to read: paste a Mesos /state JSON document, or choose a file."]};
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    const at = Math.max(0, jsonErrorOffset(text));
    const lines = text.slice(0, at).split("\n");
    const found = at >= text.length ? "the text ends too early" : `unexpected ${JSON.stringify(text[at])}`;
    return {ok: false, problems: [`Not valid JSON: line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}: ${found}.`]};
  }
  return checkMesosState(input);
}

/**
 * Cross-references a schema-valid state: each task's `framework_id` is its framework's id and its
 * `slave_id` names a known agent. Mesos-DNS and dcos-net skip tasks on unknown agents, so a pasted
 * state may have some; the demo cluster must have none.
 */
export function stateReferenceProblems(state: MesosState): string[] {
  const agents = new Set((state.slaves ?? []).map((s) => s.id));
  const problems: string[] = [];
  (state.frameworks ?? []).forEach((f, i) => {
    for (const list of ["tasks", "completed_tasks"] as const) {
      (f[list] ?? []).forEach((t, j) => {
        if (t.framework_id !== f.id) problems.push(`frameworks[${i}].${list}[${j}].framework_id: "${t.framework_id}" is not its framework's id "${f.id}"`);
        if (!agents.has(t.slave_id)) problems.push(`frameworks[${i}].${list}[${j}].slave_id: no agent with id "${t.slave_id}" in slaves`);
      });
    }
  });
  return problems;
}

/** For loaders: the validated state, or a DataError whose lines read `file: path: problem`. */
export function parseMesosState(input: unknown, file: string): MesosState {
  const result = checkMesosState(input, {maxProblems: 50});
  if (!result.ok) throw new DataError(result.problems.map((p) => `${file}: ${p}`));
  const refs = stateReferenceProblems(result.state);
  if (refs.length) throw new DataError(refs.map((p) => `${file}: ${p}`));
  return result.state;
}
