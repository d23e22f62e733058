// The reader's progress through the course: which chapters they have read and how they answered
// each check. Pure and deterministic: times are passed in (milliseconds since 1970), and nothing
// here touches storage or the page (src/components/progressStore.ts is the browser side).
//
// Ids: a chapter id is a course slug (`offer-cycle`, `workshop/agenda`), a check id is kebab-case.
// Progress for chapters or checks the course no longer has is kept as it is (so a file exported
// from a newer or older workbook loses nothing) but counts for nothing: summaries only look at the
// check ids they are given. Ids of any other shape are refused, which also keeps keys such as
// `__proto__` out of the objects built here.

export const PROGRESS_VERSION = 1;
/** The localStorage key; a new format gets a new key. */
export const PROGRESS_KEY = "dcos-workbook/progress/v1";
/** The `kind` marker of an exported file. */
export const EXPORT_KIND = "dcos-workbook-progress";
/** The largest progress text (stored or imported) that is read at all. */
export const MAX_PROGRESS_CHARS = 200_000;
export const MAX_CHAPTERS = 200;
export const MAX_ANSWERS_PER_CHAPTER = 200;

const CHECK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CHAPTER_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;
const MAX_ID_LENGTH = 100;

export interface Answer {
  /** Whether the latest answer was right. */
  correct: boolean;
  /** When it was given. */
  at: number;
}

export interface ChapterState {
  read: boolean;
  /** When the chapter was marked read, or null. */
  readAt: number | null;
  answers: Record<string, Answer>;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  chapters: Record<string, ChapterState>;
}

export interface ChapterSummary {
  read: boolean;
  /** Checks of the chapter answered at least once. */
  answered: number;
  /** Checks the chapter has. */
  total: number;
  /** Checks whose latest answer was right. */
  correct: number;
}

export type ProgressResult = {ok: true; progress: Progress} | {ok: false; problem: string};

export function emptyProgress(): Progress {
  return {version: PROGRESS_VERSION, chapters: {}};
}

export const isChapterId = (id: string): boolean => id.length <= MAX_ID_LENGTH && CHAPTER_ID.test(id);
export const isCheckId = (id: string): boolean => id.length <= MAX_ID_LENGTH && CHECK_ID.test(id);

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

function assertTime(at: number): void {
  if (!Number.isSafeInteger(at) || at < 0) throw new RangeError(`time: expected whole milliseconds since 1970, found ${at}`);
}

function chapterOf(progress: Progress, chapter: string): ChapterState {
  if (!isChapterId(chapter)) throw new RangeError(`chapter id "${chapter}": expected a course slug such as "offer-cycle"`);
  const found = own(progress.chapters, chapter);
  if (!found && Object.keys(progress.chapters).length >= MAX_CHAPTERS) throw new RangeError(`progress: at most ${MAX_CHAPTERS} chapters`);
  return found ?? {read: false, readAt: null, answers: {}};
}

/** Records an answer (the latest answer to a check replaces the one before). Returns new progress. */
export function recordAnswer(progress: Progress, chapter: string, checkId: string, correct: boolean, at: number): Progress {
  if (!isCheckId(checkId)) throw new RangeError(`check id "${checkId}": expected a kebab-case id`);
  assertTime(at);
  const state = chapterOf(progress, chapter);
  if (!own(state.answers, checkId) && Object.keys(state.answers).length >= MAX_ANSWERS_PER_CHAPTER) {
    throw new RangeError(`chapter "${chapter}": at most ${MAX_ANSWERS_PER_CHAPTER} answers`);
  }
  const answers = {...state.answers, [checkId]: {correct, at}};
  return {...progress, chapters: {...progress.chapters, [chapter]: {...state, answers}}};
}

/** Marks a chapter read (or, with `read` false, not read). Returns new progress. */
export function markRead(progress: Progress, chapter: string, at: number, read = true): Progress {
  assertTime(at);
  const state = chapterOf(progress, chapter);
  if (state.read === read && own(progress.chapters, chapter)) return progress;
  return {...progress, chapters: {...progress.chapters, [chapter]: {...state, read, readAt: read ? at : null}}};
}

/** One chapter's summary, counting only the checks it has now. */
export function summarizeChapter(progress: Progress, chapter: string, checkIds: readonly string[]): ChapterSummary {
  const state = own(progress.chapters, chapter);
  let answered = 0;
  let correct = 0;
  for (const id of new Set(checkIds)) {
    const answer = state ? own(state.answers, id) : undefined;
    if (!answer) continue;
    answered++;
    if (answer.correct) correct++;
  }
  return {read: state?.read ?? false, answered, total: new Set(checkIds).size, correct};
}

/** Every chapter's summary, for the chapters listed (a chapter with no checks has total 0). */
export function summarizeCourse(
  progress: Progress,
  chapterIds: readonly string[],
  checks: Readonly<Record<string, readonly {id: string}[]>>
): Record<string, ChapterSummary> {
  const out: Record<string, ChapterSummary> = {};
  for (const id of chapterIds) out[id] = summarizeChapter(progress, id, (own(checks, id) ?? []).map((c) => c.id));
  return out;
}

/** Totals over summaries: chapters read, checks answered, checks in all, checks right. */
export function totals(summaries: Readonly<Record<string, ChapterSummary>>): {chapters: number; read: number; answered: number; total: number; correct: number} {
  const all = Object.values(summaries);
  const sum = (f: (s: ChapterSummary) => number) => all.reduce((n, s) => n + f(s), 0);
  return {chapters: all.length, read: sum((s) => (s.read ? 1 : 0)), answered: sum((s) => s.answered), total: sum((s) => s.total), correct: sum((s) => (s.correct))};
}

