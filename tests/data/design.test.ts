// The design.json loader on the real data, and on broken copies (DATA_DIR): file, record, field.
import {execFileSync, spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const TSX = "node_modules/.bin/tsx";
const run = (env: Record<string, string>) => spawnSync(TSX, ["src/data/design.json.ts"], {encoding: "utf8", env: {...process.env, ...env}});
function brokenCopy(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "wb-data-"));
  cpSync("data", dir, {recursive: true});
  writeFileSync(join(dir, file), text);
  return dir;
}

describe("design.json", () => {
  it("emits the six design notes with resolved sources", () => {
    const notes = JSON.parse(execFileSync(TSX, ["src/data/design.json.ts"], {encoding: "utf8"}));
    expect(notes.map((n: {id: string}) => n.id)).toEqual(["dns-proxy", "overlay", "installation", "auth-flow", "azure", "api"]);
    expect(notes[1].source.map((s: {key: string; title: string}) => `${s.key}: ${s.title}`)).toEqual(["S-DES21: Design notes", "S-OVL21: DC/OS overlay", "S-CFG21: Configuration reference"]);
  });

  it("names the file, record and field of a bad figure", () => {
    const text = readFileSync("data/design.yaml", "utf8").replace("figure: overlay", "figure: overlays");
    const dir = brokenCopy("design.yaml", text);
    const result = run({DATA_DIR: dir});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/design.yaml: overlay: figure: Invalid option`);
    expect(result.stdout).toBe("");
  });

  it("names an unknown source and a version the source does not cover", () => {
    const text = readFileSync("data/design.yaml", "utf8")
      .replace("{key: S-OVL21, version: \"2.1\"}", "{key: S-OVL99, version: \"2.1\"}")
      .replace("- {key: S-DES17, version: \"1.7\"}\n- id: overlay", "- {key: S-DES17, version: \"1.9\"}\n- id: overlay");
    const result = run({DATA_DIR: brokenCopy("design.yaml", text)});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/design\.yaml: overlay: source\[1\]\.key: unknown source "S-OVL99"/);
    expect(result.stderr).toMatch(/design\.yaml: dns-proxy: source\[1\]\.version: "1\.9" is not a version S-DES17 covers \(1\.7\)/);
  });
});
