// Schemas of data/maturity.yaml (the two models, Model A's criteria, every phase) and
// data/labels.yaml (each labelled feature with its labels by release), and their validation
// against each other and the knowledge base. Problems read `file: record id: field: problem`.
import {z} from "zod";
import {checkReferences, DataError, validateRecords} from "../data/validate.js";
import {COMPONENT_CATEGORIES, kbIdSchema, kbSourceListSchema, kbTextSchema, type KbSourceRef} from "../kb/common.js";
import type {KnowledgeBase} from "../kb/knowledge-base.js";
import {dcosReleaseIndex, dcosReleaseSchema} from "../kb/releases.js";
import {citationVersionProblems, resolveCitations} from "../kb/sources.js";
import {CRITERION_GROUPS, MATURITY_MODELS, MATURITY_PHASES, PHASE_MODEL, PROMISE_LEVELS, type LabelledFeature, type MaturityData} from "./types.js";

export const maturityPhaseSchema = z.enum(MATURITY_PHASES);

const modelSchema = z
  .object({
    id: z.enum(MATURITY_MODELS),
    kind: z.literal("model"),
    name: kbTextSchema,
    releases: z.array(dcosReleaseSchema).min(1),
    summary: kbTextSchema,
    note: kbTextSchema.optional(),
    source: kbSourceListSchema
  })
  .strict();

const criterionSchema = z
  .object({id: kbIdSchema, kind: z.literal("criterion"), group: z.enum(CRITERION_GROUPS), name: kbTextSchema, meaning: kbTextSchema, source: kbSourceListSchema})
  .strict();

const promiseSchema = z.object({criterion: kbIdSchema, level: z.enum(PROMISE_LEVELS), text: kbTextSchema}).strict();

const phaseSchema = z
  .object({
    id: maturityPhaseSchema,
    kind: z.literal("phase"),
    model: z.enum(MATURITY_MODELS),
    name: kbTextSchema,
    order: z.number().int().positive(),
    caveat: kbTextSchema.nullable().optional(),
    promises: z.array(promiseSchema).optional(),
    becomes: maturityPhaseSchema.optional(),
    points: z.array(kbTextSchema).min(1).optional(),
    source: kbSourceListSchema
  })
  .strict()
  .superRefine((phase, ctx) => {
    if (PHASE_MODEL[phase.id] !== phase.model) ctx.addIssue({code: "custom", path: ["model"], message: `"${phase.id}" belongs to ${PHASE_MODEL[phase.id]}`});
    if (phase.model === "model-a") {
      if (!phase.promises) ctx.addIssue({code: "custom", path: ["promises"], message: "a Model A phase needs its promises"});
      if (!phase.becomes) ctx.addIssue({code: "custom", path: ["becomes"], message: "a Model A phase needs the lifecycle state it became"});
      else if (PHASE_MODEL[phase.becomes] !== "model-b") ctx.addIssue({code: "custom", path: ["becomes"], message: `"${phase.becomes}" is not a lifecycle state`});
    } else if (!phase.points) ctx.addIssue({code: "custom", path: ["points"], message: "a lifecycle state needs its points"});
  });

export const maturityRecordSchema = z.discriminatedUnion("kind", [modelSchema, criterionSchema, phaseSchema]);

const labelSchema = z
  .object({
    release: dcosReleaseSchema,
    phase: maturityPhaseSchema,
    note: kbTextSchema.optional(),
    inferred: z.boolean().default(false),
    source: kbSourceListSchema
  })
  .strict()
  .superRefine((label, ctx) => {
    if (label.inferred && !label.note) ctx.addIssue({code: "custom", path: ["note"], message: "an inferred label needs a note saying why"});
  });

export const labelledFeatureSchema = z
  .object({
    id: kbIdSchema,
    name: kbTextSchema,
    area: z.enum(COMPONENT_CATEGORIES),
    enterprise: z.boolean(),
    feature: kbIdSchema.optional(),
    components: z.array(kbIdSchema).default([]),
    labels: z.array(labelSchema).min(1, "expected at least one label"),
    source: kbSourceListSchema
  })
  .strict()
  .superRefine((record, ctx) => {
    record.labels.forEach((label, i) => {
      const before = record.labels[i - 1];
      if (before && dcosReleaseIndex(label.release) <= dcosReleaseIndex(before.release)) {
        ctx.addIssue({code: "custom", path: ["labels", i, "release"], message: `"${label.release}" must come after "${before.release}"`});
      }
    });
  });

