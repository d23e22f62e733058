// The Mesos model: resources, the DRF sorter, the hierarchical allocator, scenarios and simulate().
export * from "./constants.js";
export {
  type ResourceVector,
  type MesosScalars,
  MESOS_SCALAR_NAMES,
  ZERO_SCALARS,
  roundScalar,
  addScalars,
  subtractScalars,
  scalarsFit,
  isZeroScalars,
  dominantShare,
  dominantResource,
  formatScalars,
  formatScalarsShort,
  isAllocatable
} from "./resources.js";
// Port helpers carry a `mesos` prefix in the public API (state/ has its own port parsing).
export {
  type PortRange,
  normalisePorts as mesosNormalisePorts,
  portCount as mesosPortCount,
  addPorts as mesosAddPorts,
  subtractPorts as mesosSubtractPorts,
  portsContain as mesosPortsContain,
  takePorts as mesosTakePorts,
  formatPorts as mesosFormatPorts
} from "./ports.js";
export {DrfSorter} from "./drf-sorter.js";
export {
  drfProgressiveFilling,
  type DrfFillingStep,
  type DrfFillingResult,
  type DrfFillingOptions
} from "./progressive-filling.js";
export {MesosAllocator, type MesosAllocation, type MesosAllocatorOptions} from "./allocator.js";
export {
  MESOS_FAULT_ACTIONS,
  type MesosFaultAction,
  mesosRoleProblem,
  mesosScenarioSchema,
  mesosAgentSpecSchema,
  mesosAgentResourcesSchema,
  mesosFrameworkSpecSchema,
  mesosTaskShapeSchema,
  mesosConstraintSchema,
  mesosParametersSchema,
  mesosFaultSchema,
  mesosChangeSchema,
  MESOS_CHANGE_SETTINGS,
  type MesosChangeSetting,
  type MesosChange,
  type MesosScenario,
  type MesosScenarioParsed,
  type MesosAgentSpec,
  type MesosFrameworkSpec,
  type MesosTaskShape,
  type MesosConstraint,
  type MesosFault,
  type MesosParameters
} from "./scenario-schema.js";
export {
  parseMesosScenario,
  mesosScenarioProblems,
  type MesosResolvedScenario,
  type MesosResolvedAgent,
  type MesosResolvedFramework
} from "./scenario.js";
export {
  type MesosSimTaskState,
  MESOS_TASK_STATES,
  MESOS_TERMINAL_TASK_STATES,
  isTerminalTaskState,
  MESOS_EVENT_KINDS,
  type MesosEventKind,
  type MesosEventData,
  type MesosFilterData,
  type MesosAllocationTrigger,
  type MesosTraceEvent,
  type MesosTraceEventOf
} from "./events.js";
export {
  type MesosSimState,
  type MesosAgentView,
  type MesosFrameworkView,
  type MesosOfferView,
  type MesosTaskView,
  type MesosFilterView,
  type MesosRoleView,
  initialMesosSimState,
  cloneMesosSimState,
  mesosSimStateSize
} from "./state.js";
export {applyMesosEvent} from "./reducer.js";
export {
  decideOnOffer,
  constraintMatches,
  type MesosSchedulerDecision,
  type MesosPlannedLaunch
} from "./scheduler.js";
export {createMesosModel} from "./model.js";
export {mesosChangeProblems} from "./changes.js";
export {type MesosJob} from "./runtime.js";
export {simulate, simulate as simulateMesos, type MesosSimulateOptions, type MesosTrace} from "./simulate.js";
export {
  mesosAgentRows,
  mesosShares,
  mesosUtilisation,
  type MesosAgentRow,
  type MesosShareRow,
  type MesosShares,
  type MesosUtilisation
} from "./view.js";
export {scenarios, mesosScenarios, DEFAULT_MESOS_SCENARIO} from "./scenarios.js";
export {buildLargeMesosScenario, type LargeMesosScenarioOptions} from "./large-scenario.js";
export {formatShare as formatDominantShare, formatSeconds as formatSimSeconds} from "./explain.js";
export {
  resolveMesosScenario,
  simulateResolvedMesos,
  runMesosScenario,
  MesosScenarioProblems,
  type MesosRunOptions
} from "./resolve.js";
export {
  mesosTimeSeries,
  seriesValueAt,
  mesosLoadIndex,
  mesosAgentLoad,
  LOAD_FIELDS as MESOS_LOAD_FIELDS,
  LOAD as MESOS_LOAD,
  type MesosTimeSeries,
  type MesosSeriesRole,
  type MesosLoadIndex
} from "./series.js";
