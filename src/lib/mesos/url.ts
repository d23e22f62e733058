// The offer-cycle chapter's shareable moments (see course/scenarioUrl.ts for the format):
//   arch=v1,n:16                                   the architecture example at step 16
//   drf=v1,c:12~18,a:1~4,b:3~1,n:2                 DRF with the reader's numbers, at step 2
//   sim=v1,p:free-play,s:42,t:24000,…              the free-play simulator (see PlayMoment)
import {decodeWith, formatFields, MomentProblem, parseFields, quote, readList, readName, readNumber, type MomentCodec} from "../course/scenarioUrl.js";
import {MAX_REFUSE_SECONDS} from "./constants.js";
import type {MesosChangeSetting, MesosFaultAction} from "./scenario-schema.js";

// Not imported from scenario-schema.ts, which would bring zod into the page.
const MESOS_FAULT_ACTIONS: readonly MesosFaultAction[] = ["remove-agent", "kill-agent", "kill-task"];

const num = (n: number) => String(Math.round(n * 1e6) / 1e6);
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ROLE = /^(\*|[A-Za-z0-9._][A-Za-z0-9._\/-]{0,63})$/;

function readPattern(value: string | undefined, what: string, pattern: RegExp): string {
  if (value === undefined || !pattern.test(value)) throw new MomentProblem(`${what}: not a valid name: ${quote(value ?? "")}`);
  return value;
}

// ---- the architecture example

export interface ArchMoment {
  /** Steps taken: 0 (before the first) … the number of steps. */
  step: number;
}

export function archCodec(steps: number, param = "arch"): MomentCodec<ArchMoment> {
  return {
    param,
    encode: (m) => formatFields(1, [["n", String(m.step)]]),
    decode: (raw) => decodeWith(() => ({step: readNumber(parseFields(raw, 1, ["n"]).get("n"), "step (n)", 0, steps)}))
  };
}

// ---- DRF progressive filling

export interface DrfMoment {
  total: {cpus: number; mem: number};
  demands: {A: {cpus: number; mem: number}; B: {cpus: number; mem: number}};
  /** Steps taken (0: none). */
  step: number;
}

const MAX_AMOUNT = 100_000;

function pair(value: string | undefined, what: string): {cpus: number; mem: number} {
  const [parts] = readList(value, what, 1, 2);
  if (!parts) throw new MomentProblem(`${what}: expected CPUs~GB`);
  return {cpus: readNumber(parts[0], `${what} CPUs`, 0.001, MAX_AMOUNT, false), mem: readNumber(parts[1], `${what} GB`, 0.001, MAX_AMOUNT, false)};
}

export function drfCodec(param = "drf", maxSteps = 200): MomentCodec<DrfMoment> {
  return {
    param,
    encode: (m) =>
      formatFields(1, [
        ["c", `${num(m.total.cpus)}~${num(m.total.mem)}`],
        ["a", `${num(m.demands.A.cpus)}~${num(m.demands.A.mem)}`],
        ["b", `${num(m.demands.B.cpus)}~${num(m.demands.B.mem)}`],
        ["n", String(m.step)]
      ]),
    decode: (raw) =>
      decodeWith(() => {
        const f = parseFields(raw, 1, ["c", "a", "b", "n"]);
        return {
          total: pair(f.get("c"), "cluster (c)"),
          demands: {A: pair(f.get("a"), "user A (a)"), B: pair(f.get("b"), "user B (b)")},
          step: readNumber(f.get("n") ?? "0", "step (n)", 0, maxSteps)
        };
      })
  };
}

// ---- the free-play simulator

/** One row of the settings form (memory in GB, as the form shows it). `base`: the preset framework it started from, or null for one the reader added. */
export interface PlayFrameworkRow {
  base: number | null;
  name: string;
  role: string;
  weight: number;
  cpus: number;
  mem: number;
  instances: number;
  behaviour: "launch" | "decline" | "hold";
  refuseSeconds: number;
}

/** The settings form as the reader left it: agents (null size: keep the preset's), run length and frameworks. */
export interface PlayForm {
  agents: number;
  cpus: number | null;
  mem: number | null;
  untilS: number;
  frameworks: PlayFrameworkRow[];
}

/** What a fork changes at its time: a fault, or one setting (`target`: framework or role; value null: no offer timeout). */
export type MesosForkChange =
  | {kind: "fault"; action: MesosFaultAction; target: string}
  | {kind: "setting"; set: MesosChangeSetting; target?: string; value: number | null};

export interface PlayMoment {
  preset: string;
  seed: number;
  /** Cluster time shown, ms. */
  time: number;
  /** The settings form, when the reader changed it. */
  form?: PlayForm;
  /** The whole fault schedule, when it differs from the preset's. */
  faults?: {at: number; action: MesosFaultAction; target: string}[];
  /** A fork: the same run with one change at `at`, shown beside it. */
  fork?: {at: number; change: MesosForkChange};
}

export const MAX_URL_FAULTS = 20;
export const MAX_URL_FRAMEWORKS = 6;
const MAX_TIME_MS = 300_000;
const BEHAVIOURS = ["launch", "decline", "hold"] as const;
const SETTINGS: readonly MesosChangeSetting[] = ["offerTimeoutMs", "refuseSeconds", "weight"];

