// How each Mesos trace event changes the cluster state. Pure: depends on the state and the event
// only, so replaying a trace from any checkpoint lands on exactly the state of the run.

import {isTerminalTaskState, type MesosFilterData, type MesosTraceEvent} from "./events.js";
import {addScalars, subtractScalars} from "./resources.js";
import type {MesosFilterView, MesosSimState} from "./state.js";

function addFilter(state: MesosSimState, filter: MesosFilterData | null): void {
  if (!filter) return;
  const view: MesosFilterView = {
    id: filter.filterId,
    frameworkId: filter.frameworkId,
    agentId: filter.agentId,
    resources: filter.resources,
    ports: filter.ports,
    createdAt: filter.createdAt,
    expiresAt: filter.expiresAt
  };
  state.filters[filter.filterId] = view;
}

/** Removes an outstanding offer and its resources from the agent's and framework's "offered". */
function removeOffer(state: MesosSimState, offerId: string): void {
  const offer = state.offers[offerId];
  if (!offer) return;
  delete state.offers[offerId];
  const agent = state.agents[offer.agentId];
  if (agent) agent.offered = subtractScalars(agent.offered, offer.resources);
  const fw = state.frameworks[offer.frameworkId];
  if (fw) fw.offered = subtractScalars(fw.offered, offer.resources);
}

export function applyMesosEvent(state: MesosSimState, event: MesosTraceEvent): void {
  state.time = event.time;
  switch (event.kind) {
    case "agent-added": {
      const d = event.data;
      state.agents[d.agentId] = {
        id: d.agentId,
        attributes: d.attributes,
        total: d.resources,
        ports: d.ports,
        allocated: {cpus: 0, mem: 0, disk: 0},
        offered: {cpus: 0, mem: 0, disk: 0},
        active: true,
        addedAt: event.time,
        removedAt: null,
        taskIds: []
      };
      state.totals = addScalars(state.totals, d.resources);
      return;
    }
    case "agent-removed": {
      const agent = state.agents[event.data.agentId];
      if (!agent || !agent.active) return;
      agent.active = false;
      agent.removedAt = event.time;
      state.totals = subtractScalars(state.totals, agent.total);
      for (const id in state.filters) if (state.filters[id]!.agentId === agent.id) delete state.filters[id];
      return;
    }
    case "framework-subscribed": {
      const d = event.data;
      state.frameworks[d.frameworkId] = {
        id: d.frameworkId,
        role: d.role,
        weight: d.weight,
        allocated: {cpus: 0, mem: 0, disk: 0},
        offered: {cpus: 0, mem: 0, disk: 0},
        suppressed: false,
        pending: d.pending,
        launched: 0,
        subscribedAt: event.time
      };
      const role = (state.roles[d.role] ??= {weight: d.weight, frameworks: []});
      role.frameworks.push(d.frameworkId);
      return;
    }
    case "allocation":
      state.counters.allocations++;
      return;
    case "offer": {
      const d = event.data;
      state.offers[d.offerId] = {
        id: d.offerId,
        agentId: d.agentId,
        frameworkId: d.frameworkId,
        role: d.role,
        resources: d.resources,
        ports: d.ports,
        offeredAt: event.time
      };
      const agent = state.agents[d.agentId]!;
      agent.offered = addScalars(agent.offered, d.resources);
      const fw = state.frameworks[d.frameworkId]!;
      fw.offered = addScalars(fw.offered, d.resources);
      state.counters.offers++;
      return;
    }
    case "accept":
      removeOffer(state, event.data.offerId);
      addFilter(state, event.data.filter);
      state.counters.accepts++;
      return;
    case "decline":
      removeOffer(state, event.data.offerId);
      addFilter(state, event.data.filter);
      state.counters.declines++;
      return;
    case "rescind":
      removeOffer(state, event.data.offerId);
      state.counters.rescinds++;
      return;
    case "offer-timeout":
      return;
    case "launch": {
      const d = event.data;
      state.tasks[d.taskId] = {
        id: d.taskId,
        frameworkId: d.frameworkId,
        agentId: d.agentId,
        resources: d.resources,
        ports: d.ports,
        state: "TASK_STAGING",
        launchedAt: event.time,
        updatedAt: event.time,
        acknowledged: null,
        history: [{state: "TASK_STAGING", time: event.time}]
      };
      const agent = state.agents[d.agentId]!;
      agent.allocated = addScalars(agent.allocated, d.resources);
      agent.taskIds.push(d.taskId);
      const fw = state.frameworks[d.frameworkId]!;
      fw.allocated = addScalars(fw.allocated, d.resources);
      fw.pending--;
      fw.launched++;
      state.counters.launches++;
      return;
    }
    case "task-state": {
      const d = event.data;
      const task = state.tasks[d.taskId]!;
      const wasTerminal = isTerminalTaskState(task.state);
      task.state = d.state;
      task.updatedAt = event.time;
      task.history.push({state: d.state, time: event.time});
      if (!wasTerminal && isTerminalTaskState(d.state)) {
        const agent = state.agents[task.agentId]!;
        agent.allocated = subtractScalars(agent.allocated, task.resources);
        const fw = state.frameworks[task.frameworkId]!;
        fw.allocated = subtractScalars(fw.allocated, task.resources);
        if (d.relaunch) fw.pending++;
      }
      return;
    }
    case "ack": {
      const task = state.tasks[event.data.taskId];
      if (task) task.acknowledged = event.data.state;
      return;
    }
    case "filter-expired":
      delete state.filters[event.data.filterId];
      return;
    case "setting-changed": {
      const d = event.data;
      if (d.set === "weight" && d.target !== null && d.value !== null) {
        const role = state.roles[d.target];
        if (role) {
          role.weight = d.value;
          for (const id of role.frameworks) state.frameworks[id]!.weight = d.value;
        }
      }
      return;
    }
    case "suppress":
      state.frameworks[event.data.frameworkId]!.suppressed = true;
      return;
    case "revive": {
      state.frameworks[event.data.frameworkId]!.suppressed = false;
      for (const id of event.data.clearedFilters) delete state.filters[id];
      return;
    }
  }
}
