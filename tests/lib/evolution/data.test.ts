import {describe, expect, it} from "vitest";
import {loadMaturity} from "../../../src/lib/evolution/maturity.schema.js";
import {loadRoadmap} from "../../../src/lib/evolution/roadmap.schema.js";
import {problemsOf} from "../../data/kb-helpers.js";
import {kb, maturity, maturityInput, roadmap, roadmapInput} from "./data.js";

type Rec = Record<string, any>;
const find = (list: unknown, id: string) => (list as Rec[]).find((r) => r.id === id)!;

describe("data/maturity.yaml and data/labels.yaml", () => {
  it("hold two models, six criteria and eight phases; every Model A phase maps onto the lifecycle", () => {
    expect(maturity.models.map((m) => [m.id, m.releases])).toEqual([
      ["model-a", ["1.7", "1.8", "1.9", "1.10"]],
      ["model-b", ["1.11", "1.12", "1.13", "2.0", "2.1", "2.2"]]
    ]);
    expect(maturity.criteria.map((c) => `${c.group}:${c.id}`)).toEqual([
      "completeness:functionality",
      "completeness:interfaces",
      "completeness:documentation",
      "quality:functional-test",
      "quality:system-test",
      "quality:dogfooding"
    ]);
    expect(maturity.phases.map((p) => p.id)).toEqual(["experimental", "preview", "stable", "beta", "ga", "deprecated", "retired", "decommissioned"]);
    expect(maturity.phases.filter((p) => p.becomes).map((p) => `${p.id}->${p.becomes}`)).toEqual(["experimental->beta", "preview->beta", "stable->ga"]);
    expect(maturity.phases.find((p) => p.id === "stable")!.promises!.every((p) => p.level === "met")).toBe(true);
    expect(maturity.phases.find((p) => p.id === "preview")!.promises!.map((p) => p.level)).toEqual(["met", "partial", "partial", "met", "none", "none"]);
  });

  it("joins labelled features to the knowledge base and resolves every source", () => {
    expect(maturity.features).toHaveLength(34);
    expect(maturity.features.find((f) => f.id === "virtual-networks")!.feature).toEqual({id: "ip-per-container", name: "IP per container with extensible virtual networks"});
    expect(maturity.features.find((f) => f.id === "spartan")!.components).toEqual([{id: "spartan", name: kb.components.find((c) => c.id === "spartan")!.name}]);
    expect(maturity.features.every((f) => f.source.every((s) => s.title) && f.labels.every((l) => l.source.length > 0))).toBe(true);
  });

  it("reports broken records as file: record id: field: problem", () => {
    const input = maturityInput();
    find(input.labels, "pods").labels[0].phase = "alpha";
    find(input.labels, "gpu").feature = "gpus";
    find(input.labels, "jobs").labels[1].release = "1.8";
    find(input.maturity, "stable").becomes = "preview";
    expect(problemsOf(() => loadMaturity(input, kb))).toEqual([
      'data/maturity.yaml: stable: becomes: "preview" is not a lifecycle state',
      'data/labels.yaml: jobs: labels[1].release: "1.8" must come after "1.8"',
      'data/labels.yaml: pods: labels[0].phase: Invalid option: expected one of "experimental"|"preview"|"stable"|"beta"|"ga"|"deprecated"|"retired"|"decommissioned"'
    ]);
  });

  it("checks references: sources, source versions, criteria, features and components", () => {
    const input = maturityInput();
    find(input.labels, "gpu").feature = "gpus";
    find(input.labels, "spartan").components = ["spartan", "dns-forwarder"];
    find(input.labels, "metrics").labels[0].source = {key: "S-NOPE", version: "1.9"};
    find(input.labels, "jobs").source = [{key: "S-FMTAG", version: "2.1"}];
    find(input.maturity, "preview").promises[0].criterion = "speed";
    expect(problemsOf(() => loadMaturity(input, kb))).toEqual([
      'data/maturity.yaml: preview: promises[0].criterion: unknown criterion "speed"',
      'data/labels.yaml: jobs: source[0].version: "2.1" is not a version S-FMTAG covers (1.8, 1.9, 1.10, 1.11)',
      'data/labels.yaml: metrics: labels[0].source[0].key: unknown source "S-NOPE"',
      'data/labels.yaml: gpu: feature: unknown id "gpus"',
      'data/labels.yaml: spartan: components[1]: unknown id "dns-forwarder"'
    ]);
  });

  it("an inferred label needs a note", () => {
    const input = maturityInput();
    delete find(input.labels, "debugging").labels[1].note;
    expect(problemsOf(() => loadMaturity(input, kb))).toEqual(["data/labels.yaml: debugging: labels[1].note: an inferred label needs a note saying why"]);
  });
});

describe("data/roadmap.yaml", () => {
  it("has 16 items, each with an outcome; 6 never shipped", () => {
    expect(roadmap).toHaveLength(16);
    expect(roadmap.filter((i) => i.outcome.status === "never").map((i) => i.id)).toEqual(["unified-api", "system-services", "package-profiles", "package-dependencies", "windows", "autoscaling"]);
    expect(roadmap.find((i) => i.id === "pods")!.outcome).toEqual({status: "shipped", release: "1.9", phase: "preview", track: {id: "pods", name: "Pods"}, inferred: false});
  });

  it("reports broken items and outcomes that disagree with the labels", () => {
    const input = roadmapInput();
    find(input, "pods").horizons["1.8"] = "soon";
    find(input, "gpu-support").outcome.phase = "stable";
    find(input, "windows").outcome.release = "2.0";
    find(input, "jobs").horizons["1.8"] = "long";
    expect(problemsOf(() => loadRoadmap(input, kb, maturity.features))).toEqual([
      'data/roadmap.yaml: pods: horizons.1.8: Invalid option: expected one of "near"|"medium"|"long"',
      "data/roadmap.yaml: windows: outcome.release: an item that never shipped has no release",
      "data/roadmap.yaml: jobs: removed.roadmap: removed from the 1.8 roadmap, so its horizon there must be null"
    ]);
    const again = roadmapInput();
    find(again, "gpu-support").outcome.phase = "stable";
    find(again, "metrics-api").outcome.track = "metrix";
    expect(problemsOf(() => loadRoadmap(again, kb, maturity.features))).toEqual([
      'data/roadmap.yaml: metrics-api: outcome.track: unknown labelled feature "metrix"',
      'data/roadmap.yaml: gpu-support: outcome.phase: "gpu" is "preview" in 1.9, not "stable"'
    ]);
  });
});
