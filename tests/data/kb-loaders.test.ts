// The knowledge-base loaders run as Framework runs them (tsx, project root as working directory):
// valid JSON of the promised shape on the real data; exit 1 naming file, record and field on a
// broken copy (DATA_DIR points the loaders at another folder).
import {execFile} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {afterAll, describe, expect, it} from "vitest";
import {parse, stringify} from "yaml";
import {KB_FILE_NAMES} from "../../src/lib/kb/index.js";

const TSX = "node_modules/.bin/tsx";
const exec = promisify(execFile);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function runLoader(name: string, env: Record<string, string> = {}): Promise<Run> {
  try {
    const {stdout, stderr} = await exec(TSX, [`src/data/${name}.json.ts`], {encoding: "utf8", env: {...process.env, ...env}, maxBuffer: 1 << 24});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const e = error as {code?: number; stdout?: string; stderr?: string};
    return {code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? ""};
  }
}

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

/** A copy of the knowledge-base files in a temporary folder, with one file rewritten. */
function copyWith(file: string, edit: (records: Record<string, unknown>[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "wb-kb-"));
  temps.push(dir);
  for (const name of Object.values(KB_FILE_NAMES)) cpSync(join("data", name), join(dir, name));
  const records = parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown>[];
  edit(records);
  writeFileSync(join(dir, file), stringify(records));
  return dir;
}

describe("knowledge-base loaders", () => {
  it("components.json prints every component with its units and ports", async () => {
    const run = await runLoader("components");
    expect(run.code).toBe(0);
    const components = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(components).toHaveLength(51);
    for (const c of components) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(["id", "name", "category", "nodeTypes", "units", "ports", "since", "until", "source"]));
      for (const port of c.ports as Record<string, unknown>[]) expect(Object.keys(port)).toEqual(expect.arrayContaining(["port", "protocol", "purpose"]));
    }
    const mesos = components.find((c) => c.id === "mesos-master")!;
    expect(mesos).toMatchObject({
      nodeTypes: ["master"],
      units: [{name: "dcos-mesos-master.service"}],
      ports: [{port: 5050, protocol: "tcp"}],
      since: "1.7",
      until: null
    });
  });

  it("ports.json prints every port with its owner named", async () => {
    const run = await runLoader("ports");
    expect(run.code).toBe(0);
    const ports = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(ports).toHaveLength(62);
    expect(ports.find((x) => x.id === "admin-router-agent-61002")).toMatchObject({
      port: 61002,
      protocol: "tcp",
      component: "admin-router-agent",
      componentName: "Admin Router Agent",
      since: "1.10",
      until: null
    });
  });

  it("concepts.json prints 68 terms with related terms resolved", async () => {
    const run = await runLoader("concepts");
    expect(run.code).toBe(0);
    const concepts = JSON.parse(run.stdout) as {id: string; related: unknown[]}[];
    expect(concepts).toHaveLength(68);
    expect(concepts.find((x) => x.id === "quorum")?.related).toContainEqual({id: "master-node", term: "Master node"});
  });

  it("features.json prints both lists with components named", async () => {
    const run = await runLoader("features");
    expect(run.code).toBe(0);
    const features = JSON.parse(run.stdout) as {lists: string[]; components: {id: string; name: string}[]}[];
    expect(features.filter((x) => x.lists.includes("1.8+"))).toHaveLength(21);
    expect(features.filter((x) => x.lists.includes("1.7"))).toHaveLength(13);
    expect(features[0]!.components[0]).toMatchObject({id: "mesos-master", name: "Apache Mesos master"});
  });

  it("releases.json prints the 10 releases, then the end of life", async () => {
    const run = await runLoader("releases");
    expect(run.code).toBe(0);
    const releases = JSON.parse(run.stdout) as {kind: string; version?: string; date?: string}[];
    expect(releases.filter((x) => x.kind === "release").map((x) => x.version)).toEqual(["1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.0", "2.1", "2.2"]);
    expect(releases.at(-1)).toMatchObject({kind: "end-of-life", date: "2021-10-31"});
  });

  it("a broken data folder stops the loader with file, record and field", async () => {
    const dir = copyWith("components.yaml", (records) => {
      const marathon = records.find((r) => r.id === "marathon")!;
      marathon.nodeTypes = ["master", "worker"];
      delete marathon.purpose;
    });
    const run = await runLoader("components", {DATA_DIR: dir});
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${dir}/components.yaml: marathon: purpose: Invalid input: expected string, received undefined`);
    expect(run.stderr).toContain(`${dir}/components.yaml: marathon: nodeTypes[1]: Invalid option: expected one of "master"|"private-agent"|"public-agent"`);
  });

  it("every loader checks the whole knowledge base: a dangling reference in ports stops features.json", async () => {
    const dir = copyWith("ports.yaml", (records) => {
      records.find((r) => r.id === "mesos-master-5050")!.component = "mesos-masters";
    });
    const run = await runLoader("features", {DATA_DIR: dir});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${dir}/ports.yaml: mesos-master-5050: component: unknown id "mesos-masters"`);
  });

  it("a missing file is named", async () => {
    const dir = copyWith("sources.yaml", () => {});
    rmSync(join(dir, "concepts.yaml"));
    const run = await runLoader("concepts", {DATA_DIR: dir});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${dir}/concepts.yaml: cannot read the file`);
  });
});
