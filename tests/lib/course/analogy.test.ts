import {readFileSync} from "node:fs";
import {parse} from "yaml";
import {describe, expect, it} from "vitest";
import {analogyColumn} from "../../../src/lib/course/analogy.js";
import {parseAnalogy} from "../../../src/lib/course/analogy.schema.js";

const pairs = parseAnalogy(parse(readFileSync("data/analogy.yaml", "utf8")));

describe("the operating-system analogy", () => {
  it("validates, with a source for every pair", () => {
    expect(pairs.length).toBe(12);
    for (const pair of pairs) expect(pair.source.length).toBeGreaterThan(0);
  });

  it("maps the init system to Marathon and cron to Metronome", () => {
    const byId = new Map(pairs.map((p) => [p.id, p]));
    expect(byId.get("init")?.dcos.name).toBe("Marathon");
    expect(byId.get("cron")?.dcos.components).toEqual(["metronome"]);
    expect(byId.get("kernel")?.dcos.name).toBe("Apache Mesos");
  });

  it("orders each column by its groups", () => {
    expect(analogyColumn(pairs, "computer").map((s) => s.group)).toEqual([
      "kernel", "kernel", "kernel", "kernel", "kernel", "kernel",
      "services", "services", "services", "services",
      "interface", "interface"
    ]);
    const dcos = analogyColumn(pairs, "dcos");
    expect(dcos[0]).toMatchObject({id: "kernel", group: "kernel", groupTitle: "Mesos, the kernel", index: 0});
    expect(dcos.map((s) => s.index)).toEqual([...dcos.keys()]);
  });
});
