// The knowledge base: curated DC/OS facts (components, ports, concepts, features, releases and
// their sources), their schemas, validation across files, and the joins pages use. Pure.
export * from "./releases.js";
export * from "./common.js";
export * from "./sources.js";
export * from "./components.js";
export * from "./ports.js";
export * from "./concepts.js";
export * from "./features.js";
export * from "./release-records.js";
export * from "./consistency.js";
export * from "./knowledge-base.js";
export * from "./join.js";
export * from "./views.js";
