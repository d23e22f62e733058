// Every default the Mesos model uses, with where it comes from. Mesos facts are from apache/mesos
// (see the workbook's reference/mesos-facts.md); "model choice" marks pacing values that Mesos
// does not define, picked so a learner can see each step.

/** `--allocation_interval` default, 1 s: the period of batch allocation (src/master/flags.cpp, src/master/constants.hpp). */
export const DEFAULT_ALLOCATION_INTERVAL_MS = 1000;

/** `--offer_timeout` default: none, offers never time out unless it is set (src/master/flags.cpp). */
export const DEFAULT_OFFER_TIMEOUT_MS: number | null = null;

/** `Filters.refuse_seconds` default, 5 s (include/mesos/mesos.proto, message Filters). */
export const DEFAULT_REFUSE_SECONDS = 5;

/** Largest refuse_seconds Mesos honours: 365 days (src/master/allocator/mesos/hierarchical.cpp). */
export const MAX_REFUSE_SECONDS = 31_536_000;

/**
 * `--min_allocatable_resources` default `cpus:0.01|mem:32`: an agent's free resources are offered
 * only when they hold at least 0.01 CPUs or 32 MB (src/master/flags.cpp). `|` means OR.
 */
export const MIN_ALLOCATABLE_RESOURCES: readonly Readonly<Record<string, number>>[] = [{cpus: 0.01}, {mem: 32}];

/** Default role weight, 1.0 (`DEFAULT_WEIGHT`, docs/weights.md; src/master/allocator/mesos/sorter/drf/sorter.cpp). */
export const DEFAULT_ROLE_WEIGHT = 1;

/** The default role `*` (docs/roles.md). */
export const DEFAULT_ROLE = "*";

/**
 * Scalar resources are fixed-point with three decimal digits in Mesos (include/mesos/values.hpp,
 * Value::Scalar arithmetic), so 0.1 + 0.2 is exactly 0.3. We round to the same precision.
 */
export const SCALAR_PRECISION = 1000;

/** Agent status-update retry starts at 10 s (`STATUS_UPDATE_RETRY_INTERVAL_MIN`, src/slave/constants.hpp). Shown in explanations; our schedulers always acknowledge. */
export const STATUS_UPDATE_RETRY_INTERVAL_MIN_MS = 10_000;

/** Model choice: how long a scheduler takes to answer an offer or acknowledge an update. */
export const DEFAULT_SCHEDULER_RESPONSE_MS = 100;

/** Model choice: from LAUNCH (TASK_STAGING) until the executor reports TASK_STARTING. */
export const DEFAULT_STAGING_MS = 300;

/** Model choice: from TASK_STARTING until TASK_RUNNING. */
export const DEFAULT_STARTING_MS = 500;

/** Model choice: how long a run lasts when neither the scenario nor the caller says. */
export const DEFAULT_RUN_UNTIL_MS = 60_000;
