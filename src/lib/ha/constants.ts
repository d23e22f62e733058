// Every default the high-availability model uses, with where it comes from. Facts are from the
// workbook's reference/mesos-facts.md §3 and reference/dcos-facts.md §6; "model choice" marks
// pacing values no source defines, picked so each step of an election is visible and exact.

/** Mesos `--zk_session_timeout` default 10 s (docs/high-availability.md; DC/OS example log S-TRBL21). Marathon's `--zk_session_timeout` is also 10000 ms; the model uses one value for both. */
export const ZK_SESSION_TIMEOUT_MS = 10_000;

/** ZooKeeper `tickTime` in conf/zoo_sample.cfg: 2000 ms. */
export const ZK_TICK_TIME_MS = 2000;

/** ZooKeeper negotiates a session timeout into [2 × tickTime, 20 × tickTime] (zookeeperProgrammers.md): 4 s. */
export const ZK_MIN_SESSION_TIMEOUT_MS = 2 * ZK_TICK_TIME_MS;

/** … and at most 20 × tickTime: 40 s. */
export const ZK_MAX_SESSION_TIMEOUT_MS = 20 * ZK_TICK_TIME_MS;

/**
 * Model choice: after an ephemeral znode is deleted, ZooKeeper delivers the watch event
 * (NodeChildrenChanged) to every contender's detector 50 ms later. Election step 1 of 2.
 */
export const ELECTION_WATCH_MS = 50;

/**
 * Model choice: the detector then reads the group's children and the lowest member's data and
 * picks the smallest sequence number, 50 ms. Election step 2 of 2. So a new leader is elected
 * `session timeout + ELECTION_WATCH_MS + ELECTION_READ_MS` after the old leader's last contact.
 */
export const ELECTION_READ_MS = 50;

/** Model choice: the ZooKeeper servers elect their own leader (fast leader election) in 200 ms once a majority can talk. */
export const ZK_ENSEMBLE_ELECTION_MS = 200;

/** Model choice: a newly elected Mesos master reads the registry from the replicated log in 500 ms before it accepts agents and frameworks. */
export const REGISTRY_RECOVERY_MS = 500;

/** `--registry_fetch_timeout` 1 min (DC/OS example log S-TRBL21): an elected master that cannot read the registry within it aborts. */
export const REGISTRY_FETCH_TIMEOUT_MS = 60_000;

/** Mesos `--agent_ping_timeout` default 15 s, allowed range 1 s to 15 min (src/master/flags.cpp; mesos-facts §3.1). */
export const AGENT_PING_TIMEOUT_MS = 15_000;
export const MIN_AGENT_PING_TIMEOUT_MS = 1000;
export const MAX_AGENT_PING_TIMEOUT_MS = 15 * 60_000;

/** Mesos `--max_agent_ping_timeouts` default 5: missed pongs in a row before an agent is marked unreachable. */
export const MAX_AGENT_PING_TIMEOUTS = 5;

/** Mesos `--agent_reregister_timeout` default 10 min, also its minimum (src/master/flags.cpp; mesos-facts §3.1). */
export const AGENT_REREGISTER_TIMEOUT_MS = 600_000;

/** Agent registration backoff factor 1 s: the agent waits a random time in [0, 1 s) before its first (re-)registration and doubles the bound each retry (src/slave/constants.hpp). */
export const AGENT_REGISTRATION_BACKOFF_MS = 1000;

/** The agent's retry bound stops doubling at 1 min (REGISTER_RETRY_INTERVAL_MAX, src/slave/constants.hpp). */
export const AGENT_REGISTRATION_RETRY_MAX_MS = 60_000;

/** Scheduler driver registration backoff factor 2 s; its first attempt has no delay (src/sched/constants.cpp, REGISTRATION_BACKOFF_FACTOR). */
export const SCHEDULER_REGISTRATION_BACKOFF_MS = 2000;

/** … and its retry bound stops at 1 min (REGISTRATION_RETRY_INTERVAL_MAX, src/sched/constants.cpp). */
export const SCHEDULER_REGISTRATION_RETRY_MAX_MS = 60_000;

/** Marathon `--failover_timeout` 604800 s, one week (docs/docs/command-line-flags.md; `dcos marathon about`, S-MABOUT21). Mesos's own FrameworkInfo default is 0. */
export const MARATHON_FAILOVER_TIMEOUT_S = 604_800;

/**
 * systemd restarts a failed Mesos master or Marathon 15 s later: `Restart=always`, `RestartSec=15`
 * in dcos/dcos packages/mesos/extra/dcos-mesos-master.service and dcos-marathon.service. The model
 * uses it for every process that fails fast or is restarted.
 */
export const PROCESS_RESTART_MS = 15_000;

/**
 * Marathon health-check defaults. The workbook picks upstream Marathon's API defaults
 * (mesosphere/marathon docs/docs/health-checks.md and api/v2/types/healthCheck.raml: grace 300 s,
 * interval 60 s, timeout 20 s, 3 failures, delay 15 s for MESOS_* checks): what Marathon does when
 * an app leaves the fields out. The DC/OS 2.1 health-check page (S-HC21) lists grace 15 s and
 * interval 10 s instead (dcos-facts §14, item 5); the chapter says so.
 */
export const HEALTH_GRACE_PERIOD_S = 300;
export const HEALTH_INTERVAL_S = 60;
export const HEALTH_TIMEOUT_S = 20;
/** A MESOS_HTTP check kills the task when consecutive failures ≥ this (src/checks/health_checker.cpp: `consecutiveFailures >= consecutive_failures`). */
export const HEALTH_MAX_CONSECUTIVE_FAILURES = 3;
/** `delaySeconds` 15: the first MESOS_* check runs 15 s after the task starts. */
export const HEALTH_DELAY_S = 15;

/** Model choice: a launch waits one batch allocation (Mesos `--allocation_interval` 1 s) for an offer; the offer-cycle chapter shows that step in detail. */
export const OFFER_WAIT_MS = 1000;

/** Model choice, as in the offer-cycle model: TASK_STAGING to TASK_STARTING. */
export const TASK_STAGING_MS = 300;

/** Model choice, as in the offer-cycle model: TASK_STARTING to TASK_RUNNING. */
export const TASK_STARTING_MS = 500;

/** Model choice: CPUs an agent offers and an app instance uses, when the scenario does not say. */
export const DEFAULT_AGENT_CPUS = 4;
export const DEFAULT_APP_CPUS = 1;

/** Model choice: how long a run lasts when the scenario does not say (3 min). */
export const DEFAULT_HA_RUN_UNTIL_MS = 180_000;

/** Zones of the default cluster (fault domains, S-FD21: masters spread across zones of one region). */
export const DEFAULT_ZONES: readonly string[] = ["a", "b", "c"];

/** Master counts DC/OS installs: one (no HA), three or five (dcos-facts §6.1). */
export const MASTER_COUNTS = [1, 3, 5] as const;
