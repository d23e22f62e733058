// The "Your cluster" loader: the demo cluster by default, a cluster named by DCOS_STATE (files, or a URL
// the build guard lets through), and a build-stopping message for a bad one.
import {execFile, spawnSync} from "node:child_process";
import {createServer} from "node:http";
import {readFileSync} from "node:fs";
import {promisify} from "node:util";
import {describe, expect, it} from "vitest";
import type {BakedClusters} from "../../src/data/baked-cluster.js";

const LOADER = ["--import", "./scripts/network-guard.mjs", "node_modules/tsx/dist/cli.mjs", "src/data/your-cluster.json.ts"];
const run = (env: Record<string, string>) => spawnSync(process.execPath, LOADER, {encoding: "utf8", env: {...process.env, ...env}, timeout: 30_000});

describe("src/data/your-cluster.json.ts", () => {
  it("without DCOS_STATE: the demo cluster only", () => {
    const r = run({DCOS_STATE: ""});
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as BakedClusters;
    expect(out.baked).toBeNull();
    expect(out.demo.agents.map((a) => [a.host, a.kind, a.zone])).toEqual([
      ["10.0.1.21", "private", "a"],
      ["10.0.1.22", "private", "b"],
      ["10.0.1.23", "private", "c"],
      ["10.0.1.24", "private", "a"],
      ["10.0.4.31", "public", undefined]
    ]);
    expect(out.demo.frameworks.map((f) => f.name)).toEqual(["marathon", "metronome"]);
  });

  it("DCOS_STATE=a state file and Marathon's tasks, comma separated", () => {
    const r = run({DCOS_STATE: "tests/fixtures/mesos-dns-fake-state.json, tests/fixtures/marathon-tasks.json"});
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as BakedClusters;
    expect(out.baked?.from).toBe("mesos-dns-fake-state.json + marathon-tasks.json");
    expect(out.baked?.cluster.agents).toHaveLength(4);
    expect(out.baked?.cluster.marathon?.tasks).toBe(2);
  });

  it("DCOS_STATE=a URL: fetched from that server", async () => {
    const body = readFileSync("tests/fixtures/mesos-state-state3-0.28.json", "utf8");
    const server = createServer((req, res) => (req.url === "/state" ? res.end(body) : ((res.statusCode = 404), res.end())));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as {port: number}).port;
    try {
      const ok = await promisify(execFile)(process.execPath, LOADER, {encoding: "utf8", env: {...process.env, DCOS_STATE: `http://127.0.0.1:${port}/state`}, timeout: 30_000});
      const out = JSON.parse(ok.stdout) as BakedClusters;
      expect(out.baked?.from).toBe(`http://127.0.0.1:${port}/state`);
      expect(out.baked?.cluster.frameworks.map((f) => f.name)).toEqual(["marathon"]);
      const missing = await promisify(execFile)(process.execPath, LOADER, {encoding: "utf8", env: {...process.env, DCOS_STATE: `http://127.0.0.1:${port}/nope`}, timeout: 30_000}).catch((e: {stderr: string; code: number}) => e);
      expect((missing as {code: number}).code).toBe(1);
      expect((missing as {stderr: string}).stderr).toContain(`http://127.0.0.1:${port}/nope: the server answered 404 Not Found`);
    } finally {
      server.close();
    }
  });

  it("a bad state stops the loader with its problems and their places", () => {
    const r = run({DCOS_STATE: "tests/fixtures/marathon-app.json,package.json"});
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("DCOS_STATE=tests/fixtures/marathon-app.json,package.json cannot be read:");
    expect(r.stderr).toContain("package.json: (top level): this is not a cluster state the workbook knows");
  });
});
