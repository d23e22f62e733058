// The HA model as a simulation. The run starts with a healthy cluster (all at time 0: ZooKeeper
// has a leader, master-1 and marathon-1 lead, agents are registered, the apps run), then the fault
// schedule strikes. After every job the model "settles": it compares who can reach whom with what
// each process last knew, and reacts (timers, elections, registrations, replacements).

import type {SimModel} from "../sim/simulation.js";
import {checkAgents, ping, pingsExhausted, reregisterTimeout, tryRegisterAgent} from "./agents.js";
import type {HaTraceEvent} from "./events.js";
import {runFault, startPending} from "./faults.js";
import {checkFramework, failoverTimeout, launch, marathonObserve, tryRegisterFramework} from "./marathon.js";
import {abort, checkRecovery, elect, fetchTimeout, forgetLeadership, recover} from "./masters.js";
import {placeInstance} from "./placement.js";
import {applyHaEvent} from "./reducer.js";
import {emit, PRIORITY, secs, type HaJob, type HaRuntime} from "./runtime.js";
import type {HaResolvedScenario} from "./scenario.js";
import {cloneHaState, haStateSize, initialHaState, type HaState} from "./state.js";
import {healthCheck, healthFail, scheduleWarmHealthChecks, stepTask} from "./tasks.js";
import {checkClients, checkEnsemble, componentOf, electEnsemble, expireSession, timeOutClient} from "./zookeeper.js";
import {znodeName, znodePath} from "./topology.js";

function settle(rt: HaRuntime): void {
  checkEnsemble(rt);
  checkClients(rt);
  checkRecovery(rt);
  checkAgents(rt);
  checkFramework(rt);
  marathonObserve(rt);
}

function warmStart(rt: HaRuntime): void {
  const {ctx, scenario} = rt;
  const s = ctx.state;
  electEnsemble(rt);
  const contenders = Object.values(s.processes).filter((p) => p.kind === "master" || p.kind === "marathon");
  contenders.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "master" ? -1 : 1));
  for (const p of contenders) {
    const component = componentOf(p);
    const seq = s.zk.nextSeq[component];
    const session = `0x${s.zk.nextSession.toString(16).padStart(2, "0")}`;
    const znode = znodeName(component, seq);
    emit(rt, "contender-joined", [p.id], `${p.id} holds ZooKeeper session ${session} and the znode ${znodePath(component)}/${znode}.`, {component, id: p.id, session, seq, znode});
    rt.connected.set(p.id, true);
  }
  emit(rt, "leader-elected", ["master-1"], "master-1 has the lowest sequence number (0): it is the leading Mesos master.", {
    component: "mesos",
    id: "master-1",
    seq: 0,
    znode: znodeName("mesos", 0)
  });
  rt.recovered.add("master-1");
  emit(rt, "registry-recovered", ["master-1"], "master-1 has read the registry and serves the cluster.", {master: "master-1"});
  for (const a of scenario.agents) {
    emit(rt, "agent-registered", [a.id, "master-1"], `${a.id} (zone ${a.zone}) is registered with master-1.`, {agentId: a.id, master: "master-1", incarnation: 1, fresh: true});
    rt.observers.set(`${a.id}#1`, 1);
    ctx.after(0, {type: "ping", agentId: a.id, incarnation: 1, master: "master-1", epoch: 1, failures: 0}, {priority: PRIORITY.ping});
  }
  const marathons = scenario.masters;
  emit(
    rt,
    "leader-elected",
    ["marathon-1"],
    `marathon-1 has the lowest LeaderLatch number (0): it leads Marathon${marathons > 1 ? `, and the other ${marathons - 1} instance${marathons > 2 ? "s proxy" : " proxies"} API calls to it` : ""}.`,
    {component: "marathon", id: "marathon-1", seq: 0, znode: znodeName("marathon", 0)}
  );
  emit(rt, "framework-registered", ["marathon-1", "master-1"], "marathon-1 has registered Marathon with master-1 as a framework.", {master: "master-1", marathon: "marathon-1", generation: 1});
  const cpusOf = (id: string) => scenario.apps.find((a) => a.id === id)!.cpus;
  const order = scenario.agents.map((a) => a.id);
  for (const app of scenario.apps) {
    for (let i = 0; i < app.instances; i++) {
      const place = placeInstance(s, app, "master-1", order, cpusOf);
      if (place.agentId === null) break;
      const taskId = `${app.id}.${s.apps[app.id]!.nextNumber}`;
      emit(rt, "task-launched", [taskId, place.agentId], `${taskId} runs on ${place.agentId} (zone ${s.agents[place.agentId]!.zone})${app.healthCheck ? " and is healthy" : ""}.`, {
        taskId,
        appId: app.id,
        agentId: place.agentId,
        incarnation: 1,
        state: "TASK_RUNNING",
        healthy: app.healthCheck ? true : null
      });
      if (app.healthCheck) scheduleWarmHealthChecks(rt, taskId);
    }
  }
}

