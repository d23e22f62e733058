export * from "./actors.js";
export * from "./model.js";
export * from "./placement.js";
