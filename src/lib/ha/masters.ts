// Leader election (Mesos masters and Marathon instances alike: the lowest sequence number leads),
// the new leading master's registry recovery, and failing fast.

import {PROCESS_RESTART_MS, REGISTRY_FETCH_TIMEOUT_MS, REGISTRY_RECOVERY_MS} from "./constants.js";
import type {HaComponent} from "./events.js";
import {at, emit, secs, type HaRuntime} from "./runtime.js";
import {leaderOf, logQuorum, lowestZnode, zkConnected, znodePath} from "./topology.js";

/** A detector has read the children: the owner of the lowest znode becomes leader if it is up, connected and not leading yet. */
export function elect(rt: HaRuntime, component: HaComponent): void {
  const s = rt.ctx.state;
  const z = lowestZnode(s, component);
  if (!z) return;
  const p = s.processes[z.owner]!;
  if (p.role === "leader" || !p.up || p.session !== z.session || !zkConnected(s, p.id)) return;
  const what = component === "mesos" ? "the leading Mesos master" : "the Marathon leader; the other instances proxy API requests to it";
  emit(
    rt,
    "leader-elected",
    [p.id],
    `Reading ${znodePath(component)}, ${p.id} finds its znode ${z.name} has the lowest sequence number (${z.seq}): it becomes ${what}.`,
    {component, id: p.id, seq: z.seq, znode: z.name}
  );
  if (component === "mesos") {
    // A new leadership term: the pings of any earlier term stop.
    for (const [key, epoch] of rt.observers) rt.observers.set(key, epoch + 1);
    const timeout = rt.ctx.after(REGISTRY_FETCH_TIMEOUT_MS, {type: "fetch-timeout", master: p.id});
    rt.recovering.set(p.id, {handle: rt.ctx.after(REGISTRY_RECOVERY_MS, {type: "recover", master: p.id}), timeout});
  }
}

/** The elected master reads the registry when a majority of masters' replicated logs answer. */
export function recover(rt: HaRuntime, master: string, scheduled: boolean): void {
  const s = rt.ctx.state;
  const r = rt.recovering.get(master);
  if (!r || leaderOf(s, "mesos") !== master) return;
  if (scheduled) r.handle = null;
  else if (r.handle !== null) return;
  if (!logQuorum(s, master)) return;
  rt.ctx.cancel(r.timeout);
  rt.recovering.delete(master);
  rt.recovered.add(master);
  emit(
    rt,
    "registry-recovered",
    [master],
    `${master} reads the registry from the replicated log (a majority of masters answers) and opens for business. It knows the agents but not yet their tasks: it rebuilds that as agents and frameworks re-register.`,
    {master}
  );
  rt.ctx.after(rt.scenario.parameters.agentReregisterTimeoutMs, {type: "reregister-timeout", master});
}

/** A process that fails fast exits; systemd starts it again after RestartSec. */
export function abort(rt: HaRuntime, id: string, why: string): void {
  emit(rt, "process-stopped", [id], `${id} exits (${why}); systemd restarts it in ${secs(PROCESS_RESTART_MS)}.`, {
    ids: [id],
    reason: "aborted",
    target: `process:${id}`,
    tasksStopped: []
  });
  rt.pendingStart.add(id);
  rt.ctx.after(PROCESS_RESTART_MS, {type: "start", ids: [id], target: `process:${id}`});
}

/** Leadership is over: forget the master's recovery. */
export function forgetLeadership(rt: HaRuntime, master: string): void {
  const r = rt.recovering.get(master);
  if (r) {
    if (r.handle !== null) rt.ctx.cancel(r.handle);
    rt.ctx.cancel(r.timeout);
  }
  rt.recovering.delete(master);
  rt.recovered.delete(master);
}

/** The registry could not be read in time: the elected master gives up. */
export function fetchTimeout(rt: HaRuntime, master: string): void {
  if (!rt.recovering.has(master) || leaderOf(rt.ctx.state, "mesos") !== master) return;
  forgetLeadership(rt, master);
  emit(
    rt,
    "leader-lost",
    [master],
    `${master} could not read the registry within ${secs(REGISTRY_FETCH_TIMEOUT_MS)}: no majority of masters answered. It gives up leadership ${at(rt.ctx.now)}.`,
    {component: "mesos", id: master, reason: "registry"}
  );
  abort(rt, master, "registry recovery timed out");
}

/** Masters still waiting for a majority of replicated logs try again after every change. */
export function checkRecovery(rt: HaRuntime): void {
  for (const [master, r] of [...rt.recovering]) if (r.handle === null) recover(rt, master, false);
}
