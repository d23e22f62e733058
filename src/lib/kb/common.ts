// Building blocks shared by the knowledge-base schemas: ids, node types, categories, chapters,
// and how a record cites its source (a key of data/sources.yaml plus the DC/OS docs version).
import {z} from "zod";
import {COMPONENT_CATEGORIES} from "./categories.js";
import {dcosReleaseSchema} from "./releases.js";

export const kbIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id");

/** The three DC/OS node types (S-NODE21). */
export const KB_NODE_TYPES = ["master", "private-agent", "public-agent"] as const;
export type KbNodeType = (typeof KB_NODE_TYPES)[number];
export const kbNodeTypeSchema = z.enum(KB_NODE_TYPES);

/** A set of node types: each at most once. */
export const kbNodeTypesSchema = z.array(kbNodeTypeSchema).superRefine((types, ctx) => {
  types.forEach((type, i) => {
    if (types.indexOf(type) !== i) ctx.addIssue({code: "custom", path: [i], message: `"${type}" is listed twice`});
  });
});

export {COMPONENT_CATEGORIES, type ComponentCategory} from "./categories.js";

/** The chapters of the workbook that can teach a concept or present a feature (DESIGN.md). */
export const KB_CHAPTERS = [
  "index",
  "what-is-dcos",
  "architecture",
  "components",
  "concepts",
  "features",
  "offer-cycle",
  "high-availability",
  "service-discovery",
  "telemetry",
  "feature-maturity",
  "roadmap",
  "design"
] as const;
export type KbChapter = (typeof KB_CHAPTERS)[number];
export const kbChapterSchema = z.enum(KB_CHAPTERS);

export const kbSourceKeySchema = z.string().regex(/^S-[A-Z0-9-]+$/, "expected a source key such as S-COMP21");

/** Where a fact comes from: a key of data/sources.yaml and the DC/OS version of the page read. */
export const kbSourceRefSchema = z.object({key: kbSourceKeySchema, version: dcosReleaseSchema}).strict();
export type KbSourceRef = z.output<typeof kbSourceRefSchema>;

/** One source or a list of them; always read back as a list. */
export const kbSourceListSchema = z.preprocess(
  (value) => (value !== null && typeof value === "object" && !Array.isArray(value) ? [value] : value),
  z.array(kbSourceRefSchema).min(1, "expected at least one source")
);

/** Free text written in our own words: trimmed, not empty. */
export const kbTextSchema = z.string().trim().min(1, "must not be empty");

/** Fields whose value is the workbook's reading of the sources rather than a stated fact. */
export const KB_INFERABLE_FIELDS = ["since", "until", "purpose", "category", "nodeTypes", "component", "enterprise"] as const;
export const kbInferredSchema = z.array(z.enum(KB_INFERABLE_FIELDS)).default([]);
