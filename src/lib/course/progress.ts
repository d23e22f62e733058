// The reader's progress through the course: which chapters they have read and how they answered
// each check. Pure and deterministic: times are passed in (milliseconds since 1970), and nothing
// here touches storage or the page (src/components/progressStore.ts is the browser side).
//
// Ids: a chapter id is a course slug (`offer-cycle`, `workshop/agenda`), a check id is kebab-case.
// Progress for chapters or checks the course no longer has is kept as it is (so a file exported
// from a newer or older workbook loses nothing) but counts for nothing: summaries only look at the
// check ids they are given. Ids of any other shape are refused, which also keeps keys such as
// `__proto__` out of the objects built here. Stored and imported text is read only up to
// MAX_PROGRESS_CHARS, which bounds how many chapters and answers a hostile value can hold.

export const PROGRESS_VERSION = 1;
/** The localStorage key; a new format gets a new key. */
export const PROGRESS_KEY = "dcos-workbook/progress/v1";
/** The largest progress text (stored or imported) that is read at all. */
export const MAX_PROGRESS_CHARS = 200_000;

const CHECK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CHAPTER_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*$/;

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

export const isChapterId = (id: string): boolean => id.length <= 100 && CHAPTER_ID.test(id);
export const isCheckId = (id: string): boolean => id.length <= 100 && CHECK_ID.test(id);

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

export function assertTime(at: number): void {
  if (!Number.isSafeInteger(at) || at < 0) throw new RangeError(`time: expected whole milliseconds since 1970, found ${at}`);
}

function chapterOf(progress: Progress, chapter: string): ChapterState {
  if (!isChapterId(chapter)) throw new RangeError(`chapter id "${chapter}": expected a course slug such as "offer-cycle"`);
  return own(progress.chapters, chapter) ?? {read: false, readAt: null, answers: {}};
}

const withChapter = (progress: Progress, chapter: string, state: ChapterState): Progress => ({...progress, chapters: {...progress.chapters, [chapter]: state}});

/** Records an answer (the latest answer to a check replaces the one before). Returns new progress. */
export function recordAnswer(progress: Progress, chapter: string, checkId: string, correct: boolean, at: number): Progress {
  if (!isCheckId(checkId)) throw new RangeError(`check id "${checkId}": expected a kebab-case id`);
  assertTime(at);
  const state = chapterOf(progress, chapter);
  return withChapter(progress, chapter, {...state, answers: {...state.answers, [checkId]: {correct, at}}});
}

/** Marks a chapter read (or, with `read` false, not read). Returns new progress. */
export function markRead(progress: Progress, chapter: string, at: number, read = true): Progress {
  assertTime(at);
  const state = chapterOf(progress, chapter);
  if (state.read === read && own(progress.chapters, chapter)) return progress;
  return withChapter(progress, chapter, {...state, read, readAt: read ? at : null});
}

/** One chapter's summary, counting only the checks it has now. */
export function summarizeChapter(progress: Progress, chapter: string, checkIds: readonly string[]): ChapterSummary {
  const answers = own(progress.chapters, chapter)?.answers ?? {};
  const given = [...new Set(checkIds)].map((id) => own(answers, id));
  return {
    read: own(progress.chapters, chapter)?.read ?? false,
    answered: given.filter(Boolean).length,
    total: given.length,
    correct: given.filter((a) => a?.correct).length
  };
}

/** The latest answer's correctness per check of a chapter: what checks show as "answered before". */
export function previousAnswers(progress: Progress, chapter: string): Record<string, boolean> {
  const answers = own(progress.chapters, chapter)?.answers ?? {};
  return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.correct]));
}

// --- Reading stored and imported values -----------------------------------------------------

class Problem extends Error {}

/** `chapters["offer-cycle"].answers.q1`: identifiers with a dot, anything else in brackets. */
const at = (path: string, key: string): string =>
  (/^[A-Za-z_]\w*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`).replace(/^\./, "");

const shown = (value: unknown): string =>
  value === null ? "null"
  : Array.isArray(value) ? "a list"
  : typeof value === "object" ? "an object"
  : typeof value === "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  : String(value);

/** Stops reading with `<path>: expected <what>, found <value>`. */
export function fail(path: string, expected: string, value: unknown): never {
  throw new Problem(`${path}: expected ${expected}, found ${shown(value)}`);
}

function object(value: unknown, path: string, fields?: readonly string[]): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(path || "the value", "an object", value);
  const record = value as Record<string, unknown>;
  for (const key of fields ? Object.keys(record) : []) if (!fields!.includes(key)) throw new Problem(`${at(path, key)}: unknown field`);
  for (const key of fields ?? []) if (!Object.hasOwn(record, key)) throw new Problem(`${at(path, key)}: missing`);
  return record;
}

function time(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) fail(path, "a time in whole milliseconds since 1970", value);
  return value;
}

function readChapters(value: unknown): Record<string, ChapterState> {
  const record = object(value, "chapters");
  const chapters: Record<string, ChapterState> = {};
  for (const id of Object.keys(record)) {
    const path = at("chapters", id);
    if (!isChapterId(id)) throw new Problem(`${path}: not a chapter id (expected a course slug such as "offer-cycle")`);
    const c = object(record[id], path, ["read", "readAt", "answers"]);
    if (typeof c.read !== "boolean") fail(`${path}.read`, "true or false", c.read);
    const readAt = c.readAt === null ? null : time(c.readAt, `${path}.readAt`);
    if (c.read !== (readAt !== null)) fail(`${path}.readAt`, c.read ? "the time the chapter was read" : "null for a chapter not read", readAt);
    const a = object(c.answers, `${path}.answers`);
    const answers: Record<string, Answer> = {};
    for (const checkId of Object.keys(a)) {
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

/**
 * Reads a progress value (text or parsed) with exactly these top-level `fields`, which include
 * `version` and `chapters`; `header` checks the others (throwing with `fail`). Strict.
 */
export function readProgress(input: unknown, fields: readonly string[], header?: (record: Record<string, unknown>) => void): ProgressResult {
  try {
    if (typeof input === "string") {
      if (input.length > MAX_PROGRESS_CHARS) throw new Problem(`the text is ${input.length.toLocaleString("en")} characters long; progress is at most ${MAX_PROGRESS_CHARS.toLocaleString("en")}`);
      try {
        input = JSON.parse(input);
      } catch (error) {
        throw new Problem(`not valid JSON (${(error as Error).message})`);
      }
    }
    const record = object(input, "", fields);
    header?.(record);
    if (record.version !== PROGRESS_VERSION) {
      throw new Problem(`version: expected ${PROGRESS_VERSION}, found ${shown(record.version)}${typeof record.version === "number" ? " (saved by another version of the workbook)" : ""}`);
    }
    return {ok: true, progress: {version: PROGRESS_VERSION, chapters: readChapters(record.chapters)}};
  } catch (error) {
    if (error instanceof Problem) return {ok: false, problem: error.message};
    throw error;
  }
}

/** Reads stored progress (`{version, chapters}`, as text or a parsed value), strictly. */
export function parseProgress(input: unknown): ProgressResult {
  return readProgress(input, ["version", "chapters"]);
}

/** The text stored in the browser. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