export type LabelledFeatureRecord = z.output<typeof labelledFeatureSchema>;
export type MaturityRecord = z.output<typeof maturityRecordSchema>;

export interface MaturityInput {
  maturity: unknown;
  labels: unknown;
}

/** Source keys and versions of records (and of nested labels) against the knowledge base's sources. */
export function sourceProblems(file: string, records: readonly {id: string; source: readonly KbSourceRef[]}[], kb: KnowledgeBase, field = "source"): string[] {
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const problems: string[] = [];
  for (const record of records) {
    record.source.forEach((ref, i) => {
      if (!sources.has(ref.key)) problems.push(`${file}: ${record.id}: ${field}[${i}].key: unknown source "${ref.key}"`);
    });
  }
  problems.push(...citationVersionProblems(file, records, sources, field));
  return problems;
}

function collect(problems: string[], run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) problems.push(...error.problems);
    else throw error;
  }
}

/** Validates both files, checks their references, and joins them for pages (maturity.json). */
export function loadMaturity(input: MaturityInput, kb: KnowledgeBase, {dir = "data"}: {dir?: string} = {}): MaturityData {
  const mFile = `${dir}/maturity.yaml`;
  const lFile = `${dir}/labels.yaml`;
  const problems: string[] = [];
  let records: MaturityRecord[] = [];
  let labelled: LabelledFeatureRecord[] = [];
  collect(problems, () => (records = validateRecords(input.maturity, maturityRecordSchema, {file: mFile})));
  collect(problems, () => (labelled = validateRecords(input.labels, labelledFeatureSchema, {file: lFile})));
  if (problems.length) throw new DataError(problems);

  const models = records.filter((r) => r.kind === "model");
  const criteria = records.filter((r) => r.kind === "criterion");
  const phases = records.filter((r) => r.kind === "phase");
  for (const id of MATURITY_MODELS) if (!models.some((m) => m.id === id)) problems.push(`${mFile}: ${id}: (record): missing model`);
  for (const id of MATURITY_PHASES) if (!phases.some((p) => p.id === id)) problems.push(`${mFile}: ${id}: (record): missing phase`);
  const criterionIds = new Set(criteria.map((c) => c.id));
  for (const phase of phases) {
    phase.promises?.forEach((p, i) => {
      if (!criterionIds.has(p.criterion)) problems.push(`${mFile}: ${phase.id}: promises[${i}].criterion: unknown criterion "${p.criterion}"`);
    });
    if (phase.promises && phase.promises.length !== criteria.length) problems.push(`${mFile}: ${phase.id}: promises: expected one promise per criterion (${criteria.length})`);
  }
  problems.push(...sourceProblems(mFile, records, kb));
  problems.push(...sourceProblems(lFile, labelled, kb));
  for (const record of labelled) {
    record.labels.forEach((l, i) => problems.push(...sourceProblems(lFile, [{id: record.id, source: l.source}], kb, `labels[${i}].source`)));
  }
  collect(problems, () =>
    checkReferences(labelled, (r) => ({feature: r.feature, components: r.components}), (field) => new Set(field === "feature" ? kb.features.map((f) => f.id) : kb.components.map((c) => c.id)), {
      file: lFile
    })
  );
  if (problems.length) throw new DataError(problems);

  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const features = new Map(kb.features.map((f) => [f.id, f]));
  const components = new Map(kb.components.map((c) => [c.id, c]));
  const cite = (refs: readonly KbSourceRef[]) => resolveCitations(refs, sources);
  return {
    models: models.map((m) => ({...m, source: cite(m.source)})),
    criteria: criteria.map((c) => ({...c, source: cite(c.source)})),
    phases: phases.map((p) => ({...p, source: cite(p.source)})),
    features: labelled.map(
      (r): LabelledFeature => ({
        id: r.id,
        name: r.name,
        area: r.area,
        enterprise: r.enterprise,
        feature: r.feature ? {id: r.feature, name: features.get(r.feature)!.name} : null,
        components: r.components.map((id) => ({id, name: components.get(id)!.name})),
        labels: r.labels.map((l) => ({...l, source: cite(l.source)})),
        source: cite(r.source)
      })
    )
  };
}
