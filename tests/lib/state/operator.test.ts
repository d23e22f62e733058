// The operator API stream applier on dcos/dcos-net's operator-api.json (see tests/fixtures/SOURCES.md).
import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {mesosStateFromOperatorEvents, mesosStateFromOperatorStream, resourcesFromV1, taskFromV1} from "../../../src/lib/index.js";

const text = readFileSync(new URL("../../fixtures/dcos-net-operator-api-stream.jsonl", import.meta.url), "utf8");

describe("mesosStateFromOperatorStream", () => {
  const state = mesosStateFromOperatorStream(text);
  it("agents and frameworks", () => {
    expect(state.slaves!.map((s) => [s.id, s.hostname, s.pid])).toEqual([
      ["30257977-0153-499d-a5b0-35afd842ef4d-S0", "172.17.0.4", "slave(1)@172.17.0.4:5051"],
      ["30257977-0153-499d-a5b0-35afd842ef4d-S1", "172.17.0.3", "slave(1)@172.17.0.3:5051"]
    ]);
    expect(state.frameworks!.map((f) => [f.name, f.tasks!.length])).toEqual([
      ["metronome", 0],
      ["marathon", 12]
    ]);
  });
  it("tasks take the state of their last TASK_UPDATED and collect its statuses", () => {
    const marathon = state.frameworks!.find((f) => f.name === "marathon")!;
    expect(marathon.tasks!.every((t) => t.state === "TASK_RUNNING")).toBe(true);
    const t = marathon.tasks!.find((x) => x.id === "docker-on-bridge.0ef76549-2630-11e8-af52-70b3d5800001")!;
    expect(t.statuses!.map((s) => s.state)).toEqual(["TASK_STARTING", "TASK_RUNNING"]);
    expect(t.slave_id).toBe("30257977-0153-499d-a5b0-35afd842ef4d-S0");
    expect(t.resources!.ports).toBe("[20560-20560]");
    expect(t.container!.docker!.port_mappings).toEqual([{host_port: 20560, container_port: 8080, protocol: "tcp"}]);
  });
  it("removals", () => {
    const events = text
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as unknown);
    const s = mesosStateFromOperatorEvents([
      ...events,
      {type: "AGENT_REMOVED", agent_removed: {agent_id: {value: "30257977-0153-499d-a5b0-35afd842ef4d-S1"}}},
      {type: "FRAMEWORK_REMOVED", framework_removed: {framework_info: {id: {value: "30257977-0153-499d-a5b0-35afd842ef4d-0000"}}}},
      {type: "HEARTBEAT"}
    ]);
    expect(s.slaves!.map((x) => x.hostname)).toEqual(["172.17.0.4"]);
    expect(s.frameworks!.map((x) => x.name)).toEqual(["marathon"]);
  });
});

describe("v1 → /state conversions", () => {
  it("resources: scalars summed, ranges as a string", () => {
    expect(
      resourcesFromV1([
        {name: "cpus", type: "SCALAR", scalar: {value: 0.1}},
        {name: "cpus", type: "SCALAR", scalar: {value: 0.2}},
        {name: "ports", type: "RANGES", ranges: {range: [{begin: 31000, end: 31002}, {begin: 31010, end: 31010}]}}
      ])
    ).toEqual({cpus: 0.30000000000000004, ports: "[31000-31002, 31010-31010]"});
  });
  it("a task", () => {
    expect(
      taskFromV1({
        name: "web",
        task_id: {value: "web.1"},
        framework_id: {value: "F"},
        agent_id: {value: "S"},
        state: "TASK_STAGING",
        labels: {labels: [{key: "VIP_PORT0", value: "tcp://1.2.3.4:80"}]},
        resources: []
      })
    ).toEqual({
      id: "web.1",
      name: "web",
      framework_id: "F",
      executor_id: "",
      slave_id: "S",
      state: "TASK_STAGING",
      resources: {},
      statuses: [],
      labels: [{key: "VIP_PORT0", value: "tcp://1.2.3.4:80"}]
    });
  });
});
