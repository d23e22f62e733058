// Validation of curated data records with zod, reporting problems as
// `file: record id: field: problem`, one per line, so a typo names exactly where it is.
import type {z} from "zod";

export class DataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join("\n"));
    this.name = "DataError";
    this.problems = problems;
  }
}

/** A dotted path such as `ports[0].protocol` from zod's issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(record)";
}

export interface ValidateOptions {
  /** The file name used in messages, e.g. `data/components.yaml`. */
  file: string;
}

/**
 * Validates a list of records, each against `schema`. Every record must have a unique string
 * `id`. Returns the parsed records, or throws a DataError listing every problem found.
 */
export function validateRecords<S extends z.ZodType>(
  input: unknown,
  schema: S,
  {file}: ValidateOptions
): z.output<S>[] {
  if (!Array.isArray(input)) throw new DataError([`${file}: expected a list of records`]);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const records: z.output<S>[] = [];
  input.forEach((record: unknown, index: number) => {
    const rawId = (record as {id?: unknown} | null)?.id;
    const id = typeof rawId === "string" && rawId ? rawId : `#${index + 1}`;
    if (typeof rawId === "string" && rawId) {
      if (seen.has(rawId)) problems.push(`${file}: ${rawId}: id: duplicate id (also record #${seen.get(rawId)! + 1})`);
      else seen.set(rawId, index);
    }
    const result = schema.safeParse(record);
    if (result.success) records.push(result.data);
    else for (const issue of result.error.issues) problems.push(`${file}: ${id}: ${formatPath(issue.path)}: ${issue.message}`);
  });
  if (problems.length) throw new DataError(problems);
  return records;
}

/**
 * Checks that every reference from a record's field names an existing id.
 * `refs(record)` returns the referenced ids for each field name.
 */
export function checkReferences<T extends {id: string}>(
  records: readonly T[],
  refs: (record: T) => Record<string, readonly string[] | string | undefined>,
  known: ReadonlySet<string> | ((field: string) => ReadonlySet<string>),
  {file}: ValidateOptions
): void {
  const problems: string[] = [];
  for (const record of records) {
    for (const [field, value] of Object.entries(refs(record))) {
      const ids = value === undefined ? [] : typeof value === "string" ? [value] : value;
      const set = typeof known === "function" ? known(field) : known;
      ids.forEach((ref, i) => {
        if (!set.has(ref)) {
          const where = typeof value === "string" ? field : `${field}[${i}]`;
          problems.push(`${file}: ${record.id}: ${where}: unknown id "${ref}"`);
        }
      });
    }
  }
  if (problems.length) throw new DataError(problems);
}
