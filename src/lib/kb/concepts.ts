// data/concepts.yaml: the glossary — 48 terms of the 2.1 Concepts page, 7 kept from the older 1.7
// glossary, and 13 defined on other pages — each tied to the chapter that teaches it.
import {z} from "zod";
import {kbChapterSchema, kbIdSchema, kbSourceListSchema, kbTextSchema} from "./common.js";

/** Which glossary a term comes from. */
export const CONCEPT_GLOSSARIES = ["2.1", "1.7", "other"] as const;
export type ConceptGlossary = (typeof CONCEPT_GLOSSARIES)[number];

export const conceptRecordSchema = z
  .object({
    id: kbIdSchema,
    term: kbTextSchema,
    aliases: z.array(kbTextSchema).default([]),
    definition: kbTextSchema,
    /** Related concept ids. */
    related: z.array(kbIdSchema).default([]),
    /** Components that embody the concept, where there is one. */
    components: z.array(kbIdSchema).default([]),
    /** The workbook chapter that teaches it. */
    chapter: kbChapterSchema,
    glossary: z.enum(CONCEPT_GLOSSARIES),
    source: kbSourceListSchema,
    note: kbTextSchema.optional()
  })
  .strict()
  .superRefine((record, ctx) => {
    record.related.forEach((id, i) => {
      if (id === record.id) ctx.addIssue({code: "custom", path: ["related", i], message: "a concept cannot be related to itself"});
    });
  });

export type ConceptRecord = z.output<typeof conceptRecordSchema>;
