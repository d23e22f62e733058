// The embedded demo cluster: its loader's output on the real file, exact counts, the named VIP through
// the dcos-dns model, and the failure of broken copies, naming the file and the place.
import {execFileSync, spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {mastersOfState} from "../../src/lib/discovery/view/cluster-dns.js";
import {dcosDnsRecords, isPublicAgent, mesosDnsRecords, resolveDns, vipsOfState, type MesosState} from "../../src/lib/index.js";
import {checkMesosState, checkMesosStateText, jsonErrorOffset, parseMesosState, stateReferenceProblems} from "../../src/lib/state/state.schema.js";
import {DataError} from "../../src/lib/data/validate.js";

const TSX = "node_modules/.bin/tsx";
const FILE = "data/clusters/demo.json";
const raw = () => JSON.parse(readFileSync(FILE, "utf8")) as MesosState;
const state: MesosState = JSON.parse(execFileSync(TSX, ["src/data/demo-cluster.json.ts"], {encoding: "utf8"}));

function brokenCopy(edit: (s: MesosState) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "wb-cluster-"));
  cpSync("data", dir, {recursive: true});
  const s = raw();
  edit(s);
  writeFileSync(join(dir, "clusters/demo.json"), JSON.stringify(s));
  return dir;
}
const runLoader = (dir: string) => spawnSync(TSX, ["src/data/demo-cluster.json.ts"], {encoding: "utf8", env: {...process.env, DATA_DIR: dir}});

describe("the demo cluster", () => {
  it("validates, and the loader prints it whole", () => {
    expect(checkMesosState(raw()).ok).toBe(true);
    expect(stateReferenceProblems(raw())).toEqual([]);
    expect(state).toEqual(parseMesosState(raw(), FILE));
    expect(state.frameworks?.[0]?.tasks?.[0]?.discovery?.ports?.ports?.[0]?.labels?.labels).toEqual([{key: "VIP_0", value: "/web:80"}]);
  });

  it("has 3 masters, the first leading", () => {
    expect(mastersOfState(state)).toEqual(["10.0.0.11:5050", "10.0.0.12:5050", "10.0.0.13:5050"]);
    expect(state.leader).toBe("master@10.0.0.11:5050");
    expect(state.flags?.quorum).toBe("2");
  });

  it("has 4 private agents in zones a, b, c and 1 public agent reserved for slave_public", () => {
    const slaves = state.slaves ?? [];
    expect(slaves.filter((s) => !isPublicAgent(s)).map((s) => s.attributes?.zone)).toEqual(["a", "b", "c", "a"]);
    const pub = slaves.filter(isPublicAgent);
    expect(pub.map((s) => s.hostname)).toEqual(["10.0.4.31"]);
    expect(pub[0]!.attributes).toEqual({public_ip: "true"});
    expect(Object.keys(pub[0]!.reserved_resources ?? {})).toEqual(["slave_public"]);
  });

  it("has 2 frameworks, 6 running tasks and 2 completed ones (killed, finished)", () => {
    expect(state.frameworks?.map((f) => f.name)).toEqual(["marathon", "metronome"]);
    const running = state.frameworks!.flatMap((f) => f.tasks ?? []).filter((t) => t.state === "TASK_RUNNING");
    expect(running.map((t) => t.name)).toEqual(["web", "web", "web", "api.shop", "postgres.data", "marathon-lb"]);
    expect(state.frameworks!.flatMap((f) => f.completed_tasks ?? []).map((t) => `${t.name} ${t.state}`)).toEqual(["web TASK_KILLED", "nightly-backup TASK_FINISHED"]);
  });

  it("the named VIP /web:80 is web.marathon.l4lb.thisdcos.directory with 3 backends", () => {
    const records = dcosDnsRecords(state);
    const vip = records.filter((r) => r.name === "web.marathon.l4lb.thisdcos.directory.");
    expect(vip).toHaveLength(1);
    expect(vip[0]!.type).toBe("A");
    expect(vip[0]!.value).toMatch(/^11\./);
    const web = vipsOfState(state).find((v) => v.label === "/web")!;
    expect(web.backends.map((b) => `${b.ip}:${b.port} w${b.weight}`)).toEqual(["10.0.1.21:23145 w1", "10.0.1.22:11207 w1", "10.0.1.23:31018 w1"]);
  });

  it("Mesos-DNS, configured as DC/OS does, answers _web._tcp.marathon.mesos with 3 SRV records", () => {
    const records = mesosDnsRecords(state, {ipSources: ["host", "netinfo"]});
    expect(resolveDns(records, "_web._tcp.marathon.mesos", "SRV").answers.map((r) => r.value.replace(/^web-[a-z0-9]{5}-/, ""))).toEqual([
      "s2.marathon.mesos.:31018",
      "s0.marathon.mesos.:23145",
      "s1.marathon.mesos.:11207"
    ]);
    expect(resolveDns(records, "postgres-data.marathon.mesos", "A").answers.map((r) => r.value)).toEqual(["10.0.1.22"]);
  });
});

