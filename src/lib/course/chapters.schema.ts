// The schema of data/chapters.yaml: chapters grouped into parts, in course order.
import {z} from "zod";
import {DataError, validateRecords} from "../data/validate.js";
import {COURSE_PARTS, type ChapterRecord, type CoursePartId} from "./parts.js";

export const chapterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case slug"),
    title: z.string().min(1),
    part: z.enum(COURSE_PARTS.map((p) => p.id) as [CoursePartId, ...CoursePartId[]]),
    minutes: z.number().int().positive().max(240),
    summary: z.string().min(1)
  })
  .strict();

/** Validates the chapter list; chapters must be listed part by part, in course order. */
export function parseChapters(input: unknown, file = "data/chapters.yaml"): ChapterRecord[] {
  const chapters: ChapterRecord[] = validateRecords(input, chapterSchema, {file});
  const order = COURSE_PARTS.map((p) => p.id as string);
  chapters.forEach((chapter, i) => {
    const previous = chapters[i - 1];
    if (previous && order.indexOf(chapter.part) < order.indexOf(previous.part)) {
      throw new DataError([`${file}: ${chapter.id}: part: "${chapter.part}" comes after "${previous.part}"; list chapters in course order`]);
    }
  });
  return chapters;
}
