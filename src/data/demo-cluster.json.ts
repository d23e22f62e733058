// The embedded demo cluster (data/clusters/demo.json, a Mesos master `/state` written for the
// workbook; see data/clusters/README.md), validated: the default cluster of every chapter that draws one.
import {parseMesosState} from "../lib/state/state.schema.js";
import {dataPath, emit, readData} from "./load.js";

const file = dataPath("clusters/demo.json");

emit(() => parseMesosState(readData(file), file));
