// maturity.json: the two maturity models, Model A's criteria, every phase, and each labelled
// feature with its labels by release (data/maturity.yaml, data/labels.yaml), validated and checked
// against the knowledge base. Set DATA_DIR to read another data folder (used by tests).
import {loadKnowledgeBase, readKnowledgeBaseFiles} from "../lib/kb/index.js";
import {loadMaturity} from "../lib/evolution/maturity.schema.js";
import {dataPath, emit, readData} from "./load.js";

const dir = process.env.DATA_DIR || "data";
emit(() => {
  const kb = loadKnowledgeBase(readKnowledgeBaseFiles(dir, readData), {dir});
  return loadMaturity({maturity: readData(dataPath("maturity.yaml")), labels: readData(dataPath("labels.yaml"))}, kb, {dir});
});
