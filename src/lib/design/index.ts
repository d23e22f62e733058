// Design notes: the overlay network example. Pages import overlay.js (and types.js) directly;
// design.schema.ts carries the validator and is for loaders and tests.
export * from "./overlay.js";
export * from "./dnsProxy.js";
export * from "./types.js";
export * from "./design.schema.js";
