// The public model API of the workbook: what pages, loaders, tests and scripts import.
// Pure, deterministic TypeScript: no DOM, no Framework imports, no wall clock, no Math.random.
export * from "./data/validate.js";
export * from "./sim/index.js";
export * from "./mesos/index.js";
export * from "./state/index.js";
export * from "./state/parse.js";
export * from "./discovery/index.js";
export * from "./kb/index.js";
export * from "./architecture/index.js";
export * from "./ha/index.js";
export {simulate, scenarios} from "./simulate.js";
export * from "./evolution/index.js";
export * from "./design/index.js";
