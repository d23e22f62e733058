// Mesos master `/state` shapes, small accessors, the operator-stream fold, Marathon's shapes and the
// cluster model. Schema-free, for pages; `parseClusterState` (./parse.ts, with zod) is exported from
// src/lib/index.ts for loaders, tests and the one page that reads states a reader brings.
export * from "./types.js";
export * from "./pid.js";
export * from "./ports.js";
export * from "./accessors.js";
export * from "./operator.js";
export * from "./limits.js";
export * from "./marathon.js";
export * from "./cluster.js";
