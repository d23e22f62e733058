// The component categories, in a module of their own so pages can use them without the schema
// library that common.ts brings.
/** The eight platform categories of the 2.1 architecture page (S-ARCH21). */
export const COMPONENT_CATEGORIES = [
  "cluster-management",
  "container-orchestration",
  "container-runtimes",
  "logging-and-metrics",
  "networking",
  "package-management",
  "iam-and-security",
  "storage"
] as const;
export type ComponentCategory = (typeof COMPONENT_CATEGORIES)[number];
