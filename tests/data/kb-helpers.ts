// Shared by the knowledge-base tests: the real data files, read and validated through the same
// pure functions the loaders use, and a way to collect the problems of a DataError.
import {readData} from "../../src/data/load.js";
import {DataError} from "../../src/lib/data/validate.js";
import {loadKnowledgeBase, readKnowledgeBaseFiles, type KnowledgeBase, type KnowledgeBaseInput} from "../../src/lib/kb/index.js";

/** A fresh parsed copy of the six files in data/ (tests may mutate it). */
export function realInput(): KnowledgeBaseInput {
  return readKnowledgeBaseFiles("data", readData);
}

export function realKnowledgeBase(): KnowledgeBase {
  return loadKnowledgeBase(realInput());
}

/** The problems a failing call reports; fails the test if it does not throw a DataError. */
export function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error("expected a DataError, but nothing was thrown");
}

type Rec = Record<string, unknown>;

/** The raw record with this id in one file of a parsed input. */
export function rawRecord(input: KnowledgeBaseInput, kind: keyof KnowledgeBaseInput, id: string): Rec {
  const record = (input[kind] as Rec[]).find((r) => r.id === id);
  if (!record) throw new Error(`no record ${id} in ${kind}`);
  return record;
}
