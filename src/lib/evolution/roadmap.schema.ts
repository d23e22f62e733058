// Schema of data/roadmap.yaml: each item of the 1.7 and 1.8 Roadmap pages with its horizon on
// each, and whether (and as what) it shipped; checked against labels.yaml and the knowledge base.
import {z} from "zod";
import {DataError, validateRecords} from "../data/validate.js";
import {kbIdSchema, kbSourceListSchema, kbTextSchema} from "../kb/common.js";
import type {KnowledgeBase} from "../kb/knowledge-base.js";
import {dcosReleaseSchema} from "../kb/releases.js";
import {resolveCitations} from "../kb/sources.js";
import {sourceProblems, maturityPhaseSchema} from "./maturity.schema.js";
import {HORIZONS, ROADMAPS, type LabelledFeature, type RoadmapItem} from "./types.js";

const horizonSchema = z.enum(HORIZONS);

const outcomeSchema = z
  .object({
    status: z.enum(["shipped", "never"]),
    release: dcosReleaseSchema.optional(),
    phase: maturityPhaseSchema.nullable().optional(),
    track: kbIdSchema.optional(),
    inferred: z.boolean(),
    note: kbTextSchema.optional()
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.status === "shipped") {
      if (!o.release) ctx.addIssue({code: "custom", path: ["release"], message: "a shipped item needs the release it arrived in"});
      if (o.phase === undefined) ctx.addIssue({code: "custom", path: ["phase"], message: "a shipped item needs its maturity label (null if none was found)"});
    } else {
      for (const key of ["release", "phase", "track"] as const) {
        if (o[key] !== undefined) ctx.addIssue({code: "custom", path: [key], message: "an item that never shipped has no " + key});
      }
    }
    if (o.inferred && !o.note) ctx.addIssue({code: "custom", path: ["note"], message: "an inferred outcome needs a note saying why"});
  });

export const roadmapItemSchema = z
  .object({
    id: kbIdSchema,
    name: kbTextSchema,
    summary: kbTextSchema,
    horizons: z.object({"1.7": horizonSchema.nullable(), "1.8": horizonSchema.nullable()}).strict(),
    removed: z
      .object({roadmap: z.enum(ROADMAPS), horizon: horizonSchema, date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD"), note: kbTextSchema})
      .strict()
      .optional(),
    outcome: outcomeSchema,
    source: kbSourceListSchema
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.horizons["1.7"] === null && item.horizons["1.8"] === null && !item.removed) {
      ctx.addIssue({code: "custom", path: ["horizons"], message: "the item is on neither roadmap"});
    }
    if (item.removed && item.horizons[item.removed.roadmap] !== null) {
      ctx.addIssue({code: "custom", path: ["removed", "roadmap"], message: `removed from the ${item.removed.roadmap} roadmap, so its horizon there must be null`});
    }
  });

export type RoadmapRecord = z.output<typeof roadmapItemSchema>;

/** Validates data/roadmap.yaml, checks its tracks against the labelled features, and joins it (roadmap.json). */
export function loadRoadmap(input: unknown, kb: KnowledgeBase, labelled: readonly LabelledFeature[], {dir = "data"}: {dir?: string} = {}): RoadmapItem[] {
  const file = `${dir}/roadmap.yaml`;
  const records = validateRecords(input, roadmapItemSchema, {file});
  const problems = sourceProblems(file, records, kb);
  const tracks = new Map(labelled.map((f) => [f.id, f]));
  for (const item of records) {
    const {track, release, phase} = item.outcome;
    if (!track) continue;
    const feature = tracks.get(track);
    if (!feature) {
      problems.push(`${file}: ${item.id}: outcome.track: unknown labelled feature "${track}"`);
      continue;
    }
    const label = feature.labels.find((l) => l.release === release);
    if (!label || label.phase !== phase) {
      problems.push(`${file}: ${item.id}: outcome.phase: "${track}" is ${label ? `"${label.phase}"` : "not labelled"} in ${release}, not "${phase}"`);
    }
  }
  if (problems.length) throw new DataError(problems);
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  return records.map((r): RoadmapItem => {
    const {track, ...outcome} = r.outcome;
    return {
      ...r,
      ...(r.removed ? {removed: r.removed} : {}),
      outcome: {...outcome, ...(track ? {track: {id: track, name: tracks.get(track)!.name}} : {})},
      source: resolveCitations(r.source, sources)
    } as RoadmapItem;
  });
}
