// What src/data/your-cluster.json.ts emits, kept apart so tests can call it: the demo cluster, and the
// cluster named by DCOS_STATE when there is one. Problems exit the loader with `DCOS_STATE ...: problem`.
import {readFileSync} from "node:fs";
import {basename} from "node:path";
import {ClusterStateError, parseClusterState, type ClusterInput} from "../lib/state/parse.js";
import type {Cluster} from "../lib/state/cluster.js";
import {dataPath} from "./load.js";

export interface BakedClusters {
  demo: Cluster;
  /** The cluster named by DCOS_STATE, with where it came from. */
  baked: {from: string; cluster: Cluster} | null;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function readSource(source: string): Promise<ClusterInput> {
  if (isUrl(source)) {
    const response = await fetch(source, {signal: AbortSignal.timeout(30_000)});
    if (!response.ok) throw new ClusterStateError([`${source}: the server answered ${response.status} ${response.statusText}`]);
    return {name: source, text: await response.text()};
  }
  try {
    return {name: basename(source), text: readFileSync(source, "utf8")};
  } catch (error) {
    throw new ClusterStateError([`${source}: cannot read the file (${(error as Error).message})`]);
  }
}

export async function bakedClusters(dcosState: string | undefined): Promise<BakedClusters> {
  const demoFile = dataPath("clusters/demo.json");
  let where = demoFile;
  try {
    const demo = parseClusterState({name: demoFile, text: readFileSync(demoFile, "utf8")});
    const spec = dcosState?.trim();
    if (!spec) return {demo, baked: null};
    where = `DCOS_STATE=${spec}`;
    const sources = spec.split(",").map((s) => s.trim()).filter(Boolean);
    const [first, ...rest] = await Promise.all(sources.map(readSource));
    const cluster = parseClusterState(first!, {alongside: rest});
    return {demo, baked: {from: sources.map((s) => (isUrl(s) ? s : basename(s))).join(" + "), cluster}};
  } catch (error) {
    if (error instanceof ClusterStateError) {
      process.stderr.write(`${where} cannot be read:\n${error.problems.map((p) => `  ${p}`).join("\n")}\n`);
      process.exit(1);
    }
    throw error;
  }
}
