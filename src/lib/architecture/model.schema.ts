// The schemas of data/architecture/boot.yaml and flows.yaml.
import {z} from "zod";
import {validateRecords} from "../data/validate.js";
import {kbSourceListSchema} from "../kb/common.js";
import type {BootSequence, Flow, LayerModel} from "./model.js";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id");

const bootStepSchema = z
  .object({id, title: z.string().min(1), components: z.array(z.string()).min(1), waitsFor: z.string().min(1), does: z.string().min(1)})
  .strict();

export const bootSequenceSchema = z
  .object({id, node: z.enum(["master", "private-agent", "public-agent"]), source: kbSourceListSchema, steps: z.array(bootStepSchema).min(1)})
  .strict();

const flowStepSchema = z
  .object({
    docStep: z.number().int().positive().optional(),
    from: z.string().min(1),
    to: z.string().min(1),
    message: z.string().min(1),
    explain: z.string().min(1)
  })
  .strict();

export const flowSchema = z
  .object({id, title: z.string().min(1), summary: z.string().min(1), source: kbSourceListSchema, steps: z.array(flowStepSchema).min(2)})
  .strict();

export function parseBoot(input: unknown, file: string): BootSequence[] {
  return validateRecords(input, bootSequenceSchema, {file});
}

export function parseFlows(input: unknown, file: string): Flow[] {
  return validateRecords(input, flowSchema, {file});
}

const layerSchema = z
  .object({
    id,
    title: z.string().min(1),
    about: z.string().min(1),
    components: z.array(z.string()).default([]),
    categories: z.array(z.string()).default([]),
    items: z.array(z.string()).default([])
  })
  .strict();

export const layerModelSchema = z
  .object({id, title: z.string().min(1), releases: z.string().min(1), source: kbSourceListSchema, layers: z.array(layerSchema).min(2), external: z.array(z.string())})
  .strict();

export function parseLayers(input: unknown, file: string): LayerModel[] {
  return validateRecords(input, layerModelSchema, {file});
}
