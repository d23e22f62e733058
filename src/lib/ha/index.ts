// The high-availability model: ZooKeeper sessions and quorum, leader election of Mesos masters and
// Marathon instances, agent health by pings, Marathon keeping apps at their instance count, and a
// fault schedule. Pure and deterministic, on the simulation core.
//
// The zod schema (scenario.schema.ts: haScenarioSchema, parseHaScenario, haScenarioProblems) is
// deliberately not re-exported here, so pages that import this module do not ship zod. The public
// `simulate` (src/lib/simulate.ts) validates HA scenarios with it.
export * from "./constants.js";
export {quorumSize, toleratedFailures} from "./quorum.js";
export {
  HA_FAULT_ACTIONS,
  HA_CHANGE_SETTINGS,
  type HaChange,
  type HaChangeSetting,
  type HaFaultAction,
  type HaFault,
  type HaConstraint,
  type HaAppSpec,
  type HaParameters,
  type HaScenario,
  type HaResolvedScenario,
  type HaResolvedAgent,
  type HaResolvedApp,
  type HaTarget,
  parseHaTarget,
  agentZone,
  resolveHaScenario
} from "./scenario.js";
export {HA_EVENT_KINDS, type HaComponent, type HaTaskState, type HaEventKind, type HaEventData, type HaTraceEvent, type HaTraceEventOf} from "./events.js";
export {
  type HaState,
  type HaProcessView,
  type HaProcessKind,
  type HaRole,
  type HaAgentView,
  type HaZnode,
  type HaSessionView,
  type HaTaskView,
  type HaAppView,
  type HaFrameworkView,
  initialHaState,
  cloneHaState,
  haStateSize
} from "./state.js";
export {applyHaEvent} from "./reducer.js";
export {
  groupOf,
  canTalk,
  zkQuorumGroup,
  zkQuorumServers,
  zkServing,
  zkConnected,
  logQuorum,
  leaderOf,
  leadersOf,
  lowestZnode,
  znodeName,
  znodePath
} from "./topology.js";
export {constraintAllows, placeInstance} from "./placement.js";
export {createHaModel} from "./model.js";
export {type HaJob} from "./runtime.js";
export {runHa, runResolvedHa, type HaTrace, type HaSimulateOptions} from "./simulate.js";
export {haScenarios, DEFAULT_HA_SCENARIO, type HaPresetName} from "./presets.js";
export * from "./view.js";
