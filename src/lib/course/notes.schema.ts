// The schema of data/speaker-notes.yaml: per chapter an opening line, notes per figure (keyed by
// the figure's title, in page order) with optional hints per beat, and an optional closing line.
import {z} from "zod";
import {DataError, validateRecords} from "../data/validate.js";
import type {ChapterNotes, ChapterNotesRecord} from "./notes.js";
import type {ChapterRecord} from "./parts.js";

const text = z.string().trim().min(1, "must not be empty");

const figureSchema = z
  .object({
    title: text,
    notes: z.array(text).min(1, "expected at least one note"),
    beats: z.array(z.object({when: text, hint: text}).strict()).default([])
  })
  .strict();

export const chapterNotesSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a chapter id (kebab-case)"),
    opening: text,
    figures: z.array(figureSchema),
    closing: text.optional()
  })
  .strict()
  .superRefine((chapter, ctx) => {
    const seen = new Set<string>();
    chapter.figures.forEach((f, i) => {
      if (seen.has(f.title)) ctx.addIssue({code: "custom", message: `duplicate figure title "${f.title}"`, path: ["figures", i, "title"]});
      seen.add(f.title);
    });
  });

/** Validates the notes and joins them with the course outline, in course order. */
export function parseSpeakerNotes(input: unknown, file: string, chapters: readonly ChapterRecord[], chaptersFile = "data/chapters.yaml"): ChapterNotes[] {
  const records: ChapterNotesRecord[] = validateRecords(input, chapterNotesSchema, {file});
  if (records.length === 0) throw new DataError([`${file}: expected notes for at least one chapter`]);
  const unknown = records.filter((r) => !chapters.some((c) => c.id === r.id));
  if (unknown.length) throw new DataError(unknown.map((r) => `${file}: ${r.id}: id: no chapter "${r.id}" in ${chaptersFile}`));
  const order = chapters.map((c) => c.id);
  return records
    .map((r) => {
      const chapter = chapters.find((c) => c.id === r.id)!;
      return {...r, title: chapter.title, minutes: chapter.minutes};
    })
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
