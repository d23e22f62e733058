// The HA simulators' shareable moments (see course/scenarioUrl.ts for the format), one parameter per
// simulator on the page:
//   masters=v1,p:ha-kill-leader,s:1,t:31200,m:3,z:4000,g:15000,f:15000~kill~zk-2;20000~kill~master-1
// p preset (one of that simulator's), s seed, t time (ms), m master nodes, z ZooKeeper session
// timeout (ms), g agent ping timeout (ms), f the whole fault schedule when it differs from the
// preset's, k a fork (time~change~target~value). The scenario is checked with the zod-free resolver.
import {decodeWith, formatFields, MomentProblem, parseFields, readList, readName, readNumber, type MomentCodec} from "../course/scenarioUrl.js";
import {MAX_AGENT_PING_TIMEOUT_MS, MIN_AGENT_PING_TIMEOUT_MS, ZK_MAX_SESSION_TIMEOUT_MS, ZK_MIN_SESSION_TIMEOUT_MS} from "./constants.js";
import {haScenarios} from "./presets.js";
import {HA_FAULT_ACTIONS, resolveHaScenario, type HaFault, type HaFaultAction, type HaScenario} from "./scenario.js";
import {ScenarioError} from "../sim/scenario-error.js";

/** What a fork changes at its time: a fault, or the ZooKeeper session timeout. */
export type HaForkChange = {kind: "fault"; action: HaFaultAction; target: string} | {kind: "session"; value: number};

export interface HaMoment {
  preset: string;
  seed: number;
  time: number;
  masters: 1 | 3 | 5;
  sessionMs: number;
  pingMs: number;
  /** The whole fault schedule, when it differs from the preset's. */
  faults?: HaFault[];
  fork?: {at: number; change: HaForkChange};
}

export const MAX_HA_URL_FAULTS = 20;
const MAX_TIME_MS = 3_600_000;
const library = haScenarios as Readonly<Record<string, HaScenario>>;

/** The scenario a moment describes (the fork not applied). */
export function haMomentScenario(m: HaMoment): HaScenario {
  const base = library[m.preset]!;
  return {
    ...structuredClone(base),
    seed: m.seed,
    masters: m.masters,
    parameters: {...base.parameters, zkSessionTimeoutMs: m.sessionMs, agentPingTimeoutMs: m.pingMs},
    faults: m.faults ? m.faults.map((f) => ({...f})) : structuredClone(base.faults ?? [])
  };
}

/** The fork's scenario: `scenario` plus the change at `at`. */
export function forkHaScenario(scenario: HaScenario, at: number, change: HaForkChange): HaScenario {
  const when = Math.max(0, Math.round(at));
  if (change.kind === "fault") return {...scenario, faults: [...(scenario.faults ?? []), {at: when, action: change.action, target: change.target}].sort((a, b) => a.at - b.at)};
  return {...scenario, changes: [...(scenario.changes ?? []), {at: when, set: "zkSessionTimeoutMs", value: change.value}]};
}

function readMasters(value: string): 1 | 3 | 5 {
  const n = readNumber(value, "master nodes (m)", 1, 5);
  if (n !== 1 && n !== 3 && n !== 5) throw new MomentProblem("master nodes (m): expected 1, 3 or 5");
  return n;
}

const ACTIONS = [...HA_FAULT_ACTIONS, "session"] as const;

export function haCodec(param: string, presets: readonly string[]): MomentCodec<HaMoment> {
  return {
    param,
    encode(m) {
      const k = m.fork;
      return formatFields(1, [
        ["p", m.preset],
        ["s", String(m.seed)],
        ["t", String(Math.round(m.time))],
        ["m", String(m.masters)],
        ["z", String(m.sessionMs)],
        ["g", String(m.pingMs)],
        ["f", m.faults ? m.faults.map((f) => `${f.at}~${f.action}~${f.target}`).join(";") : undefined],
        ["k", k ? (k.change.kind === "fault" ? `${k.at}~${k.change.action}~${k.change.target}~` : `${k.at}~session~~${k.change.value}`) : undefined]
      ]);
    },
    decode: (raw) =>
      decodeWith(() => {
        const f = parseFields(raw, 1, ["p", "s", "t", "m", "z", "g", "f", "k"]);
        const preset = readName(f.get("p"), "preset (p)", presets.filter((p) => p in library));
        const base = library[preset]!;
        const m: HaMoment = {
          preset,
          seed: readNumber(f.get("s") ?? String(base.seed ?? 1), "seed (s)", 0, 2 ** 31 - 1),
          time: readNumber(f.get("t") ?? "0", "time (t)", 0, MAX_TIME_MS),
          masters: readMasters(f.get("m") ?? String(base.masters ?? 3)),
          sessionMs: readNumber(f.get("z") ?? "10000", "session timeout (z)", ZK_MIN_SESSION_TIMEOUT_MS, ZK_MAX_SESSION_TIMEOUT_MS),
          pingMs: readNumber(f.get("g") ?? "15000", "ping timeout (g)", MIN_AGENT_PING_TIMEOUT_MS, MAX_AGENT_PING_TIMEOUT_MS)
        };
        if (f.has("f"))
          m.faults = readList(f.get("f"), "fault", MAX_HA_URL_FAULTS, 3).map((p, i) => ({
            at: readNumber(p[0], `fault ${i + 1} time`, 0, MAX_TIME_MS),
            action: readName(p[1], `fault ${i + 1} action`, HA_FAULT_ACTIONS),
            target: p[2]!
          }));
        if (f.has("k")) {
          const [p] = readList(f.get("k"), "fork (k)", 1, 4);
          if (!p) throw new MomentProblem("fork (k): expected time~change~target~value");
          const at = readNumber(p[0], "fork time", 0, MAX_TIME_MS);
          const what = readName(p[1], "fork change", ACTIONS);
          m.fork =
            what === "session"
              ? {at, change: {kind: "session", value: readNumber(p[3], "fork session timeout", ZK_MIN_SESSION_TIMEOUT_MS, ZK_MAX_SESSION_TIMEOUT_MS)}}
              : {at, change: {kind: "fault", action: what, target: p[2]!}};
        }
        // Targets are checked by the same resolver the simulator runs (no zod).
        try {
          const s = haMomentScenario(m);
          resolveHaScenario(m.fork ? forkHaScenario(s, m.fork.at, m.fork.change) : s);
        } catch (error) {
          if (error instanceof ScenarioError) throw new MomentProblem(error.problems[0]!.replace(/^faults\[(\d+)\]/, (_, i: string) => `fault ${Number(i) + 1}`));
          throw error;
        }
        return m;
      })
  };
}
