export * from "./actors.js";
export * from "./model.js";
