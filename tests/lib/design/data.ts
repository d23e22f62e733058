// The real design and telemetry data, read and validated through the loaders' own functions.
import {readData} from "../../../src/data/load.js";
import {loadKnowledgeBase, readKnowledgeBaseFiles} from "../../../src/lib/kb/index.js";
import {loadDesign} from "../../../src/lib/design/design.schema.js";

export const kb = loadKnowledgeBase(readKnowledgeBaseFiles("data", readData));
export const design = loadDesign(readData("data/design.yaml"), kb);
