// Mesos master `/state` shapes and small accessors. A full `parseClusterState` will join them here.
export * from "./types.js";
export * from "./pid.js";
export * from "./ports.js";
export * from "./accessors.js";
export * from "./operator.js";
