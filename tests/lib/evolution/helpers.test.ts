import {describe, expect, it} from "vitest";
import {
  describePath,
  filterLabelled,
  labelsAt,
  maturityPath,
  neverShipped,
  phaseRuns,
  promisesOf,
  roadmapColumn,
  roadmapCounts,
  roadmapMoves,
  shippedByRelease
} from "../../../src/lib/evolution/helpers.js";
import {maturity, roadmap} from "./data.js";

const f = maturity.features;
const path = (id: string) => maturityPath(f, id).map((s) => `${s.release}:${s.phase}`);

describe("maturity paths, as the sources give them", () => {
  it("Jobs: Preview from 1.8 through 1.11", () => {
    expect(path("jobs")).toEqual(["1.8:preview", "1.9:preview", "1.10:preview", "1.11:preview"]);
    expect(describePath(f, "jobs")).toBe("Jobs (Metronome): Preview in 1.8 to 1.11. No later label was found after 1.11.");
  });
  it("pods: Preview from 1.9; pods with persistent volumes Beta in 1.11", () => {
    expect(path("pods")).toEqual(["1.9:preview", "1.10:preview", "1.11:preview"]);
    expect(path("pods-persistent-volumes")).toEqual(["1.11:beta"]);
  });
  it("GPU: Preview from 1.9 through 1.11", () => {
    expect(path("gpu")).toEqual(["1.9:preview", "1.10:preview", "1.11:preview"]);
  });
  it("UCR: Experimental in 1.8, Preview 1.9 to 1.11", () => {
    expect(path("ucr")).toEqual(["1.8:experimental", "1.9:preview", "1.10:preview", "1.11:preview"]);
    expect(phaseRuns(f, "ucr")).toEqual([
      {phase: "experimental", from: "1.8", to: "1.8"},
      {phase: "preview", from: "1.9", to: "1.11"}
    ]);
  });
  it("virtual networks: Preview 1.8 to 1.11; subnet isolation Experimental in 1.8", () => {
    expect(path("virtual-networks")).toEqual(["1.8:preview", "1.9:preview", "1.10:preview", "1.11:preview"]);
    expect(path("virtual-network-isolation")).toEqual(["1.8:experimental"]);
  });
  it("Spartan deprecated in 1.11, removed in 2.1; the history service retired in 1.13, removed in 2.1", () => {
    expect(path("spartan")).toEqual(["1.11:deprecated", "2.1:decommissioned"]);
    expect(describePath(f, "spartan")).toBe("Spartan DNS forwarder: Deprecated in 1.11, then Decommissioned in 2.1. It is gone from that release on.");
    expect(path("history-service")).toEqual(["1.13:retired", "2.1:decommissioned"]);
    expect(path("no-such-feature")).toEqual([]);
  });
});

describe("labels by release", () => {
  it("lists what was Preview in 1.9 and Experimental in 1.8", () => {
    expect(labelsAt(f, "1.9", "preview").map((x) => x.feature.id)).toEqual(["ucr", "jobs", "virtual-networks", "local-universe", "aws-ami", "pods", "gpu", "debugging", "logging", "metrics", "multi-zone-ha"]);
    expect(labelsAt(f, "1.8", "experimental").map((x) => x.feature.id)).toEqual(["ucr", "virtual-network-isolation", "sso-saml-oidc", "external-storage"]);
    expect(labelsAt(f, "1.8").length).toBe(15);
    expect(labelsAt(f, "2.2").map((x) => `${x.feature.id}:${x.label.phase}`)).toEqual(["marathon-offer-constraints:experimental"]);
  });
  it("filters by area, phase and release together", () => {
    expect(filterLabelled(f, {area: "networking", phase: "preview", release: "1.10"}).map((x) => x.id)).toEqual(["virtual-networks", "cni-plugins"]);
    expect(filterLabelled(f, {phase: "decommissioned"}).map((x) => x.id)).toEqual(["gui-installer", "spartan", "mesos-json-endpoints", "history-service", "marathon-appc", "gpu-scheduling-undefined"]);
    expect(filterLabelled(f, {}).length).toBe(f.length);
  });
  it("says what a phase promised", () => {
    expect(promisesOf(maturity.phases, "experimental").map((p) => `${p.criterion}:${p.level}`)).toEqual([
      "functionality:partial",
      "interfaces:partial",
      "documentation:partial",
      "functional-test:none",
      "system-test:none",
      "dogfooding:none"
    ]);
    expect(promisesOf(maturity.phases, "beta")).toEqual([]);
  });
});

describe("the roadmaps", () => {
  it("1.7 has 16 items: 5 near, 8 medium, 3 long; 1.8 has 10: 8 near, 2 long", () => {
    expect(roadmapCounts(roadmap, "1.7")).toEqual({total: 16, near: 5, medium: 8, long: 3});
    expect(roadmapCounts(roadmap, "1.8")).toEqual({total: 10, near: 8, medium: 0, long: 2});
    expect(roadmapColumn(roadmap, "1.8", "long").map((i) => i.id)).toEqual(["debugging", "autoscaling"]);
  });
  it("moves between 1.7 and 1.8: 8 came closer, 2 stayed, 5 dropped, Jobs removed", () => {
    const moves = roadmapMoves(roadmap);
    const by = (m: string) => moves.filter((x) => x.move === m).map((x) => x.item.id);
    expect(by("closer")).toEqual(["pods", "metrics-api", "unified-logging", "system-services", "package-profiles", "package-dependencies", "gpu-support", "windows"]);
    expect(by("same")).toEqual(["debugging", "autoscaling"]);
    expect(by("dropped")).toEqual(["unified-api", "cni-support", "virtual-networks", "edge-load-balancing", "external-volumes"]);
    expect(by("removed")).toEqual(["jobs"]);
  });
  it("what shipped where, and what never did", () => {
    expect(shippedByRelease(roadmap).map((g) => `${g.release}:${g.items.length}`)).toEqual(["1.8:4", "1.9:5", "1.11:1"]);
    expect(neverShipped(roadmap).map((i) => i.name)).toEqual(["Unified DC/OS API", "System services", "Package profiles", "Package dependencies", "DC/OS on Windows", "Autoscaling"]);
  });
});
