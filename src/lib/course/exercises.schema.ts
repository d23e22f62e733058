// The schema of data/exercises.yaml: per exercise its part of the course, the chapter section and
// figure that answer it, a prompt, the questions and the answer.
import {z} from "zod";
import {DataError, validateRecords} from "../data/validate.js";
import type {Exercise} from "./exercises.js";
import {COURSE_PARTS, type ChapterRecord, type CoursePartId} from "./parts.js";

const text = z.string().trim().min(1, "must not be empty");
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id");

export const exerciseSchema = z
  .object({
    id: slug,
    part: z.enum(COURSE_PARTS.map((p) => p.id) as [CoursePartId, ...CoursePartId[]]),
    title: text,
    chapter: slug,
    section: slug,
    figure: text,
    prompt: text,
    asks: z.array(text).default([]),
    answer: text
  })
  .strict();

/** Validates the exercises; every chapter must be in the course outline. */
export function parseExercises(input: unknown, file: string, chapters: readonly ChapterRecord[], chaptersFile = "data/chapters.yaml"): Exercise[] {
  const exercises: Exercise[] = validateRecords(input, exerciseSchema, {file});
  if (exercises.length === 0) throw new DataError([`${file}: expected at least one exercise`]);
  const problems = exercises.filter((e) => !chapters.some((c) => c.id === e.chapter)).map((e) => `${file}: ${e.id}: chapter: no chapter "${e.chapter}" in ${chaptersFile}`);
  if (problems.length) throw new DataError(problems);
  return exercises;
}
