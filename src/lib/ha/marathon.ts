// Marathon as a framework: registration with the leading master (scheduler-driver backoff), the
// master's failover timer when its scheduler disconnects, and keeping each app at its instance
// count (expunge what is unreachable or ended, launch replacements that honour the constraints).

import {OFFER_WAIT_MS, SCHEDULER_REGISTRATION_BACKOFF_MS, SCHEDULER_REGISTRATION_RETRY_MAX_MS, TASK_STAGING_MS} from "./constants.js";
import {duration, emit, plural, type HaRuntime} from "./runtime.js";
import {placeInstance} from "./placement.js";
import {canTalk, leaderOf, zkConnected} from "./topology.js";

const ENDED = new Set(["TASK_UNREACHABLE", "TASK_LOST", "TASK_KILLED", "TASK_FAILED", "TASK_FINISHED"]);

/** Marathon's leader is subscribed to the leading master and can talk to it. */
export function frameworkActive(rt: HaRuntime): boolean {
  const s = rt.ctx.state;
  const master = leaderOf(s, "mesos");
  const ml = leaderOf(s, "marathon");
  const fw = s.framework;
  return master !== null && ml !== null && fw.connected && fw.registeredWith === master && fw.scheduler === ml && rt.recovered.has(master) && canTalk(s, ml, master);
}

export function checkFramework(rt: HaRuntime): void {
  const {ctx} = rt;
  const s = ctx.state;
  const master = leaderOf(s, "mesos");
  const ml = leaderOf(s, "marathon");
  const fw = s.framework;
  // The leading master notices that the scheduler it has registered went away.
  if (master !== null && fw.connected && fw.registeredWith === master && !(ml !== null && fw.scheduler === ml && canTalk(s, ml, master))) {
    const t = rt.scenario.parameters.failoverTimeoutS;
    emit(
      rt,
      "framework-disconnected",
      [master, "marathon"],
      `${master} loses its connection to Marathon's scheduler${fw.scheduler ? ` (${fw.scheduler})` : ""}. ${t === 0 ? "Its failover timeout is 0 s, so it will not wait at all." : `It keeps Marathon's tasks running for the failover timeout, ${duration(t * 1000)}, waiting for a scheduler to come back.`}`,
      {master, failoverTimeoutS: t}
    );
    ctx.after(t * 1000, {type: "failover-timeout", master, since: ctx.now});
  }
  if (master === null || ml === null || !zkConnected(s, ml)) return;
  if (fw.connected && fw.registeredWith === master && fw.scheduler === ml && !fw.removed) return;
  const key = `${ml}>${master}`;
  if (rt.frameworkChain === key) return;
  rt.frameworkChain = key;
  ctx.after(0, {type: "framework-register", marathon: ml, master, attempt: 1});
}

export function tryRegisterFramework(rt: HaRuntime, marathon: string, master: string, attempt: number): void {
  const s = rt.ctx.state;
  if (rt.frameworkChain !== `${marathon}>${master}`) return;
  if (leaderOf(s, "marathon") !== marathon || leaderOf(s, "mesos") !== master) {
    rt.frameworkChain = null;
    return;
  }
  if (!rt.recovered.has(master) || !canTalk(s, marathon, master)) {
    const bound = Math.min(SCHEDULER_REGISTRATION_BACKOFF_MS * 2 ** (attempt - 1), SCHEDULER_REGISTRATION_RETRY_MAX_MS);
    rt.ctx.after(Math.floor(rt.ctx.random.uniform(0, bound)), {type: "framework-register", marathon, master, attempt: attempt + 1});
    return;
  }
  rt.frameworkChain = null;
  const fw = s.framework;
  if (fw.removed) {
    emit(rt, "framework-registered", [marathon, master], `${marathon} registers Marathon with ${master} as a new framework: the old one was torn down, so every app starts from nothing.`, {
      master,
      marathon,
      generation: fw.generation + 1
    });
  } else {
    emit(
      rt,
      "framework-reregistered",
      [marathon, master],
      `${marathon} re-registers Marathon with ${master}${attempt > 1 ? ` (attempt ${attempt})` : ""}, under the same framework ID, and reconciles its tasks.`,
      {master, marathon, generation: fw.generation}
    );
  }
  rt.capacityEpoch++;
}