function forkText(fork: NonNullable<PlayMoment["fork"]>): string {
  const c = fork.change;
  return c.kind === "fault" ? `${fork.at}~${c.action}~${c.target}~` : `${fork.at}~${c.set}~${c.target ?? ""}~${c.value === null ? "none" : num(c.value)}`;
}

function readFork(text: string): NonNullable<PlayMoment["fork"]> {
  const [p] = readList(text, "fork (k)", 1, 4);
  if (!p) throw new MomentProblem("fork (k): expected time~change~target~value");
  const at = readNumber(p[0], "fork time", 0, MAX_TIME_MS);
  const what = readName(p[1], "fork change", [...MESOS_FAULT_ACTIONS, ...SETTINGS]);
  if ((MESOS_FAULT_ACTIONS as readonly string[]).includes(what)) {
    return {at, change: {kind: "fault", action: what as MesosFaultAction, target: readPattern(p[2], "fork target", NAME)}};
  }
  const set = what as MesosChangeSetting;
  if (set === "offerTimeoutMs") {
    const value = p[3] === "none" ? null : readNumber(p[3], "fork offer timeout (ms)", 1, 3_600_000);
    return {at, change: {kind: "setting", set, value}};
  }
  const target = readPattern(p[2], set === "weight" ? "fork role" : "fork framework", set === "weight" ? ROLE : NAME);
  const value = set === "weight" ? readNumber(p[3], "fork weight", 0.001, 1000, false) : readNumber(p[3], "fork refuse_seconds", 0, MAX_REFUSE_SECONDS, false);
  return {at, change: {kind: "setting", set, target, value}};
}

export function playCodec(presets: readonly string[], param = "sim"): MomentCodec<PlayMoment> {
  return {
    param,
    encode(m) {
      const form = m.form;
      return formatFields(1, [
        ["p", m.preset],
        ["s", String(m.seed)],
        ["t", String(Math.round(m.time))],
        ["a", form ? `${form.agents}~${form.cpus === null ? "" : num(form.cpus)}~${form.mem === null ? "" : num(form.mem)}` : undefined],
        ["u", form ? num(form.untilS) : undefined],
        [
          "w",
          form
            ? form.frameworks.map((r) => [r.base === null ? "n" : r.base, r.name, r.role, num(r.weight), num(r.cpus), num(r.mem), r.instances, r.behaviour, num(r.refuseSeconds)].join("~")).join(";")
            : undefined
        ],
        ["f", m.faults ? m.faults.map((f) => `${f.at}~${f.action}~${f.target}`).join(";") : undefined],
        ["k", m.fork ? forkText(m.fork) : undefined]
      ]);
    },
    decode: (raw) =>
      decodeWith(() => {
        const f = parseFields(raw, 1, ["p", "s", "t", "a", "u", "w", "f", "k"]);
        const moment: PlayMoment = {
          preset: readName(f.get("p"), "preset (p)", presets),
          seed: readNumber(f.get("s") ?? "1", "seed (s)", 0, 2 ** 31 - 1),
          time: readNumber(f.get("t") ?? "0", "time (t)", 0, MAX_TIME_MS)
        };
        const formKeys = ["a", "u", "w"].filter((k) => f.has(k));
        if (formKeys.length && formKeys.length < 3) throw new MomentProblem("edited settings need all of a, u and w");
        if (formKeys.length) {
          const [a] = readList(f.get("a"), "agents (a)", 1, 3);
          if (!a) throw new MomentProblem("agents (a): expected count~CPUs~GB");
          moment.form = {
            agents: readNumber(a[0], "agents", 1, 2000),
            cpus: a[1] === "" ? null : readNumber(a[1], "CPUs per agent", 0.001, 1024, false),
            mem: a[2] === "" ? null : readNumber(a[2], "GB per agent", 0.001, 4096, false),
            untilS: readNumber(f.get("u"), "run length (u)", 1, MAX_TIME_MS / 1000, false),
            frameworks: readList(f.get("w"), "framework", MAX_URL_FRAMEWORKS, 9).map((r, i) => ({
              base: r[0] === "n" ? null : readNumber(r[0], `framework ${i + 1} base`, 0, MAX_URL_FRAMEWORKS - 1),
              name: readPattern(r[1], `framework ${i + 1} name`, NAME),
              role: readPattern(r[2], `framework ${i + 1} role`, ROLE),
              weight: readNumber(r[3], `framework ${i + 1} weight`, 0.001, 1000, false),
              cpus: readNumber(r[4], `framework ${i + 1} CPUs per task`, 0.001, 1024, false),
              mem: readNumber(r[5], `framework ${i + 1} GB per task`, 0.001, 4096, false),
              instances: readNumber(r[6], `framework ${i + 1} tasks`, 0, 10_000),
              behaviour: readName(r[7], `framework ${i + 1} behaviour`, BEHAVIOURS),
              refuseSeconds: readNumber(r[8], `framework ${i + 1} refuse_seconds`, 0, MAX_REFUSE_SECONDS, false)
            }))
          };
        }
        if (f.has("f"))
          moment.faults = readList(f.get("f"), "fault", MAX_URL_FAULTS, 3).map((p, i) => ({
            at: readNumber(p[0], `fault ${i + 1} time`, 0, MAX_TIME_MS),
            action: readName(p[1], `fault ${i + 1} action`, MESOS_FAULT_ACTIONS),
            target: readPattern(p[2], `fault ${i + 1} target`, NAME)
          }));
        if (f.has("k")) moment.fork = readFork(f.get("k")!);
        return moment;
      })
  };
}
