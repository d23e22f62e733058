// Types for the Mesos master `/state` JSON (formerly `/state.json`), as Mesos 0.28 to 1.x produce it.
// Source: apache/mesos src/master/readonly_handler.cpp and src/common/http.cpp (the `model()` writers),
// Master::Http::STATE_HELP; field spellings checked against mesosphere/mesos-dns records/state/state.go and
// the fixtures in tests/fixtures/ (mesos-dns factories/fake.json, dcos/mesos_state state3.json).
// Every field is optional unless every Mesos version writes it: real documents vary across versions and
// authorisation filtering. Keep this file to shapes only; accessors live next to it.

/** Task states from mesos.proto `TaskState` (0.28 to 1.x). */
export type MesosTaskState =
  | "TASK_STAGING"
  | "TASK_STARTING"
  | "TASK_RUNNING"
  | "TASK_KILLING"
  | "TASK_FINISHED"
  | "TASK_FAILED"
  | "TASK_KILLED"
  | "TASK_ERROR"
  | "TASK_LOST"
  | "TASK_DROPPED"
  | "TASK_UNREACHABLE"
  | "TASK_GONE"
  | "TASK_GONE_BY_OPERATOR"
  | "TASK_UNKNOWN";

/** A `Label` message: `{key, value}`. */
export interface MesosLabel {
  key: string;
  value?: string;
}

/**
 * Labels as they appear in `/state`: tasks and statuses write a bare array (`model(Labels)`), while
 * protobuf-JSON objects (discovery info, ports, the v1 operator API) wrap it as `{labels: [...]}`.
 */
export type MesosLabels = MesosLabel[] | {labels?: MesosLabel[]};

export interface MesosIpAddress {
  protocol?: "IPv4" | "IPv6";
  ip_address?: string;
}

export interface MesosPortMapping {
  host_port: number;
  container_port: number;
  protocol?: string;
}

/** `NetworkInfo`: 0.26+ writes `ip_addresses`; 0.25 wrote a single `ip_address`. */
export interface MesosNetworkInfo {
  ip_addresses?: MesosIpAddress[];
  ip_address?: string;
  name?: string;
  groups?: string[];
  labels?: {labels?: MesosLabel[]};
  port_mappings?: MesosPortMapping[];
}

export interface MesosContainerStatus {
  container_id?: {value: string; parent?: {value: string}};
  network_infos?: MesosNetworkInfo[];
  executor_pid?: number;
}

export interface MesosTaskStatus {
  state: MesosTaskState | string;
  /** Seconds since the epoch, fractional. */
  timestamp?: number;
  labels?: MesosLabels;
  container_status?: MesosContainerStatus;
  healthy?: boolean;
  source?: string;
  reason?: string;
  message?: string;
}

export interface MesosDiscoveryPort {
  number: number;
  name?: string;
  protocol?: string;
  visibility?: string;
  labels?: {labels?: MesosLabel[]};
}

export interface MesosDiscoveryInfo {
  visibility?: "FRAMEWORK" | "CLUSTER" | "EXTERNAL" | string;
  name?: string;
  environment?: string;
  location?: string;
  version?: string;
  ports?: {ports?: MesosDiscoveryPort[]};
  labels?: {labels?: MesosLabel[]};
}

export interface MesosDockerInfo {
  image?: string;
  network?: "HOST" | "BRIDGE" | "NONE" | "USER" | string;
  port_mappings?: MesosPortMapping[];
  privileged?: boolean;
  parameters?: MesosLabel[];
  force_pull_image?: boolean;
}

export interface MesosContainerInfo {
  type?: "MESOS" | "DOCKER" | string;
  docker?: MesosDockerInfo;
  mesos?: unknown;
  network_infos?: MesosNetworkInfo[];
  hostname?: string;
  volumes?: unknown[];
}

/**
 * Resources as `/state` writes them: a flat map of scalar name to value, with ranges such as ports as a
 * string `"[31000-31005, 31010-31010]"` (see `parsePortRanges`).
 */
export interface MesosResources {
  cpus?: number;
  mem?: number;
  disk?: number;
  gpus?: number;
  ports?: string;
  [name: string]: number | string | undefined;
}

export interface MesosTask {
  id: string;
  name: string;
  framework_id: string;
  executor_id?: string;
  slave_id: string;
  state: MesosTaskState | string;
  resources?: MesosResources;
  statuses?: MesosTaskStatus[];
  labels?: MesosLabels;
  discovery?: MesosDiscoveryInfo;
  container?: MesosContainerInfo;
  health_check?: unknown;
  role?: string;
  user?: string;
}

export interface MesosFramework {
  id: string;
  name?: string;
  /** libprocess PID of the scheduler, `scheduler(1)@10.0.0.1:25501`; absent for HTTP schedulers. */
  pid?: string;
  hostname?: string;
  webui_url?: string;
  user?: string;
  role?: string;
  roles?: string[];
  principal?: string;
  active?: boolean;
  connected?: boolean;
  recovered?: boolean;
  checkpoint?: boolean;
  failover_timeout?: number;
  registered_time?: number;
  reregistered_time?: number;
  unregistered_time?: number;
  capabilities?: unknown[];
  labels?: MesosLabels;
  resources?: MesosResources;
  used_resources?: MesosResources;
  offered_resources?: MesosResources;
  tasks?: MesosTask[];
  unreachable_tasks?: MesosTask[];
  completed_tasks?: MesosTask[];
  offers?: unknown[];
  executors?: unknown[];
}

export interface MesosSlave {
  id: string;
  /** libprocess PID of the agent, `slave(1)@10.0.0.1:5051` (IPv6 hosts in brackets). */
  pid?: string;
  hostname?: string;
  port?: number;
  attributes?: Record<string, string | number>;
  resources?: MesosResources;
  used_resources?: MesosResources;
  offered_resources?: MesosResources;
  reserved_resources?: Record<string, MesosResources>;
  unreserved_resources?: MesosResources;
  active?: boolean;
  deactivated?: boolean;
  version?: string;
  registered_time?: number;
  reregistered_time?: number;
  capabilities?: string[];
  domain?: unknown;
}

/** Newer name for a slave; `/state` still says `slaves`. */
export type MesosAgent = MesosSlave;

export interface MesosState {
  version?: string;
  git_sha?: string;
  git_tag?: string;
  build_date?: string;
  build_time?: number;
  build_user?: string;
  start_time?: number;
  elected_time?: number;
  id?: string;
  /** This master's PID, `master@10.0.0.1:5050`. */
  pid?: string;
  hostname?: string;
  /** The leading master's PID. */
  leader?: string;
  leader_info?: unknown;
  cluster?: string;
  log_dir?: string;
  activated_slaves?: number;
  deactivated_slaves?: number;
  unreachable_slaves?: number;
  flags?: Record<string, string>;
  capabilities?: string[];
  domain?: unknown;
  slaves?: MesosSlave[];
  recovered_slaves?: unknown[];
  frameworks?: MesosFramework[];
  completed_frameworks?: MesosFramework[];
  orphan_tasks?: MesosTask[];
  unregistered_frameworks?: string[];
}
