// The operating-system analogy of the "What is DC/OS?" chapter, validated.
import {parseAnalogy} from "../lib/course/analogy.schema.js";
import {dataPath, emit, readData} from "./load.js";

emit(() => parseAnalogy(readData(dataPath("analogy.yaml")), dataPath("analogy.yaml")));
