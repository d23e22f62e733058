// data/features.yaml: the DC/OS feature list — 21 headings on the 1.8–2.2 Features page, 13 on the
// 1.7 page — tied to the components that deliver each one and the chapters that show it.
import {z} from "zod";
import {kbChapterSchema, kbIdSchema, kbSourceListSchema, kbTextSchema} from "./common.js";
import {checkDcosRange, dcosRangeFields} from "./releases.js";

/** The two published feature lists: the 1.7 page and the 1.8–2.2 page. */
export const KB_FEATURE_LISTS = ["1.7", "1.8+"] as const;
export type KbFeatureList = (typeof KB_FEATURE_LISTS)[number];

export const featureRecordSchema = z
  .object({
    id: kbIdSchema,
    name: kbTextSchema,
    /** The heading as printed on each list it appears in (literal, including its oddities). */
    headings: z.object({"1.7": kbTextSchema.optional(), "1.8+": kbTextSchema.optional()}).strict(),
    description: kbTextSchema,
    lists: z.array(z.enum(KB_FEATURE_LISTS)).min(1),
    components: z.array(kbIdSchema).default([]),
    chapters: z.array(kbChapterSchema).min(1),
    concepts: z.array(kbIdSchema).default([]),
    enterprise: z.boolean(),
    ...dcosRangeFields,
    source: kbSourceListSchema,
    note: kbTextSchema.optional()
  })
  .strict()
  .superRefine(checkDcosRange)
  .superRefine((record, ctx) => {
    for (const list of KB_FEATURE_LISTS) {
      const listed = record.lists.includes(list);
      if (listed !== (record.headings[list] !== undefined)) {
        ctx.addIssue({code: "custom", path: ["headings", list], message: listed ? `a heading is needed for list "${list}"` : `not in list "${list}"`});
      }
    }
    // The 1.7 list is the 1.7 page; the 1.8+ list is on every page from 1.8 to 2.2.
    if (record.lists.includes("1.7") !== (record.since === "1.7")) {
      ctx.addIssue({code: "custom", path: ["since"], message: 'must be "1.7" exactly when the feature is in the 1.7 list'});
    }
  });

export type FeatureRecord = z.output<typeof featureRecordSchema>;
