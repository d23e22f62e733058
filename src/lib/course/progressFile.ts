// Progress as a file, and the course as a whole: the export format (JSON with a kind and version
// marker), its strict import, and summaries over every chapter. Used by the home page only, so
// that chapters load no more of it than they need (src/lib/course/progress.ts).
import {assertTime, fail, PROGRESS_VERSION, readProgress, summarizeChapter, type ChapterSummary, type Progress, type ProgressResult} from "./progress.js";

/** The `kind` marker of an exported file. */
export const EXPORT_KIND = "dcos-workbook-progress";

/** Every chapter's summary, for the chapters listed (a chapter with no checks has total 0). */
export function summarizeCourse(
  progress: Progress,
  chapterIds: readonly string[],
  checks: Readonly<Record<string, readonly {id: string}[]>>
): Record<string, ChapterSummary> {
  const out: Record<string, ChapterSummary> = {};
  for (const id of chapterIds) out[id] = summarizeChapter(progress, id, ((Object.hasOwn(checks, id) ? checks[id]! : [])).map((c) => c.id));
  return out;
}

/** Totals over summaries: chapters read, checks answered, checks in all, checks right. */
export function totals(summaries: Readonly<Record<string, ChapterSummary>>): {chapters: number; read: number; answered: number; total: number; correct: number} {
  const all = Object.values(summaries);
  const sum = (f: (s: ChapterSummary) => number) => all.reduce((n, s) => n + f(s), 0);
  return {chapters: all.length, read: sum((s) => (s.read ? 1 : 0)), answered: sum((s) => s.answered), total: sum((s) => s.total), correct: sum((s) => (s.correct))};
}

/** The export file: JSON with a kind and version marker and the time of export. */
export function exportProgress(progress: Progress, at: number): string {
  assertTime(at);
  return `${JSON.stringify({kind: EXPORT_KIND, version: PROGRESS_VERSION, exportedAt: new Date(at).toISOString(), chapters: progress.chapters}, null, 2)}\n`;
}

/** The export file's name, dated (UTC). */
export function exportFileName(at: number): string {
  assertTime(at);
  return `dcos-workbook-progress-${new Date(at).toISOString().slice(0, 10)}.json`;
}

/** Reads an exported file's text, strictly; nothing about the current progress is touched. */
export function importProgress(text: string): ProgressResult {
  return readProgress(text, ["kind", "version", "exportedAt", "chapters"], (record) => {
    if (record.kind !== EXPORT_KIND) fail("kind", `"${EXPORT_KIND}" (this is not a workbook progress file)`, record.kind);
    if (typeof record.exportedAt !== "string" || Number.isNaN(Date.parse(record.exportedAt))) fail("exportedAt", "a date and time", record.exportedAt);
  });
}
