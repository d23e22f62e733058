// How each HA trace event changes the state. Pure: depends on the state and the event only, so a
// trace replayed from any checkpoint lands on exactly the state of the run.

import type {HaTraceEvent} from "./events.js";
import type {HaState} from "./state.js";

function isContender(kind: string): boolean {
  return kind === "master" || kind === "marathon";
}

export function applyHaEvent(state: HaState, event: HaTraceEvent): void {
  state.time = event.time;
  switch (event.kind) {
    case "zk-leader-elected":
    case "quorum-restored":
      state.zk.leader = event.data.server;
      state.zk.quorumLost = false;
      return;
    case "zk-leader-lost":
      state.zk.leader = null;
      return;
    case "quorum-lost":
      state.zk.leader = null;
      state.zk.quorumLost = true;
      return;
    case "process-stopped": {
      for (const id of event.data.ids) {
        const p = state.processes[id]!;
        p.up = false;
        p.role = "down";
        p.session = null;
        p.seq = null;
        p.since = event.time;
      }
      for (const id of event.data.tasksStopped) state.tasks[id]!.running = false;
      // A master's picture of agents and frameworks lives in memory only.
      for (const a of Object.values(state.agents)) if (a.registeredWith !== null && event.data.ids.includes(a.registeredWith)) a.registeredWith = null;
      if (state.framework.registeredWith !== null && event.data.ids.includes(state.framework.registeredWith)) {
        state.framework.registeredWith = null;
        state.framework.connected = false;
        state.framework.disconnectedAt = null;
      }
      return;
    }
    case "process-started": {
      for (const id of event.data.ids) {
        const p = state.processes[id]!;
        p.up = true;
        p.role = isContender(p.kind) ? "waiting" : "up";
        p.since = event.time;
      }
      for (const id of event.data.freshAgents) {
        const a = state.agents[id]!;
        a.incarnation++;
        a.registeredWith = null;
        a.admitted = false;
        a.unreachable = false;
      }
      return;
    }
    case "partitioned":
      if (event.data.zone !== null) state.zonePartitions[event.data.zone] = true;
      for (const id of event.data.ids) state.processes[id]!.isolation = event.data.island;
      return;
    case "healed":
      if (event.data.zone !== null) state.zonePartitions[event.data.zone] = false;
      for (const id of event.data.ids) state.processes[id]!.isolation = null;
      return;
    case "fault-ignored":
      return;
    case "contender-joined": {
      const d = event.data;
      state.zk.sessions[d.session] = {id: d.session, owner: d.id, createdAt: event.time};
      state.zk.znodes.push({component: d.component, seq: d.seq, owner: d.id, session: d.session, name: d.znode});
      state.zk.nextSeq[d.component] = d.seq + 1;
      state.zk.nextSession++;
      const p = state.processes[d.id]!;
      p.session = d.session;
      p.seq = d.seq;
      p.role = "backup";
      return;
    }
    case "session-timed-out": {
      const p = state.processes[event.data.id]!;
      p.session = null;
      p.seq = null;
      if (p.up) p.role = "waiting";
      return;
    }
    case "session-expired": {
      delete state.zk.sessions[event.data.session];
      state.zk.znodes = state.zk.znodes.filter((z) => z.session !== event.data.session);
      return;
    }
    case "leader-lost": {
      const p = state.processes[event.data.id]!;
      if (p.role === "leader") p.role = p.up ? "waiting" : "down";
      return;
    }
    case "leader-elected":
      // Deliberately does not demote anyone: the model must never elect a second leader.
      state.processes[event.data.id]!.role = "leader";
      return;
    case "registry-recovered":
      return;
    case "agent-registered":
    case "agent-reregistered": {
      const a = state.agents[event.data.agentId]!;
      a.registeredWith = event.data.master;
      a.admitted = true;
      a.unreachable = false;
      return;
    }
    case "agent-unreachable": {
      const a = state.agents[event.data.agentId]!;
      if (a.incarnation === event.data.incarnation) a.unreachable = true;
      return;
    }
    case "framework-registered":
      state.framework.generation = event.data.generation;
      state.framework.removed = false;
      state.framework.scheduler = event.data.marathon;
      state.framework.registeredWith = event.data.master;
      state.framework.connected = true;
      state.framework.disconnectedAt = null;
      return;
    case "framework-reregistered":
      state.framework.scheduler = event.data.marathon;
      state.framework.registeredWith = event.data.master;
      state.framework.connected = true;
      state.framework.disconnectedAt = null;
      return;
    case "framework-disconnected":
      state.framework.connected = false;
      state.framework.disconnectedAt = event.time;
      return;
    case "framework-removed":
      state.framework.removed = true;
      state.framework.scheduler = null;
      state.framework.registeredWith = null;
      state.framework.connected = false;
      state.framework.disconnectedAt = null;
      for (const app of Object.values(state.apps)) app.taskIds = [];
      for (const id of event.data.tasks) state.tasks[id]!.expunged = true;
      return;
    case "task-launched":
    case "task-replaced": {
      const d = event.data;
      const state0 = event.kind === "task-launched" ? event.data.state : "TASK_STAGING";
      state.tasks[d.taskId] = {
        id: d.taskId,
        appId: d.appId,
        agentId: d.agentId,
        incarnation: d.incarnation,
        state: state0,
        running: state0 === "TASK_RUNNING",
        healthy: event.kind === "task-launched" ? event.data.healthy : null,
        failures: 0,
        hung: false,
        expunged: false,
        replaces: event.kind === "task-replaced" ? event.data.replaces : null,
        launchedAt: event.time,
        updatedAt: event.time
      };
      const app = state.apps[d.appId]!;
      app.taskIds.push(d.taskId);
      app.nextNumber++;
      app.blocked = false;
      return;
    }
    case "instance-expunged": {
      const app = state.apps[event.data.appId]!;
      app.taskIds = app.taskIds.filter((id) => id !== event.data.taskId);
      state.tasks[event.data.taskId]!.expunged = true;
      return;
    }
    case "task-state": {
      const t = state.tasks[event.data.taskId]!;
      t.state = event.data.state;
      t.running = event.data.running;
      t.updatedAt = event.time;
      if (!t.running) t.healthy = null;
      return;
    }
    case "task-health": {
      const t = state.tasks[event.data.taskId]!;
      t.healthy = event.data.healthy;
      t.failures = event.data.failures;
      return;
    }
    case "task-hung":
      state.tasks[event.data.taskId]!.hung = true;
      return;
    case "launch-blocked":
      state.apps[event.data.appId]!.blocked = true;
      return;
    case "setting-changed":
      return;
  }
}
