// Reads the course outline for the config and the loader (Node only: it touches the file system).
// Paths are relative to the project root, the working directory of both.
import {existsSync} from "node:fs";
import {parseChapters} from "../lib/course/chapters.schema.js";
import {courseChapters, type CourseChapter} from "../lib/course/parts.js";
import {dataPath, readData} from "./load.js";

/** The page file of a chapter: `src/<id>.md`, a page loader `src/<id>.md.ts`, or `src/<id>/index.md`. */
export function chapterPage(id: string): string | undefined {
  return [`src/${id}.md`, `src/${id}.md.ts`, `src/${id}/index.md`].find((file) => existsSync(file));
}

export function loadCourse(file = dataPath("chapters.yaml")): CourseChapter[] {
  return courseChapters(parseChapters(readData(file), file), (id) => chapterPage(id) !== undefined).map((c) =>
    chapterPage(c.id)?.endsWith("/index.md") ? {...c, path: `/${c.id}/`} : c
  );
}