describe("broken copies", () => {
  it("statuses that are not a list stop the loader with the file and the path", () => {
    const dir = brokenCopy((s) => {
      (s.frameworks![0]!.tasks![2] as unknown as {statuses: unknown}).statuses = {};
    });
    const result = runLoader(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/clusters/demo.json: frameworks[0].tasks[2].statuses: expected an array, got an object`);
    expect(result.stdout).toBe("");
  });

  it("a task on an unknown agent is refused for the demo", () => {
    const dir = brokenCopy((s) => {
      s.frameworks![0]!.tasks![1]!.slave_id = "nope-S9";
    });
    const result = runLoader(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/clusters/demo.json: frameworks[0].tasks[1].slave_id: no agent with id "nope-S9" in slaves`);
  });

  it("invalid JSON names the file", () => {
    const dir = brokenCopy(() => undefined);
    writeFileSync(join(dir, "clusters/demo.json"), '{"slaves": [}');
    const result = runLoader(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/clusters/demo.json: not valid JSON`);
  });

  it("parseMesosState lists every problem with its path", () => {
    const s = raw() as unknown as {slaves: {id: unknown}[]; frameworks: {tasks: {name?: unknown; state: unknown}[]}[]};
    s.slaves[1]!.id = 5;
    delete s.frameworks[0]!.tasks[0]!.name;
    s.frameworks[0]!.tasks[3]!.state = "RUNNING";
    try {
      parseMesosState(s, "x.json");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).problems).toEqual([
        "x.json: slaves[1].id: expected a string, got a number",
        "x.json: frameworks[0].tasks[0].name: expected a string, but it is missing",
        "x.json: frameworks[0].tasks[3].state: expected a task state such as TASK_RUNNING"
      ]);
    }
  });
});

describe("pasted text", () => {
  it("names the line and column of a JSON syntax error", () => {
    expect(checkMesosStateText('{\n  "slaves": [\n    {"id": "a",}\n  ]\n}')).toEqual({ok: false, problems: ['Not valid JSON: line 3, column 16: unexpected "}".']});
    expect(checkMesosStateText('{"slaves": [')).toEqual({ok: false, problems: ["Not valid JSON: line 1, column 13: the text ends too early."]});
    expect(checkMesosStateText("  ")).toEqual({ok: false, problems: ["Nothing to read: paste a Mesos /state JSON document, or choose a file."]});
  });

  it("refuses other documents with a reason", () => {
    expect(checkMesosStateText("[1, 2]")).toEqual({ok: false, problems: ["(top level): expected a Mesos master /state object, got an array"]});
    expect(checkMesosStateText('{"apps": []}')).toEqual({ok: false, problems: ["(top level): this looks like Marathon's /v2/apps list; paste the Mesos master's /state instead"]});
    expect(checkMesosStateText('{"hello": 1}')).toEqual({ok: false, problems: ["(top level): expected a Mesos master /state object, with `slaves` and `frameworks` lists"]});
  });

  it("accepts the real fixtures", () => {
    for (const f of ["mesos-dns-fake-state.json", "mesos-state-state3-0.28.json"]) {
      expect(checkMesosStateText(readFileSync(`tests/fixtures/${f}`, "utf8")).ok).toBe(true);
    }
  });

  it("jsonErrorOffset agrees with JSON.parse on what is valid", () => {
    for (const t of ['{"a":[1,2.5e3,-0,true,false,null,"x\\u00e9"]}', "[]", ' "s" ']) {
      expect(jsonErrorOffset(t)).toBe(-1);
      expect(() => JSON.parse(t)).not.toThrow();
    }
    for (const [t, at] of [["{,}", 1], ["[1,]", 3], ["01", 1], ['"a\\x"', 3], ["nul", 0], ["{} {}", 3]] as const) {
      expect(jsonErrorOffset(t)).toBe(at);
      expect(() => JSON.parse(t)).toThrow();
    }
  });
});
