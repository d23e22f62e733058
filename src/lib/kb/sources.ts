// data/sources.yaml: the documentation pages behind every fact, keyed as in the reference
// dossier (S-COMP21 ...). Records cite them as {key, version}; pages print them as a Sources list.
import {z} from "zod";
import {kbSourceKeySchema, kbTextSchema, type KbSourceRef} from "./common.js";
import {dcosReleaseSchema, type DcosRelease} from "./releases.js";

export const sourceRecordSchema = z
  .object({
    id: kbSourceKeySchema,
    /** A short human title for a Sources list. */
    title: kbTextSchema,
    /** GitHub repository (owner/name) of the main page. */
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "expected owner/name"),
    /** Path of the main page in `repo`. */
    path: kbTextSchema,
    /** Where a deleted page was read from git history, e.g. "8321cc8b^" (parent of the deleting commit). */
    commit: z.string().regex(/^[0-9a-f]{7,40}\^?$/, "expected a commit such as 8321cc8b^").optional(),
    /** Further pages or places read under the same key (free text, "repo: path"). */
    also: z.array(kbTextSchema).default([]),
    /** The DC/OS versions whose docs this key covers; a citation's version must be one of them. */
    versions: z.array(dcosReleaseSchema).min(1),
    /** True for secondary sources (blogs, pull requests) rather than the documentation. */
    secondary: z.boolean().default(false),
    note: kbTextSchema.optional()
  })
  .strict();

export type SourceRecord = z.output<typeof sourceRecordSchema>;

/** A citation joined with its source, ready for a Sources list. */
export interface KbCitation extends KbSourceRef {
  title: string;
  repo: string;
  path: string;
  commit?: string;
  secondary: boolean;
}

/** Resolves citations against the sources; unknown keys are skipped (validation reports them). */
export function resolveCitations(refs: readonly KbSourceRef[], sources: ReadonlyMap<string, SourceRecord>): KbCitation[] {
  const out: KbCitation[] = [];
  for (const ref of refs) {
    const source = sources.get(ref.key);
    if (!source) continue;
    out.push({
      key: ref.key,
      version: ref.version,
      title: source.title,
      repo: source.repo,
      path: source.path,
      ...(source.commit ? {commit: source.commit} : {}),
      secondary: source.secondary
    });
  }
  return out;
}

/** Problems with citations whose version is not one the source covers. */
export function citationVersionProblems(
  file: string,
  records: readonly {id: string; source: readonly KbSourceRef[]}[],
  sources: ReadonlyMap<string, SourceRecord>,
  field = "source"
): string[] {
  const problems: string[] = [];
  for (const record of records) {
    record.source.forEach((ref, i) => {
      const versions: readonly DcosRelease[] | undefined = sources.get(ref.key)?.versions;
      if (versions && !versions.includes(ref.version)) {
        problems.push(`${file}: ${record.id}: ${field}[${i}].version: "${ref.version}" is not a version ${ref.key} covers (${versions.join(", ")})`);
      }
    });
  }
  return problems;
}
