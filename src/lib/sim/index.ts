// The generic simulation core: seeded randomness, virtual time, an event queue, and traces with
// checkpoints. Independent of Mesos: the Mesos, HA and service-discovery models build on it.
export {SeededRandom, seededShuffle} from "./random.js";
export {SimClock} from "./clock.js";
export {SimEventQueue, type SimQueueEntry} from "./queue.js";
export {
  SimTrace,
  type SimTraceEvent,
  type SimStateReducer,
  type SimCheckpoint,
  type SimTraceInit
} from "./trace.js";
export {
  runSimulation,
  DEFAULT_CHECKPOINT_EVERY,
  DEFAULT_MAX_EVENTS,
  type SimModel,
  type SimContext,
  type SimJobHandler,
  type SimEventInput,
  type SimScheduleOptions,
  type RunSimulationOptions
} from "./simulation.js";
export {ScenarioError, scenarioPath, scenarioProblems} from "./scenario-error.js";
