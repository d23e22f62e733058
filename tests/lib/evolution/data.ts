// The real evolution data, read and validated through the same functions the loaders use.
import {readData} from "../../../src/data/load.js";
import {loadKnowledgeBase, readKnowledgeBaseFiles} from "../../../src/lib/kb/index.js";
import {loadMaturity, type MaturityInput} from "../../../src/lib/evolution/maturity.schema.js";
import {loadRoadmap} from "../../../src/lib/evolution/roadmap.schema.js";

export const kb = loadKnowledgeBase(readKnowledgeBaseFiles("data", readData));
export const maturityInput = (): MaturityInput => ({maturity: readData("data/maturity.yaml"), labels: readData("data/labels.yaml")});
export const roadmapInput = (): unknown => readData("data/roadmap.yaml");
export const maturity = loadMaturity(maturityInput(), kb);
export const roadmap = loadRoadmap(roadmapInput(), kb, maturity.features);
