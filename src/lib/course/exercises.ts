// Workshop exercises as pages see them (the schema is in exercises.schema.ts).
import type {CoursePartId} from "./parts.js";

export interface Exercise {
  id: string;
  part: CoursePartId;
  title: string;
  /** The chapter whose figure answers it, and the heading anchor of its section there. */
  chapter: string;
  section: string;
  /** The figure's title, as the figure shows it. */
  figure: string;
  prompt: string;
  asks: string[];
  answer: string;
}

/** Plain text split into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
}
