// @vitest-environment jsdom
// The Your cluster components with the real parser and real fixtures: the picker keeps the last good
// cluster on bad input, the summary and the shares read the cluster as parsed.
import {readFileSync} from "node:fs";
import {beforeEach, describe, expect, it} from "vitest";
import {clusterPicker, type Document, type ParseResult, type PickedCluster} from "../../src/components/clusterPicker.js";
import {clusterRecordsFigure, clusterSummary, nextRoleSentence, roleSharesFigure} from "../../src/components/clusterLenses.js";
import {ClusterStateError, parseClusterState} from "../../src/lib/index.js";

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, "utf8");
const parse = (docs: readonly Document[]): ParseResult => {
  try {
    return {ok: true, cluster: parseClusterState(docs[0]!, {alongside: docs.slice(1)})};
  } catch (e) {
    return {ok: false, problems: (e as ClusterStateError).problems};
  }
};
const demo: PickedCluster = {cluster: parseClusterState(fixture("mesos-state-state3-0.28.json")), label: "the 0.28 state"};

describe("clusterPicker", () => {
  let picker: ReturnType<typeof clusterPicker>;
  let changes: number;
  beforeEach(() => {
    changes = 0;
    picker = clusterPicker({initial: demo, parse});
    picker.addEventListener("input", () => changes++);
    document.body.replaceChildren(picker);
  });
  const paste = (text: string) => {
    picker.querySelector("textarea")!.value = text;
    [...picker.querySelectorAll("button")].find((b) => b.textContent === "Read the pasted text")!.click();
  };

  it("starts on the initial cluster and says so", () => {
    expect(picker.value).toBe(demo);
    expect(picker.querySelector(".yc-status")!.textContent).toBe("Showing the 0.28 state: 3 agents (0 public), 1 framework, 2 active tasks.");
  });

  it("pasted operator stream: a new value and an input event", () => {
    paste(fixture("dcos-net-operator-api-stream.jsonl"));
    expect(changes).toBe(1);
    expect(picker.value.label).toBe("the pasted text");
    expect(picker.value.cluster.format).toBe("operator-stream");
    expect(picker.querySelector('[role="log"]')!.textContent).toBe("Now showing the pasted text: 2 agents (0 public), 2 frameworks, 12 active tasks.");
  });

  it("bad text: the problems listed, the value and the figures unchanged", () => {
    paste('{"slaves": [{"id": 3}], "frameworks": []}');
    expect(changes).toBe(0);
    expect(picker.value).toBe(demo);
    expect(picker.querySelector(".wb-error")!.firstChild!.textContent).toBe("The pasted text cannot be read, so the figures still show the 0.28 state:");
    expect([...picker.querySelectorAll(".yc-problems li")].map((li) => li.textContent)).toEqual(["slaves[0].id: expected a string, got a number"]);
  });

  it("names with markup stay text", () => {
    const name = '<img src=x onerror="alert(1)">';
    paste(JSON.stringify({slaves: [], frameworks: [{id: "F", name, tasks: []}]}));
    document.body.append(clusterSummary(picker.value.cluster, picker.value.label));
    expect(document.querySelectorAll("img").length).toBe(0);
    expect(document.querySelector(".yc-table-wrap:nth-child(2) tbody td")!.textContent).toBe(name);
  });
});

describe("the lenses", () => {
  it("summary tiles of the Mesos 0.19 state (its zk flag names three masters)", () => {
    const c = parseClusterState(fixture("mesos-dns-fake-state.json"));
    const el = clusterSummary(c, "the 0.19 state");
    expect([...el.querySelectorAll(".yc-tile")].map((t) => t.textContent)).toEqual([
      "Masters3leader 1.2.3.4:5050",
      "Agents44 private, 0 public",
      "Frameworks4ipv6-framework, chronos with a space AND MIXED CASE-2.0.1, no pid, marathon",
      "Tasks139 running, 2 finished, 2 killed",
      "CPUs326.3 used by active tasks",
      "Memory121 GB123,892 MB in all"
    ]);
  });

  it("shares and the role DRF serves next", () => {
    const stream = parseClusterState(fixture("dcos-net-operator-api-stream.jsonl"));
    expect(nextRoleSentence(stream)).toBe("DRF offers free resources first to the role with the lowest dominant share: *, at 0.0%.");
    const fig = roleSharesFigure(stream);
    expect([...fig.querySelectorAll(".yc-bar.is-dominant .yc-bar-value")].map((b) => b.textContent)).toEqual(["15.0% (1.2) dominant"]);
  });

  it("the records figure filters by name", () => {
    const fig = clusterRecordsFigure(demo.cluster);
    document.body.replaceChildren(fig);
    const input = fig.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = "leader";
    input.dispatchEvent(new Event("input"));
    expect(fig.querySelector("caption")!.textContent).toBe("Records whose name or answer contains “leader”");
    expect([...fig.querySelectorAll("tbody tr")].length).toBeGreaterThan(0);
    expect([...fig.querySelectorAll("tbody tr")].every((tr) => tr.textContent!.includes("leader"))).toBe(true);
  });
});
