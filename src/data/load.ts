// Shared by the data loaders (src/data/*.json.ts): read a YAML or JSON file from data/, parse it,
// and turn any problem into a message that names the file. Loaders run with the project root as
// working directory.
import {readFileSync} from "node:fs";
import {parse} from "yaml";
import {DataError} from "../lib/data/validate.js";

export function readData(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new DataError([`${file}: cannot read the file (${(error as Error).message})`]);
  }
  try {
    return file.endsWith(".json") ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new DataError([`${file}: not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${(error as Error).message}`]);
  }
}

/** Runs a loader body and prints its JSON; on a DataError, prints the problems and exits 1. */
export function emit(make: () => unknown): void {
  try {
    process.stdout.write(JSON.stringify(make()));
  } catch (error) {
    if (error instanceof DataError) {
      process.stderr.write(`Data error:\n${error.problems.map((p) => `  ${p}`).join("\n")}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** A file under data/, or under DATA_DIR when set (tests point it at a folder of broken copies). */
export function dataPath(name: string): string {
  return `${process.env.DATA_DIR ?? "data"}/${name}`;
}
