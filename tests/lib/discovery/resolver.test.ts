// Lookups as Mesos-DNS answers them: mesosphere/mesos-dns resolver/resolver.go (HandleMesos,
// handleEmpty) and resolver/resolver_test.go TestHandlers (chronos.marathon.mesos. A → 1.2.3.11, also
// for "cHrOnOs.MARATHON.mesoS."; missing.mesos. A and AAAA → NXDOMAIN; chronos.marathon.mesos. AAAA →
// NOERROR with no answers) on the same fake.json with RFC 952 names.
import {describe, expect, it} from "vitest";
import {mesosDnsRecords, resolveDns, srvAdditionals, type MesosState} from "../../../src/lib/index.js";
import {fixtureState} from "./helpers.js";

const state: MesosState = {...fixtureState("mesos-dns-fake-state.json"), leader: "master@144.76.157.37:5050"};
const records = mesosDnsRecords(state, {labelSpec: "RFC952", masters: ["144.76.157.37:5050"]});

describe("resolveDns", () => {
  it("A record", () => {
    expect(resolveDns(records, "chronos.marathon.mesos.", "A")).toEqual({
      rcode: "NOERROR",
      answers: [{name: "chronos.marathon.mesos.", type: "A", value: "1.2.3.11"}]
    });
  });
  it("is case-insensitive and accepts a name without the trailing dot", () => {
    expect(resolveDns(records, "cHrOnOs.MARATHON.mesoS.", "A").answers).toEqual([{name: "chronos.marathon.mesos.", type: "A", value: "1.2.3.11"}]);
    expect(resolveDns(records, "CHRONOS.marathon.mesos", "A").answers).toEqual([{name: "chronos.marathon.mesos.", type: "A", value: "1.2.3.11"}]);
  });
  it("NXDOMAIN for a missing name, A or AAAA", () => {
    expect(resolveDns(records, "missing.mesos.", "A")).toEqual({rcode: "NXDOMAIN", answers: []});
    expect(resolveDns(records, "missing.mesos.", "AAAA")).toEqual({rcode: "NXDOMAIN", answers: []});
    expect(resolveDns(records, "missing.mesos.", "ANY").rcode).toBe("NXDOMAIN");
    expect(resolveDns(records, "leader.mesos.", "ANY").rcode).toBe("NOERROR");
  });
  it("NOERROR with no answers for an existing name without records of the type", () => {
    expect(resolveDns(records, "chronos.marathon.mesos.", "AAAA")).toEqual({rcode: "NOERROR", answers: []});
    expect(resolveDns(records, "_chronos._tcp.marathon.mesos.", "A")).toEqual({rcode: "NOERROR", answers: []});
    expect(resolveDns(records, "_chronos._tcp.marathon.mesos.", "SRV").answers.map((r) => r.value)).toEqual(["chronos-rx8q6-0.marathon.slave.mesos.:31332"]);
  });
  it("an SRV query without answers is NOERROR even for a missing name (handleEmpty)", () => {
    expect(resolveDns(records, "_missing._tcp.marathon.mesos.", "SRV")).toEqual({rcode: "NOERROR", answers: []});
    expect(resolveDns(records, "_missing._tcp.marathon.mesos.", "A")).toEqual({rcode: "NXDOMAIN", answers: []});
  });
  it("SRV answers with the targets' addresses as additional records", () => {
    const r = resolveDns(records, "_liquor-store._tcp.marathon.mesos.", "SRV");
    expect(r.rcode).toBe("NOERROR");
    expect(r.answers.map((a) => a.value)).toEqual([
      "liquor-store-4dfjd-0.marathon.mesos.:443",
      "liquor-store-4dfjd-0.marathon.mesos.:80",
      "liquor-store-zasmd-1.marathon.mesos.:443",
      "liquor-store-zasmd-1.marathon.mesos.:80"
    ]);
    expect(srvAdditionals(records, r.answers)).toEqual([
      {name: "liquor-store-4dfjd-0.marathon.mesos.", type: "A", value: "1.2.3.11"},
      {name: "liquor-store-zasmd-1.marathon.mesos.", type: "A", value: "1.2.3.12"}
    ]);
  });
  it("ANY returns SRV, then A, then AAAA", () => {
    const r = resolveDns(records, "slave.mesos.", "ANY");
    expect(r.answers.map((a) => `${a.type} ${a.value}`)).toEqual(["A 1.2.3.10", "A 1.2.3.11", "A 1.2.3.12", "AAAA 2001:db8::1"]);
    const t = resolveDns(records, "toy-store.ipv6-framework.mesos.", "ANY");
    expect(t.answers.map((a) => `${a.type} ${a.value}`)).toEqual(["A 12.0.1.2", "A 12.0.1.3", "AAAA fd01:b::1:8000:2"]);
  });
  it("removes .* wildcards like Mesos-DNS cleanWild", () => {
    expect(resolveDns(records, "leader.*.mesos.", "A").answers).toEqual([{name: "leader.mesos.", type: "A", value: "144.76.157.37"}]);
  });
  it("matches record names exactly: the legacy raw names keep their dots", () => {
    expect(resolveDns(records, "liquor.store.marathon.mesos.", "A").answers.map((a) => a.value)).toEqual(["1.2.3.11", "1.2.3.12"]);
  });
});
