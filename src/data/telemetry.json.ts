// telemetry.json: what DC/OS reported, who produced it, the path out of the cluster and what was
// and was not collected (data/telemetry.yaml). Set DATA_DIR to read another data folder (tests).
import {loadKnowledgeBase, readKnowledgeBaseFiles} from "../lib/kb/index.js";
import {loadTelemetry} from "../lib/design/design.schema.js";
import {dataPath, emit, readData} from "./load.js";

const dir = process.env.DATA_DIR || "data";
emit(() => loadTelemetry(readData(dataPath("telemetry.yaml")), loadKnowledgeBase(readKnowledgeBaseFiles(dir, readData), {dir}), {dir}));
