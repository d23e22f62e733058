// Validates the six knowledge-base files together: each record against its schema, then every
// reference between them (sources, components, concepts) and the release arithmetic. Problems
// are reported as `file: record id: field: problem`, all at once.
import type {z} from "zod";
import {checkReferences, DataError, validateRecords} from "../data/validate.js";
import type {KbSourceRef} from "./common.js";
import {componentRecordSchema, type ComponentRecord} from "./components.js";
import {conceptRecordSchema, type ConceptRecord} from "./concepts.js";
import {featureRecordSchema, type FeatureRecord} from "./features.js";
import {portRecordSchema, type PortRecord} from "./ports.js";
import {releaseRecordSchema, type ReleaseRecord} from "./release-records.js";
import {citationVersionProblems, sourceRecordSchema, type SourceRecord} from "./sources.js";
import {componentRangeProblems, portOverlapProblems, releaseListProblems} from "./consistency.js";

/** The files of the knowledge base, by kind, as named inside the data folder. */
export const KB_FILE_NAMES = {
  sources: "sources.yaml",
  components: "components.yaml",
  ports: "ports.yaml",
  concepts: "concepts.yaml",
  features: "features.yaml",
  releases: "releases.yaml"
} as const;

export type KbFileKind = keyof typeof KB_FILE_NAMES;

/** The parsed (not yet validated) contents of each file. */
export type KnowledgeBaseInput = Record<KbFileKind, unknown>;

export interface KnowledgeBase {
  sources: SourceRecord[];
  components: ComponentRecord[];
  ports: PortRecord[];
  concepts: ConceptRecord[];
  features: FeatureRecord[];
  releases: ReleaseRecord[];
}

/** The path used in messages for one file: `data/components.yaml` by default. */
export function kbFilePath(kind: KbFileKind, dir = "data"): string {
  return `${dir.replace(/\/+$/, "") || "."}/${KB_FILE_NAMES[kind]}`;
}

/** Reads every file with `read` (e.g. the loaders' readData), so this module stays free of fs. */
export function readKnowledgeBaseFiles(dir: string, read: (file: string) => unknown): KnowledgeBaseInput {
  const kinds = Object.keys(KB_FILE_NAMES) as KbFileKind[];
  return Object.fromEntries(kinds.map((kind) => [kind, read(kbFilePath(kind, dir))])) as KnowledgeBaseInput;
}

/** Runs `check`, adding the problems of a DataError to `problems` instead of throwing. */
function collect(problems: string[], check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof DataError) problems.push(...error.problems);
    else throw error;
  }
}

function parseAll(input: KnowledgeBaseInput, dir: string): {kb: KnowledgeBase; problems: string[]} {
  const problems: string[] = [];
  const parse = <S extends z.ZodType>(kind: KbFileKind, schema: S): z.output<S>[] => {
    const file = kbFilePath(kind, dir);
    let records: z.output<S>[] = [];
    collect(problems, () => (records = validateRecords(input[kind], schema, {file})));
    // An empty file would silently draw an empty figure.
    if (Array.isArray(input[kind]) && (input[kind] as unknown[]).length === 0) problems.push(`${file}: expected at least one record`);
    return records;
  };
  const kb: KnowledgeBase = {
    sources: parse("sources", sourceRecordSchema),
    components: parse("components", componentRecordSchema),
    ports: parse("ports", portRecordSchema),
    concepts: parse("concepts", conceptRecordSchema),
    features: parse("features", featureRecordSchema),
    releases: parse("releases", releaseRecordSchema)
  };
  return {kb, problems};
}

function referenceProblems(kb: KnowledgeBase, dir: string): string[] {
  const problems: string[] = [];
  const path = (kind: KbFileKind) => kbFilePath(kind, dir);
  const sourceMap = new Map(kb.sources.map((s) => [s.id, s]));
  const sourceIds = new Set(sourceMap.keys());
  const componentIds = new Set(kb.components.map((c) => c.id));
  const conceptIds = new Set(kb.concepts.map((c) => c.id));
  const keys = (record: {source: readonly {key: string}[]}) => record.source.map((ref) => ref.key);

  const cited: [KbFileKind, readonly {id: string; source: readonly KbSourceRef[]}[]][] = [
    ["components", kb.components],
    ["ports", kb.ports],
    ["concepts", kb.concepts],
    ["features", kb.features],
    ["releases", kb.releases]
  ];
  for (const [kind, records] of cited) {
    collect(problems, () => checkReferences(records, (r) => ({source: keys(r)}), sourceIds, {file: path(kind)}));
    problems.push(...citationVersionProblems(path(kind), records, sourceMap));
  }

  collect(problems, () =>
    checkReferences(
      kb.components,
      (c) => ({dependsOn: c.dependsOn, "mergedInto.id": c.mergedInto?.id, "replacedBy.id": c.replacedBy?.id}),
      componentIds,
      {file: path("components")}
    )
  );
  collect(problems, () => checkReferences(kb.ports, (p) => ({component: p.component}), componentIds, {file: path("ports")}));
  collect(problems, () =>
    checkReferences(kb.concepts, (c) => ({related: c.related, components: c.components}), (field) => (field === "related" ? conceptIds : componentIds), {
      file: path("concepts")
    })
  );
  collect(problems, () =>
    checkReferences(kb.features, (f) => ({components: f.components, concepts: f.concepts}), (field) => (field === "components" ? componentIds : conceptIds), {
      file: path("features")
    })
  );
  return problems;
}

/**
 * Validates every file and the references between them; returns the parsed records or throws
 * one DataError listing every problem. `dir` only names the files in messages.
 */
export function loadKnowledgeBase(input: KnowledgeBaseInput, {dir = "data"}: {dir?: string} = {}): KnowledgeBase {
  const {kb, problems} = parseAll(input, dir);
  if (problems.length) throw new DataError(problems);
  const crossProblems = referenceProblems(kb, dir);
  if (crossProblems.length) throw new DataError(crossProblems);
  const rangeProblems = [
    ...componentRangeProblems(kb.components, kbFilePath("components", dir)),
    ...portOverlapProblems(kb.ports, kb.components, kbFilePath("ports", dir)),
    ...releaseListProblems(kb.releases, kbFilePath("releases", dir))
  ];
  if (rangeProblems.length) throw new DataError(rangeProblems);
  return kb;
}