function handle(rt: HaRuntime, job: HaJob): void {
  switch (job.type) {
    case "fault":
      runFault(rt, rt.scenario.faults[job.index]!);
      break;
    case "start":
      startPending(rt, job.ids, job.target);
      break;
    case "zk-elect":
      electEnsemble(rt);
      break;
    case "session-expire":
      expireSession(rt, job.session);
      break;
    case "client-timeout": {
      const component = rt.ctx.state.processes[job.id]!.kind === "master" ? "mesos" : "marathon";
      if (timeOutClient(rt, job.id, job.session)) {
        if (component === "mesos") forgetLeadership(rt, job.id);
        abort(rt, job.id, "it lost leadership");
      }
      break;
    }
    case "elect":
      elect(rt, job.component);
      break;
    case "recover":
      recover(rt, job.master, true);
      break;
    case "fetch-timeout":
      fetchTimeout(rt, job.master);
      break;
    case "agent-register":
      tryRegisterAgent(rt, job.agentId, job.master, job.attempt);
      break;
    case "ping":
      ping(rt, job);
      break;
    case "mark-unreachable":
      pingsExhausted(rt, job);
      break;
    case "reregister-timeout":
      reregisterTimeout(rt, job.master);
      break;
    case "framework-register":
      tryRegisterFramework(rt, job.marathon, job.master, job.attempt);
      break;
    case "failover-timeout":
      failoverTimeout(rt, job.master, job.since);
      break;
    case "launch":
      launch(rt, job.appId);
      break;
    case "task-step":
      stepTask(rt, job.taskId, job.to);
      break;
    case "health-check":
      healthCheck(rt, job.taskId);
      break;
    case "health-fail":
      healthFail(rt, job.taskId);
      break;
    case "change": {
      const change = rt.scenario.changes[job.index]!;
      const previous = rt.timeoutMs;
      rt.timeoutMs = change.value;
      emit(
        rt,
        "setting-changed",
        ["zookeeper"],
        `The operator sets the ZooKeeper session timeout to ${secs(change.value)} (it was ${secs(previous)}): every session timer started from now on uses it.`,
        {set: change.set, value: change.value, previous}
      );
      break;
    }
  }
  settle(rt);
}

export function createHaModel(scenario: HaResolvedScenario): SimModel<HaState, HaJob, HaTraceEvent> {
  return {
    initialState: () => initialHaState(scenario),
    apply: applyHaEvent,
    cloneState: cloneHaState,
    stateSize: haStateSize,
    start(ctx) {
      const rt: HaRuntime = {
        scenario,
        ctx,
        timeoutMs: scenario.parameters.zkSessionTimeoutMs,
        connected: new Map(),
        clientTimers: new Map(),
        expiries: new Map(),
        zkElection: null,
        recovering: new Map(),
        recovered: new Set(),
        agentChains: new Map(),
        pendingStart: new Set(),
        deadMachines: new Set(),
        agentsToRegister: new Set(),
        observers: new Map(),
        frameworkChain: null,
        failoverTimer: null,
        launchPending: new Set(),
        replaceQueue: new Map(),
        blockedAt: new Map(),
        capacityEpoch: 0
      };
      warmStart(rt);
      scenario.faults.forEach((fault, index) => ctx.schedule(fault.at, {type: "fault", index}, {priority: PRIORITY.fault}));
      // After everything else known at the start: adding a change leaves the run before it as it was.
      scenario.changes.forEach((change, index) => ctx.schedule(change.at, {type: "change", index}, {priority: PRIORITY.fault}));
      return (job) => handle(rt, job);
    }
  };
}