/** The failover timeout ran out with the scheduler still away: the master tears the framework down and kills its tasks. */
export function failoverTimeout(rt: HaRuntime, master: string, since: number): void {
  const s = rt.ctx.state;
  const fw = s.framework;
  if (fw.connected || fw.disconnectedAt !== since || fw.registeredWith !== master || leaderOf(s, "mesos") !== master) return;
  const tasks = Object.values(s.tasks).filter((t) => !["TASK_KILLED", "TASK_FAILED", "TASK_FINISHED"].includes(t.state));
  emit(
    rt,
    "framework-removed",
    [master, "marathon"],
    `Marathon's failover timeout (${duration(rt.scenario.parameters.failoverTimeoutS * 1000)}) has run out: ${master} removes the framework and kills its ${plural(tasks.length, "task")}.`,
    {master, generation: fw.generation, tasks: tasks.map((t) => t.id)}
  );
  for (const t of tasks) {
    emit(rt, "task-state", [t.id], `${t.id} is killed with its framework.`, {taskId: t.id, state: "TASK_KILLED", previous: t.state, running: false, reason: "framework removed"});
  }
  for (const t of tasks) (rt.replaceQueue.get(t.appId) ?? rt.replaceQueue.set(t.appId, []).get(t.appId)!).push(t.id);
  rt.capacityEpoch++;
}

/** Marathon, when connected, acts on what Mesos reports: expunge ended instances, kill returning replaced ones, launch what is missing. */
export function marathonObserve(rt: HaRuntime): void {
  if (!frameworkActive(rt)) return;
  const s = rt.ctx.state;
  for (const app of Object.values(s.apps)) {
    for (const id of app.taskIds.slice()) {
      const t = s.tasks[id]!;
      if (!ENDED.has(t.state)) continue;
      const why =
        t.state === "TASK_UNREACHABLE"
          ? "unreachableStrategy (inactiveAfterSeconds 0, expungeAfterSeconds 0): it replaces the instance at once"
          : `it ended as ${t.state}`;
      emit(rt, "instance-expunged", ["marathon", id], `Marathon stops counting ${id}: ${why}.`, {appId: app.id, taskId: id, state: t.state});
      (rt.replaceQueue.get(app.id) ?? rt.replaceQueue.set(app.id, []).get(app.id)!).push(id);
      rt.capacityEpoch++;
    }
  }
  for (const t of Object.values(s.tasks)) {
    if (!t.expunged || !t.running || t.state !== "TASK_RUNNING") continue;
    emit(rt, "task-state", [t.id, "marathon"], `${t.id} came back, but Marathon has already replaced it (expungeAfterSeconds 0): Marathon kills it.`, {
      taskId: t.id,
      state: "TASK_KILLED",
      previous: t.state,
      running: false,
      reason: "replaced while unreachable"
    });
  }
  for (const app of Object.values(s.apps)) {
    if (app.taskIds.length >= app.instances || rt.launchPending.has(app.id) || rt.blockedAt.get(app.id) === rt.capacityEpoch) continue;
    rt.launchPending.add(app.id);
    rt.ctx.after(OFFER_WAIT_MS, {type: "launch", appId: app.id});
  }
}

/** Marathon accepts the next offers that fit and launches the missing instances. */
export function launch(rt: HaRuntime, appId: string): void {
  rt.launchPending.delete(appId);
  if (!frameworkActive(rt)) return;
  const s = rt.ctx.state;
  const master = leaderOf(s, "mesos")!;
  const spec = rt.scenario.apps.find((a) => a.id === appId)!;
  const cpusOf = (id: string) => rt.scenario.apps.find((a) => a.id === id)!.cpus;
  const order = rt.scenario.agents.map((a) => a.id);
  const queue = rt.replaceQueue.get(appId) ?? [];
  while (s.apps[appId]!.taskIds.length < spec.instances) {
    const app = s.apps[appId]!;
    const place = placeInstance(s, spec, master, order, cpusOf);
    if (place.agentId === null) {
      const missing = spec.instances - app.taskIds.length;
      if (!app.blocked) {
        emit(rt, "launch-blocked", ["marathon"], `Marathon cannot place ${plural(missing, "instance")} of ${appId}: ${place.reason}. It waits for offers that fit.`, {
          appId,
          missing,
          reason: place.reason
        });
      }
      rt.blockedAt.set(appId, rt.capacityEpoch);
      return;
    }
    const taskId = `${appId}.${app.nextNumber}`;
    const replaces = queue.shift() ?? null;
    const incarnation = s.agents[place.agentId]!.incarnation;
    emit(
      rt,
      "task-replaced",
      ["marathon", taskId, place.agentId],
      `Marathon launches ${taskId} on ${place.agentId} (zone ${s.agents[place.agentId]!.zone})${replaces ? ` to replace ${replaces}` : ""}: TASK_STAGING.`,
      {appId, taskId, agentId: place.agentId, incarnation, replaces}
    );
    rt.ctx.after(TASK_STAGING_MS, {type: "task-step", taskId, to: "TASK_STARTING"});
  }
}
