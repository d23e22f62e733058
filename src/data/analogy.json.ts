// The operating-system analogy of the "What is DC/OS?" chapter, validated.
import {parseAnalogy} from "../lib/course/analogy.schema.js";
import {emit, readData} from "./load.js";

emit(() => parseAnalogy(readData("data/analogy.yaml")));
