// The parts of the course, in order, and the chapter shape pages use (no schema library here:
// components import this file, and it must stay small in the browser).
export const COURSE_PARTS = [
  {id: "start", title: "Start"},
  {id: "system", title: "The system"},
  {id: "mechanisms", title: "Mechanisms"},
  {id: "evolution", title: "Evolution"},
  {id: "practice", title: "Practice"}
] as const;

export type CoursePartId = (typeof COURSE_PARTS)[number]["id"];

export interface ChapterRecord {
  id: string;
  title: string;
  part: CoursePartId;
  minutes: number;
  summary: string;
}

/** A chapter as pages see it: with whether its page exists and the path to link to. */
export interface CourseChapter extends ChapterRecord {
  available: boolean;
  path: string;
}

/** Joins the chapter list with which pages exist. */
export function courseChapters(chapters: readonly ChapterRecord[], exists: (id: string) => boolean): CourseChapter[] {
  return chapters.map((c) => ({...c, available: exists(c.id), path: c.id === "index" ? "/" : `/${c.id}`}));
}

/** Total minutes per part and for the whole course. */
export function courseMinutes(chapters: readonly ChapterRecord[]): {total: number; byPart: Record<string, number>} {
  const byPart: Record<string, number> = {};
  for (const c of chapters) byPart[c.part] = (byPart[c.part] ?? 0) + c.minutes;
  return {total: chapters.reduce((sum, c) => sum + c.minutes, 0), byPart};
}
