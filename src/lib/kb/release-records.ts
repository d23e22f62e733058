// data/releases.yaml: one record per release line (1.7 to 2.2) with its GA date and bundled
// Mesos, Marathon and Metronome, plus one end-of-life record.
import {z} from "zod";
import {kbIdSchema, kbSourceListSchema, kbTextSchema} from "./common.js";
import {dcosReleaseSchema} from "./releases.js";

const isoDateSchema = z.iso.date();
const bundledVersionSchema = z.string().regex(/^\d+\.\d+(\.\d+|\.x)?(-dev)?$/, "expected a version such as 1.10.17, 1.7.x or 1.11.0-dev");

export const dcosReleaseRecordSchema = z
  .object({
    id: kbIdSchema,
    kind: z.literal("release"),
    version: dcosReleaseSchema,
    /** GA date of x.y.0; null where the docs do not state it (then `gaNote` says what is known). */
    ga: isoDateSchema.nullable(),
    gaNote: kbTextSchema.optional(),
    mesos: bundledVersionSchema.nullable(),
    marathon: bundledVersionSchema.nullable(),
    metronome: bundledVersionSchema.nullable(),
    /** Other bundled pieces the release notes name, e.g. Kubernetes 1.9 in 1.11. */
    alsoBundled: z.array(z.object({name: kbTextSchema, version: bundledVersionSchema}).strict()).default([]),
    lastPatch: z.object({version: z.string().regex(/^\d+\.\d+\.\d+$/, "expected a patch version such as 2.1.3"), date: isoDateSchema.nullable()}).strict(),
    highlights: z.array(kbTextSchema).min(1),
    source: kbSourceListSchema,
    note: kbTextSchema.optional()
  })
  .strict()
  .superRefine((record, ctx) => {
    if (record.ga === null && record.gaNote === undefined) ctx.addIssue({code: "custom", path: ["gaNote"], message: "say what is known when ga is null"});
    if (!record.lastPatch.version.startsWith(`${record.version}.`)) {
      ctx.addIssue({code: "custom", path: ["lastPatch", "version"], message: `"${record.lastPatch.version}" is not a ${record.version} patch`});
    }
  });

export const endOfLifeRecordSchema = z
  .object({
    id: kbIdSchema,
    kind: z.literal("end-of-life"),
    date: isoDateSchema,
    /** When the wind-down was announced, as precisely as the sources allow (e.g. "2020-10"). */
    announced: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "expected YYYY-MM or YYYY-MM-DD"),
    successor: kbTextSchema,
    summary: kbTextSchema,
    caveats: z.array(kbTextSchema).min(1),
    source: kbSourceListSchema
  })
  .strict();

export const releaseRecordSchema = z.discriminatedUnion("kind", [dcosReleaseRecordSchema, endOfLifeRecordSchema]);

export type DcosReleaseRecord = z.output<typeof dcosReleaseRecordSchema>;
export type EndOfLifeRecord = z.output<typeof endOfLifeRecordSchema>;
export type ReleaseRecord = z.output<typeof releaseRecordSchema>;
