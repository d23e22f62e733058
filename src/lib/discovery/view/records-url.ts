// "Live records" as a shareable moment (format: course/scenarioUrl.ts):
//   rec=v1,a:web,i:dcos,o:app,c:s~web~4~;k~web~0~;m~api~1~2,x:web~2
// a the app shown, i Mesos-DNS's IP sources (dcos or mesos-dns), o the records listed (app or all),
// c the changes in order, each op~app~task~agent: s scales the app to n (task = n), k kills the app's
// task at that place in its list, m moves it to the agent at that place in the state's list; x the
// selected task as app~place. The mutations are pure and deterministic (lib/discovery/mutate.ts), so
// replaying the changes on the same starting state gives the same tasks, names and records.
import {decodeWith, formatFields, MomentProblem, parseFields, readList, readName, readNumber, type MomentCodec} from "../../course/scenarioUrl.js";
import {ClusterMutationError, appTasks, killTask, moveTask, scaleApp, MAX_INSTANCES} from "../mutate.js";
import type {MesosState} from "../../state/types.js";

export type RecordsOp =
  | {op: "scale"; app: string; instances: number}
  | {op: "kill"; app: string; task: number}
  | {op: "move"; app: string; task: number; agent: number};

export interface RecordsMoment {
  app: string;
  sources: "dcos" | "mesos-dns";
  scope: "app" | "all";
  ops: RecordsOp[];
  /** The selected task: its app and place in that app's list of running tasks. */
  selected: {app: string; task: number} | null;
}

export const MAX_RECORDS_OPS = 20;
/** Agents and tasks are referred to by their place in a list; no demo list is longer. */
const MAX_PLACE = 999;
const LETTER = {scale: "s", kill: "k", move: "m"} as const;

export function recordsCodec(apps: readonly string[], param = "rec"): MomentCodec<RecordsMoment> {
  return {
    param,
    encode: (m) =>
      formatFields(1, [
        ["a", m.app],
        ["i", m.sources],
        ["o", m.scope],
        ["c", m.ops.length ? m.ops.map((o) => `${LETTER[o.op]}~${o.app}~${o.op === "scale" ? o.instances : o.task}~${o.op === "move" ? o.agent : ""}`).join(";") : undefined],
        ["x", m.selected ? `${m.selected.app}~${m.selected.task}` : undefined]
      ]),
    decode: (raw) =>
      decodeWith(() => {
        const f = parseFields(raw, 1, ["a", "i", "o", "c", "x"]);
        const ops = readList(f.get("c"), "change", MAX_RECORDS_OPS, 4).map(([letter, app, n, agent], i): RecordsOp => {
          const what = `change ${i + 1}`;
          const kind = readName(letter, `${what} kind`, ["s", "k", "m"] as const);
          const name = readName(app, `${what} app`, apps);
          if (kind === "s") {
            if (agent !== "") throw new MomentProblem(`${what}: a scaling takes no agent`);
            return {op: "scale", app: name, instances: readNumber(n, `${what} instances`, 0, MAX_INSTANCES)};
          }
          const task = readNumber(n, `${what} task`, 0, MAX_PLACE);
          if (kind === "k") {
            if (agent !== "") throw new MomentProblem(`${what}: a kill takes no agent`);
            return {op: "kill", app: name, task};
          }
          return {op: "move", app: name, task, agent: readNumber(agent, `${what} agent`, 0, MAX_PLACE)};
        });
        const x = f.get("x");
        let selected: RecordsMoment["selected"] = null;
        if (x !== undefined) {
          const parts = x.split("~");
          if (parts.length !== 2) throw new MomentProblem("selected task (x): expected app~place");
          selected = {app: readName(parts[0], "selected task's app", apps), task: readNumber(parts[1], "selected task's place", 0, MAX_PLACE)};
        }
        return {
          app: readName(f.get("a") ?? apps[0], "app (a)", apps),
          sources: readName(f.get("i") ?? "dcos", "IP sources (i)", ["dcos", "mesos-dns"] as const),
          scope: readName(f.get("o") ?? "app", "records listed (o)", ["app", "all"] as const),
          ops,
          selected
        };
      })
  };
}

/** The change that turns `before` into a state, as an op that names tasks and agents by their place. */
export function opTaskPlace(state: MesosState, framework: string, app: string, taskId: string): number {
  return appTasks(state, {framework, name: app}).findIndex((t) => t.id === taskId);
}

/**
 * Applies the changes in order to the starting state. A change that cannot be made (no task or agent
 * at that place, a move to the agent the task is on) throws a MomentProblem naming the change.
 */
export function replayRecords(initial: MesosState, framework: string, ops: readonly RecordsOp[]): MesosState {
  let state = initial;
  ops.forEach((o, i) => {
    const what = `change ${i + 1}`;
    try {
      if (o.op === "scale") {
        state = scaleApp(state, {framework, name: o.app}, o.instances);
        return;
      }
      const task = appTasks(state, {framework, name: o.app})[o.task];
      if (!task) throw new MomentProblem(`${what}: ${o.app} has no task at place ${o.task} then`);
      if (o.op === "kill") state = killTask(state, task.id);
      else {
        const agent = (state.slaves ?? [])[o.agent];
        if (!agent) throw new MomentProblem(`${what}: the cluster has no agent at place ${o.agent}`);
        state = moveTask(state, task.id, agent.id);
      }
    } catch (error) {
      if (error instanceof ClusterMutationError) throw new MomentProblem(`${what}: ${error.message}`);
      throw error;
    }
  });
  return state;
}
