// features.json: the knowledge base's features, validated with every other knowledge-base file and joined
// for pages (see src/lib/kb/join.ts). Set DATA_DIR to read another data folder (used by tests).
import {joinFeatures, loadKnowledgeBase, readKnowledgeBaseFiles} from "../lib/kb/index.js";
import {emit, readData} from "./load.js";

const dir = process.env.DATA_DIR || "data";
emit(() => joinFeatures(loadKnowledgeBase(readKnowledgeBaseFiles(dir, readData), {dir})));
