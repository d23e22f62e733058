// Every chapter's checks, from data/checks/<chapter>.yaml, validated: {chapter: questions}.
import {readdirSync} from "node:fs";
import {parseChecks} from "../lib/course/checks.schema.js";
import type {Check} from "../lib/course/checks.js";
import {dataPath, emit, readData} from "./load.js";

const dir = dataPath("checks");

emit(() => {
  const out: Record<string, Check[]> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    const file = `${dir}/${name}`;
    out[name.replace(/\.yaml$/, "")] = parseChecks(readData(file), file);
  }
  return out;
});
