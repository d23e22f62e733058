// Broken knowledge-base records fail with the promised message, `file: record id: field: problem`,
// one line per problem. Each test breaks one record of a fresh copy of the real data.
import {describe, expect, it} from "vitest";
import {DCOS_RELEASES, loadKnowledgeBase, type KnowledgeBaseInput} from "../../src/lib/kb/index.js";
import {problemsOf, rawRecord, realInput} from "./kb-helpers.js";

const load = (input: KnowledgeBaseInput) => problemsOf(() => loadKnowledgeBase(input));
const releaseChoices = DCOS_RELEASES.map((r) => `"${r}"`).join("|");

describe("broken components", () => {
  it("a missing field names the record and the field", () => {
    const input = realInput();
    delete rawRecord(input, "components", "marathon").units;
    expect(load(input)).toEqual(["data/components.yaml: marathon: units: Invalid input: expected array, received undefined"]);
  });

  it("an unknown node type names the offending entry", () => {
    const input = realInput();
    rawRecord(input, "components", "marathon").nodeTypes = ["master", "worker"];
    expect(load(input)).toEqual([
      'data/components.yaml: marathon: nodeTypes[1]: Invalid option: expected one of "master"|"private-agent"|"public-agent"'
    ]);
  });

  it("a dangling reference to another component names the id", () => {
    const input = realInput();
    rawRecord(input, "components", "marathon").dependsOn = ["zookeeper", "zookeper"];
    expect(load(input)).toEqual(['data/components.yaml: marathon: dependsOn[1]: unknown id "zookeper"']);
  });

  it("a duplicate id names both places", () => {
    const input = realInput();
    const list = input.components as {id: string}[];
    const first = list.findIndex((c) => c.id === "marathon");
    list.push(structuredClone(list[first]!));
    expect(load(input)).toEqual([`data/components.yaml: marathon: id: duplicate id (also record #${first + 1})`]);
  });

  it("an unknown release is rejected", () => {
    const input = realInput();
    rawRecord(input, "components", "metronome").since = "1.14";
    expect(load(input)).toEqual([`data/components.yaml: metronome: since: Invalid option: expected one of ${releaseChoices}`]);
  });

  it("a version written as a YAML number (1.10 read as 1.1) is rejected", () => {
    const input = realInput();
    rawRecord(input, "components", "cockroachdb").since = 1.1;
    expect(load(input)).toEqual([`data/components.yaml: cockroachdb: since: Invalid option: expected one of ${releaseChoices}`]);
  });

  it("until before since is rejected", () => {
    const input = realInput();
    rawRecord(input, "components", "dcos-metrics").until = "1.8";
    expect(load(input)).toEqual(['data/components.yaml: dcos-metrics: until: "1.8" comes before since "1.9"']);
  });

  it("a merge must line up with the last release of the merged component", () => {
    const input = realInput();
    rawRecord(input, "components", "minuteman").until = "1.9";
    expect(load(input)).toEqual(['data/components.yaml: minuteman: until: expected "1.10", the release before mergedInto.in "1.11"']);
  });

  it("a misspelt field is reported, not ignored", () => {
    const input = realInput();
    rawRecord(input, "components", "exhibitor").dependson = ["zookeeper"];
    expect(load(input)).toEqual(['data/components.yaml: exhibitor: (record): Unrecognized key: "dependson"']);
  });

  it("an unknown source key and a version the source does not cover are both reported", () => {
    const input = realInput();
    rawRecord(input, "components", "exhibitor").source = [{key: "S-COMP99", version: "2.1"}];
    rawRecord(input, "components", "marathon").source = {key: "S-COMP21", version: "1.7"};
    expect(load(input)).toEqual([
      'data/components.yaml: exhibitor: source[0]: unknown id "S-COMP99"',
      'data/components.yaml: marathon: source[0].version: "1.7" is not a version S-COMP21 covers (2.1, 2.2)'
    ]);
  });

  it("problems in several records are all reported at once", () => {
    const input = realInput();
    delete rawRecord(input, "components", "marathon").purpose;
    rawRecord(input, "components", "metronome").category = "scheduling";
    expect(load(input)).toEqual([
      "data/components.yaml: marathon: purpose: Invalid input: expected string, received undefined",
      expect.stringMatching(/^data\/components\.yaml: metronome: category: Invalid option: expected one of "cluster-management"\|/)
    ]);
  });
});

