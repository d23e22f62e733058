// Speaker notes for presenter mode, from data/speaker-notes.yaml, validated and joined with the
// course outline (chapter titles and minutes), in course order.
import {parseChapters} from "../lib/course/chapters.schema.js";
import {parseSpeakerNotes} from "../lib/course/notes.schema.js";
import {dataPath, emit, readData} from "./load.js";

emit(() => {
  const chaptersFile = dataPath("chapters.yaml");
  const chapters = parseChapters(readData(chaptersFile), chaptersFile);
  const file = dataPath("speaker-notes.yaml");
  return parseSpeakerNotes(readData(file), file, chapters, chaptersFile);
});
