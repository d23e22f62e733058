// The telemetry.json loader on the real data, and on a broken copy (DATA_DIR): file, record, field.
import {execFileSync, spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const TSX = "node_modules/.bin/tsx";
function brokenCopy(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "wb-data-"));
  cpSync("data", dir, {recursive: true});
  writeFileSync(join(dir, "telemetry.yaml"), text);
  return dir;
}

describe("telemetry.json", () => {
  it("emits the facts, events, path and what was collected", () => {
    const t = JSON.parse(execFileSync(TSX, ["src/data/telemetry.json.ts"], {encoding: "utf8"}));
    expect(t.facts.find((f: {id: string}) => f.id === "opt-out").value).toBe("telemetry_enabled: 'false'");
    expect(t.events.map((e: {event: string}) => e.event)).toEqual(["health", "mesos_track", "package_list", "(every event)", "(GUI events)"]);
    expect(t.path.map((p: {to: string}) => p.to)).toEqual(["dcos-signal.service", "Leading master", "dcos-signal.service", "Segment", "Segment"]);
    expect(t.path[0].source[0]).toMatchObject({key: "S-TEL18", version: "1.8", title: "Telemetry (1.7 and 1.8)"});
  });

  it("names the file, section, record and field of a problem", () => {
    const text = readFileSync("data/telemetry.yaml", "utf8").replace("    collected: false\n", "    collected: no\n");
    const dir = brokenCopy(text);
    const result = spawnSync(TSX, ["src/data/telemetry.json.ts"], {encoding: "utf8", env: {...process.env, DATA_DIR: dir}});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/telemetry.yaml (collected): workload: collected: Invalid input: expected boolean, received string`);
    expect(result.stdout).toBe("");
  });

  it("rejects an unknown section and a missing one", () => {
    const text = readFileSync("data/telemetry.yaml", "utf8").replace("path:\n", "route:\n");
    const dir = brokenCopy(text);
    const result = spawnSync(TSX, ["src/data/telemetry.json.ts"], {encoding: "utf8", env: {...process.env, DATA_DIR: dir}});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/telemetry.yaml (path): expected a list of records`);
    expect(result.stderr).toContain(`${dir}/telemetry.yaml: route: unknown section`);
  });
});
