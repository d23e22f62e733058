// The schema of data/checks/<chapter>.yaml: multiple choice, numeric, and predict-then-run
// (a choice made before running a scenario).
import {z} from "zod";
import {DataError, validateRecords} from "../data/validate.js";
import type {Check} from "./checks.js";

const optionSchema = z.object({text: z.string().min(1), correct: z.boolean().default(false), why: z.string().min(1)}).strict();

const base = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id"),
  prompt: z.string().min(1)
};

export const checkSchema = z.discriminatedUnion("type", [
  z
    .object({...base, type: z.literal("choice"), options: z.array(optionSchema).min(2)})
    .strict()
    .refine((q) => q.options.filter((o) => o.correct).length === 1, {message: "exactly one option must be correct", path: ["options"]}),
  z
    .object({...base, type: z.literal("numeric"), answer: z.number(), tolerance: z.number().nonnegative().default(0), unit: z.string().default(""), why: z.string().min(1)})
    .strict(),
  z
    .object({
      ...base,
      type: z.literal("predict"),
      scenario: z.string().min(1),
      options: z.array(optionSchema).min(2),
      run: z.string().min(1)
    })
    .strict()
    .refine((q) => q.options.filter((o) => o.correct).length === 1, {message: "exactly one option must be correct", path: ["options"]})
]);



export function parseChecks(input: unknown, file: string): Check[] {
  const checks: Check[] = validateRecords(input, checkSchema, {file});
  if (checks.length === 0) throw new DataError([`${file}: expected at least one question`]);
  return checks;
}

