// ports.json: the knowledge base's ports, validated with every other knowledge-base file and joined
// for pages (see src/lib/kb/join.ts). Set DATA_DIR to read another data folder (used by tests).
import {joinPorts, loadKnowledgeBase, readKnowledgeBaseFiles} from "../lib/kb/index.js";
import {emit, readData} from "./load.js";

const dir = process.env.DATA_DIR || "data";
emit(() => joinPorts(loadKnowledgeBase(readKnowledgeBaseFiles(dir, readData), {dir})));
