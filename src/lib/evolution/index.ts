// Evolution: the feature-maturity models, the labels features carried release by release, and
// the 1.7 and 1.8 roadmaps against what shipped. Pages import types.js and helpers.js directly;
// the *.schema.ts modules carry the validator and are for loaders and tests.
export * from "./types.js";
export * from "./helpers.js";
export * from "./maturity.schema.js";
export * from "./roadmap.schema.js";
