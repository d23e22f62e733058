// The course loaders run as Framework runs them (tsx, project root as working directory): their
// output on the real data, and their failure on a broken copy, naming file, record and field.
import {execFileSync, spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const TSX = "node_modules/.bin/tsx";
const run = (loader: string, env: Record<string, string> = {}) =>
  spawnSync(TSX, [`src/data/${loader}`], {encoding: "utf8", env: {...process.env, ...env}});

function brokenCopy(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "wb-data-"));
  cpSync("data", dir, {recursive: true});
  writeFileSync(join(dir, file), text);
  return dir;
}

describe("course loaders", () => {
  it("chapters.json: every chapter of the course, in order, with what exists", () => {
    const chapters = JSON.parse(execFileSync(TSX, ["src/data/chapters.json.ts"], {encoding: "utf8"}));
    expect(chapters.map((c: {id: string}) => c.id)).toEqual([
      "index", "what-is-dcos", "architecture", "components", "concepts", "features", "offer-cycle",
      "high-availability", "service-discovery", "telemetry", "feature-maturity", "roadmap", "design",
      "workshop", "your-cluster"
    ]);
    expect(chapters[1]).toMatchObject({id: "what-is-dcos", part: "start", minutes: 20, available: true, path: "/what-is-dcos"});
  });

  it("chapters.json: a broken file stops the loader with the place of the problem", () => {
    const dir = brokenCopy("chapters.yaml", "- id: index\n  title: Course map\n  part: start\n  minutes: five\n  summary: x\n");
    const result = run("chapters.json.ts", {DATA_DIR: dir});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/chapters.yaml: index: minutes: Invalid input: expected number, received string`);
    expect(result.stdout).toBe("");
  });

  it("analogy.json: invalid YAML is reported with the file", () => {
    const dir = brokenCopy("analogy.yaml", "- id: kernel\n  computer: {name: [unclosed\n");
    const result = run("analogy.json.ts", {DATA_DIR: dir});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/analogy.yaml: not valid YAML`);
  });

  it("analogy.json: names the pair and field of a component the knowledge base does not have", () => {
    const text = readFileSync("data/analogy.yaml", "utf8").replace("components: [marathon]", "components: [marathon, marathn]");
    const result = run("analogy.json.ts", {DATA_DIR: brokenCopy("analogy.yaml", text)});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/analogy\.yaml: init: dcos\.components\[1\]: unknown id "marathn"/);
  });

  it("analogy.json: resolves every source to its title", () => {
    const pairs = JSON.parse(execFileSync(TSX, ["src/data/analogy.json.ts"], {encoding: "utf8"}));
    expect(pairs.find((p: {id: string}) => p.id === "init").source.map((s: {key: string; title: string}) => `${s.key}: ${s.title}`)).toEqual([
      "S-ARCH18: Architecture (kernel space and user space, 1.7 and 1.8)",
      "S-TASK21: Task types"
    ]);
  });

  it("checks.json: questions per chapter; a question with two right answers is refused", () => {
    const checks = JSON.parse(execFileSync(TSX, ["src/data/checks.json.ts"], {encoding: "utf8"}));
    expect(Object.keys(checks)).toContain("what-is-dcos");
    expect(checks["what-is-dcos"].map((q: {id: string}) => q.id)).toEqual(["not-a-host-os", "two-schedulers", "who-chooses", "fault-tolerant-masters"]);
    const dir = brokenCopy(
      "checks/what-is-dcos.yaml",
      "- id: q\n  type: choice\n  prompt: P\n  options:\n    - {text: A, correct: true, why: x}\n    - {text: B, correct: true, why: y}\n"
    );
    const result = run("checks.json.ts", {DATA_DIR: dir});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/checks/what-is-dcos.yaml: q: options: exactly one option must be correct`);
  });
});
