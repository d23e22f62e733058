// Small pure accessors over the `/state` shapes in ./types.ts.
// Sources: mesosphere/mesos-dns records/state/state.go (`statusIPs`: the latest TASK_RUNNING status by
// timestamp; label lookups), dcos/dcos-net apps/dcos_net/src/dcos_net_mesos_listener.erl
// (`handle_task_status`: the latest status of any state), mesos-dns records/generator.go (`slaveIDTail`).
import type {MesosFramework, MesosLabel, MesosLabels, MesosSlave, MesosState, MesosTask, MesosTaskStatus} from "./types.js";

/** The labels as a plain array whichever way they were written (`[...]` or `{labels: [...]}`). */
export function labelList(labels: MesosLabels | undefined | null): MesosLabel[] {
  if (labels == null) return [];
  if (Array.isArray(labels)) return labels;
  return labels.labels ?? [];
}

/** All values of labels with this exact key, in order. */
export function labelValues(labels: MesosLabels | undefined | null, key: string): string[] {
  return labelList(labels)
    .filter((l) => l.key === key)
    .map((l) => l.value ?? "");
}

/**
 * The TASK_RUNNING status with the greatest timestamp (the first one on a tie), as Mesos-DNS picks it;
 * statuses are not guaranteed to be in order in `/state`.
 */
export function latestRunningStatus(task: Pick<MesosTask, "statuses">): MesosTaskStatus | undefined {
  let best: MesosTaskStatus | undefined;
  let ts = -1;
  for (const s of task.statuses ?? []) {
    const t = s.timestamp ?? 0;
    if (s.state === "TASK_RUNNING" && t > ts) {
      ts = t;
      best = s;
    }
  }
  return best;
}

/** The status with the greatest timestamp whatever its state (the first one on a tie), as dcos-net picks it. */
export function latestStatus(task: Pick<MesosTask, "statuses">): MesosTaskStatus | undefined {
  let best: MesosTaskStatus | undefined;
  for (const s of task.statuses ?? []) {
    if (best === undefined || (s.timestamp ?? 0) > (best.timestamp ?? 0)) best = s;
  }
  return best;
}

/** The last `-` field of an agent ID, lower-cased: `...-S12` → `s12` (Mesos-DNS `slaveIDTail`). */
export function slaveIdTail(slaveId: string): string {
  const fields = slaveId.split("-");
  return (fields[fields.length - 1] ?? "").toLowerCase();
}

export function findSlave(state: MesosState, slaveId: string): MesosSlave | undefined {
  return (state.slaves ?? []).find((s) => s.id === slaveId);
}

export function findFramework(state: MesosState, frameworkId: string): MesosFramework | undefined {
  return (state.frameworks ?? []).find((f) => f.id === frameworkId);
}

/** Every (framework, task) pair of the active frameworks' `tasks`, in document order. */
export function frameworkTasks(state: MesosState): {framework: MesosFramework; task: MesosTask}[] {
  const out: {framework: MesosFramework; task: MesosTask}[] = [];
  for (const framework of state.frameworks ?? []) {
    for (const task of framework.tasks ?? []) out.push({framework, task});
  }
  return out;
}
