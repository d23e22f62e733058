// design.json: the design notes of the DC/OS docs (data/design.yaml), each with its key facts and
// resolved sources. Set DATA_DIR to read another data folder (used by tests).
import {loadKnowledgeBase, readKnowledgeBaseFiles} from "../lib/kb/index.js";
import {loadDesign} from "../lib/design/design.schema.js";
import {dataPath, emit, readData} from "./load.js";

const dir = process.env.DATA_DIR || "data";
emit(() => loadDesign(readData(dataPath("design.yaml")), loadKnowledgeBase(readKnowledgeBaseFiles(dir, readData), {dir}), {dir}));
