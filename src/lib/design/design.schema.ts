// Schemas of data/design.yaml (the design notes) and data/telemetry.yaml, checked against the
// knowledge base's sources; for loaders and tests only (pages never import zod).
import {z} from "zod";
import {DataError, validateRecords} from "../data/validate.js";
import {kbIdSchema, kbSourceListSchema, kbTextSchema, type KbSourceRef} from "../kb/common.js";
import type {KnowledgeBase} from "../kb/knowledge-base.js";
import {resolveCitations} from "../kb/sources.js";
import {sourceProblems} from "../evolution/maturity.schema.js";
import {DESIGN_FIGURES, type DesignTopic, type TelemetryData} from "./types.js";

export const designTopicSchema = z
  .object({
    id: kbIdSchema,
    title: kbTextSchema,
    versions: z.string().regex(/^\d+\.\d+(–\d+\.\d+)?$/, "expected a version or a range such as 1.8–2.2"),
    summary: kbTextSchema,
    facts: z.array(kbTextSchema).min(2, "expected at least two key facts"),
    figure: z.enum(DESIGN_FIGURES),
    diagram: z.object({kind: z.enum(["sequence", "groups"]), boxes: z.array(z.object({label: kbTextSchema, detail: kbTextSchema}).strict()).min(2, "expected at least two boxes")}).strict().optional(),
    source: kbSourceListSchema
  })
  .strict();

function cite<T extends {source: readonly KbSourceRef[]}>(records: T[], kb: KnowledgeBase) {
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  return records.map((r) => ({...r, source: resolveCitations(r.source, sources)}));
}

/** Validates data/design.yaml and resolves its sources (design.json). */
export function loadDesign(input: unknown, kb: KnowledgeBase, {dir = "data"}: {dir?: string} = {}): DesignTopic[] {
  const file = `${dir}/design.yaml`;
  const records = validateRecords(input, designTopicSchema, {file});
  const problems = sourceProblems(file, records, kb);
  if (problems.length) throw new DataError(problems);
  return cite(records, kb) as DesignTopic[];
}

const factSchema = z.object({id: kbIdSchema, label: kbTextSchema, value: kbTextSchema, source: kbSourceListSchema}).strict();
const eventSchema = z.object({id: kbIdSchema, event: kbTextSchema, producer: kbTextSchema, fields: z.array(kbTextSchema).min(1), source: kbSourceListSchema}).strict();
const stepSchema = z.object({id: kbIdSchema, from: kbTextSchema, to: kbTextSchema, label: kbTextSchema, detail: kbTextSchema, source: kbSourceListSchema}).strict();
const collectedSchema = z.object({id: kbIdSchema, text: kbTextSchema, collected: z.boolean(), source: kbSourceListSchema}).strict();
const SECTIONS = {facts: factSchema, events: eventSchema, path: stepSchema, collected: collectedSchema} as const;

/** Validates data/telemetry.yaml (four lists: facts, events, path, collected) and resolves sources. */
export function loadTelemetry(input: unknown, kb: KnowledgeBase, {dir = "data"}: {dir?: string} = {}): TelemetryData {
  const file = `${dir}/telemetry.yaml`;
  if (input === null || typeof input !== "object" || Array.isArray(input)) throw new DataError([`${file}: expected a mapping with ${Object.keys(SECTIONS).join(", ")}`]);
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SECTIONS)) {
    const section = `${file} (${key})`;
    try {
      const records = validateRecords((input as Record<string, unknown>)[key], schema as z.ZodType<{id: string; source: KbSourceRef[]}>, {file: section});
      problems.push(...sourceProblems(section, records, kb));
      out[key] = cite(records, kb);
    } catch (error) {
      if (error instanceof DataError) problems.push(...error.problems);
      else throw error;
    }
  }
  for (const extra of Object.keys(input).filter((k) => !(k in SECTIONS))) problems.push(`${file}: ${extra}: unknown section`);
  if (problems.length) throw new DataError(problems);
  return out as unknown as TelemetryData;
}
