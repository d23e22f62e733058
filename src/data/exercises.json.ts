// The workshop exercises, from data/exercises.yaml, validated against the course outline.
import {parseChapters} from "../lib/course/chapters.schema.js";
import {parseExercises} from "../lib/course/exercises.schema.js";
import {dataPath, emit, readData} from "./load.js";

emit(() => {
  const chaptersFile = dataPath("chapters.yaml");
  const chapters = parseChapters(readData(chaptersFile), chaptersFile);
  const file = dataPath("exercises.yaml");
  return parseExercises(readData(file), file, chapters, chaptersFile);
});
