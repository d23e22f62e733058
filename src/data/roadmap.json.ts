// roadmap.json: the items of the 1.7 and 1.8 roadmaps with their horizons and whether they shipped
// (data/roadmap.yaml), checked against the labelled features and the knowledge base.
// Set DATA_DIR to read another data folder (used by tests).
import {loadKnowledgeBase, readKnowledgeBaseFiles} from "../lib/kb/index.js";
import {loadMaturity} from "../lib/evolution/maturity.schema.js";
import {loadRoadmap} from "../lib/evolution/roadmap.schema.js";
import {dataPath, emit, readData} from "./load.js";

const dir = process.env.DATA_DIR || "data";
emit(() => {
  const kb = loadKnowledgeBase(readKnowledgeBaseFiles(dir, readData), {dir});
  const maturity = loadMaturity({maturity: readData(dataPath("maturity.yaml")), labels: readData(dataPath("labels.yaml"))}, kb, {dir});
  return loadRoadmap(readData(dataPath("roadmap.yaml")), kb, maturity.features, {dir});
});