/** The latest answer's correctness per check of a chapter: what checks show as "answered before". */
export function previousAnswers(progress: Progress, chapter: string): Record<string, boolean> {
  const state = own(progress.chapters, chapter);
  const out: Record<string, boolean> = {};
  if (state) for (const [id, answer] of Object.entries(state.answers)) out[id] = answer.correct;
  return out;
}

// --- Reading stored and imported values -----------------------------------------------------

class Problem extends Error {}

/** `chapters["offer-cycle"].answers.q1`: identifiers with a dot, anything else in brackets. */
function at(path: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function shown(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function fail(path: string, expected: string, value?: unknown, found = true): never {
  throw new Problem(`${path}: expected ${expected}${found ? `, found ${shown(value)}` : ""}`);
}

function object(value: unknown, path: string, fields: readonly string[] | null): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(path || "the value", "an object", value);
  const record = value as Record<string, unknown>;
  if (fields) {
    for (const key of Object.keys(record)) if (!fields.includes(key)) throw new Problem(`${at(path, key).replace(/^\./, "")}: unknown field`);
    for (const key of fields) if (!Object.hasOwn(record, key)) throw new Problem(`${at(path, key).replace(/^\./, "")}: missing`);
  }
  return record;
}

function time(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) fail(path, "a time in whole milliseconds since 1970", value);
  return value;
}

function readChapters(value: unknown): Record<string, ChapterState> {
  const record = object(value, "chapters", null);
  const ids = Object.keys(record);
  if (ids.length > MAX_CHAPTERS) throw new Problem(`chapters: at most ${MAX_CHAPTERS} chapters, found ${ids.length}`);
  const chapters: Record<string, ChapterState> = {};
  for (const id of ids) {
    const path = at("chapters", id);
    if (!isChapterId(id)) throw new Problem(`${path}: not a chapter id (expected a course slug such as "offer-cycle")`);
    const c = object(record[id], path, ["read", "readAt", "answers"]);
    if (typeof c.read !== "boolean") fail(`${path}.read`, "true or false", c.read);
    const readAt = c.readAt === null ? null : time(c.readAt, `${path}.readAt`);
    if (c.read && readAt === null) fail(`${path}.readAt`, "the time the chapter was read", null);
    if (!c.read && readAt !== null) fail(`${path}.readAt`, "null for a chapter not read", readAt);
    const a = object(c.answers, `${path}.answers`, null);
    const checkIds = Object.keys(a);
    if (checkIds.length > MAX_ANSWERS_PER_CHAPTER) throw new Problem(`${path}.answers: at most ${MAX_ANSWERS_PER_CHAPTER} answers, found ${checkIds.length}`);
    const answers: Record<string, Answer> = {};
    for (const checkId of checkIds) {
      const apath = at(`${path}.answers`, checkId);
      if (!isCheckId(checkId)) throw new Problem(`${apath}: not a check id (expected a kebab-case id)`);
      const answer = object(a[checkId], apath, ["correct", "at"]);
      if (typeof answer.correct !== "boolean") fail(`${apath}.correct`, "true or false", answer.correct);
      answers[checkId] = {correct: answer.correct, at: time(answer.at, `${apath}.at`)};
    }
    chapters[id] = {read: c.read, readAt, answers};
  }
  return chapters;
}

function version(value: unknown): void {
  if (value !== PROGRESS_VERSION) {
    throw new Problem(`version: expected ${PROGRESS_VERSION}, found ${shown(value)}${typeof value === "number" ? " (saved by another version of the workbook)" : ""}`);
  }
}

function parseText(input: unknown): unknown {
  if (typeof input !== "string") return input;
  if (input.length > MAX_PROGRESS_CHARS) throw new Problem(`the text is ${input.length.toLocaleString("en")} characters long; progress is at most ${MAX_PROGRESS_CHARS.toLocaleString("en")}`);
  try {
    return JSON.parse(input);
  } catch (error) {
    throw new Problem(`not valid JSON (${(error as Error).message})`);
  }
}

function attempt(read: () => Progress): ProgressResult {
  try {
    return {ok: true, progress: read()};
  } catch (error) {
    if (error instanceof Problem) return {ok: false, problem: error.message};
    throw error;
  }
}

/** Reads stored progress (`{version, chapters}`, as text or a parsed value), strictly. */
export function parseProgress(input: unknown): ProgressResult {
  return attempt(() => {
    const record = object(parseText(input), "", ["version", "chapters"]);
    version(record.version);
    return {version: PROGRESS_VERSION, chapters: readChapters(record.chapters)};
  });
}

/** The text stored in the browser. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
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
  return attempt(() => {
    const record = object(parseText(text), "", ["kind", "version", "exportedAt", "chapters"]);
    if (record.kind !== EXPORT_KIND) fail("kind", `"${EXPORT_KIND}" (this is not a workbook progress file)`, record.kind);
    version(record.version);
    if (typeof record.exportedAt !== "string" || Number.isNaN(Date.parse(record.exportedAt))) fail("exportedAt", "a date and time", record.exportedAt);
    return {version: PROGRESS_VERSION, chapters: readChapters(record.chapters)};
  });
}
