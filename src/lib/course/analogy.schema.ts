// The schema of data/analogy.yaml.
import {z} from "zod";
import {validateRecords} from "../data/validate.js";
import {COMPUTER_GROUPS, DCOS_GROUPS, type AnalogyPair} from "./analogy.js";
import {kbSourceListSchema} from "../kb/common.js";

type Ids<T extends readonly {id: string}[]> = T[number]["id"];
const ids = <T extends readonly {id: string}[]>(groups: T) => groups.map((g) => g.id) as [Ids<T>, ...Ids<T>[]];

export const analogySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id"),
    computer: z.object({name: z.string().min(1), group: z.enum(ids(COMPUTER_GROUPS)), text: z.string().min(1)}).strict(),
    dcos: z
      .object({
        name: z.string().min(1),
        group: z.enum(ids(DCOS_GROUPS)),
        components: z.array(z.string()).default([]),
        text: z.string().min(1)
      })
      .strict(),
    differs: z.string().min(1),
    concepts: z.array(z.string()).default([]),
    source: kbSourceListSchema
  })
  .strict();


export function parseAnalogy(input: unknown, file = "data/analogy.yaml"): AnalogyPair[] {
  return validateRecords(input, analogySchema, {file}) satisfies AnalogyPair[];
}