describe("broken records in the other files", () => {
  it("a port owned by an unknown component", () => {
    const input = realInput();
    rawRecord(input, "ports", "mesos-master-5050").component = "mesos-masters";
    expect(load(input)).toEqual(['data/ports.yaml: mesos-master-5050: component: unknown id "mesos-masters"']);
  });

  it("a port outliving its component, or older than it", () => {
    const input = realInput();
    rawRecord(input, "ports", "minuteman-61421").until = "1.11";
    rawRecord(input, "ports", "telegraf-61091").since = "1.11";
    expect(load(input)).toEqual([
      'data/ports.yaml: telegraf-61091: since: "1.11" is outside the releases of "telegraf" (1.12–2.2)',
      'data/ports.yaml: telegraf-61091: port: tcp 61091 on master in 1.11 is also claimed by "dcos-metrics-61091"',
      'data/ports.yaml: minuteman-61421: until: "1.11" is after the last release of "minuteman" (1.7–1.10)'
    ]);
  });

  it("two records claiming one port on one node type in the same release", () => {
    const input = realInput();
    rawRecord(input, "ports", "dcos-diagnostics-61002").until = "1.10";
    expect(load(input)).toEqual(['data/ports.yaml: dcos-diagnostics-61002: port: tcp 61002 on private-agent in 1.10 is also claimed by "admin-router-agent-61002"']);
  });

  it("a concept related to an unknown concept", () => {
    const input = realInput();
    rawRecord(input, "concepts", "quorum").related = ["master-node", "leader-election"];
    expect(load(input)).toEqual(['data/concepts.yaml: quorum: related[1]: unknown id "leader-election"']);
  });

  it("a concept taught in a chapter that does not exist", () => {
    const input = realInput();
    rawRecord(input, "concepts", "quorum").chapter = "ha";
    expect(load(input)[0]).toMatch(/^data\/concepts\.yaml: quorum: chapter: Invalid option: expected one of "index"\|/);
  });

  it("a feature naming an unknown component, and one missing its 1.7 heading", () => {
    const input = realInput();
    rawRecord(input, "features", "high-availability").components = ["marathon", "zookeeper-ha"];
    rawRecord(input, "features", "elastic-scalability").headings = {"1.8+": "Elastic scalability"};
    expect(load(input)).toEqual([
      'data/features.yaml: elastic-scalability: headings.1.7: a heading is needed for list "1.7"'
    ]);
    rawRecord(input, "features", "elastic-scalability").headings = {"1.7": "Elastic Scalability", "1.8+": "Elastic scalability"};
    expect(load(input)).toEqual(['data/features.yaml: high-availability: components[1]: unknown id "zookeeper-ha"']);
  });

  it("a release missing from releases.yaml", () => {
    const input = realInput();
    input.releases = (input.releases as {id: string}[]).filter((r) => r.id !== "dcos-2-2");
    expect(load(input)).toEqual(["data/releases.yaml: missing the record for release 2.2"]);
  });

  it("an empty file", () => {
    const input = realInput();
    input.features = [];
    expect(load(input)).toEqual(["data/features.yaml: expected at least one record"]);
  });

  it("a file that is not a list", () => {
    const input = realInput();
    input.concepts = {quorum: "majority of masters"};
    expect(load(input)).toEqual(["data/concepts.yaml: expected a list of records"]);
  });

  it("messages name the data folder that was read", () => {
    const input = realInput();
    delete rawRecord(input, "components", "marathon").units;
    expect(problemsOf(() => loadKnowledgeBase(input, {dir: "/tmp/copy/"}))).toEqual([
      "/tmp/copy/components.yaml: marathon: units: Invalid input: expected array, received undefined"
    ]);
  });
});
