// How a record names where its facts come from: a key of data/sources.yaml and a DC/OS version.
import {z} from "zod";

export const sourceRefSchema = z
  .object({
    key: z.string().regex(/^S-[A-Z0-9-]+$/, "expected a source key such as S-COMP21"),
    version: z.string().regex(/^\d+\.\d+$/, "expected a DC/OS version such as 2.1")
  })
  .strict();

/** One source or a list of them. Always read back as a list. */
export const sourcesSchema = z
  .union([sourceRefSchema, z.array(sourceRefSchema).min(1)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

export type SourceRef = z.output<typeof sourceRefSchema>;
