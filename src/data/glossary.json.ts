// glossary.json: each concept's term and short definition, for the glossary links in chapters
// ({id: {term, definition}}; the Concepts chapter has the rest). Validated with the whole
// knowledge base. Set DATA_DIR to read another data folder (used by tests).
import {loadKnowledgeBase, readKnowledgeBaseFiles} from "../lib/kb/index.js";
import {emit, readData} from "./load.js";

const dir = process.env.DATA_DIR || "data";
emit(() => {
  const kb = loadKnowledgeBase(readKnowledgeBaseFiles(dir, readData), {dir});
  return Object.fromEntries(kb.concepts.map((c) => [c.id, {term: c.term, definition: c.definition}]));
});
