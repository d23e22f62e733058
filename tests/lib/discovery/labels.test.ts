// Label rules, case by case from mesosphere/mesos-dns records/labels/labels_test.go (TestRFC952,
// TestRFC1123, TestDomainFrag_*, the shared `testFunc`/`testDomainFrag` tables and the quick-check
// properties) and dcos/mesos_state src/mesos_state.erl `remap_test`.
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {dcosNetDomainFrag, dcosNetLabel, sanitizeDomain, sanitizeLabel} from "../../../src/lib/index.js";

// labels_test.go writes these two keys literally: "hello" + 56 dashes + "f" and "hello" + 58 dashes + "f".
const HELLO56 = `hello${"-".repeat(56)}f`;
const HELLO58 = `hello${"-".repeat(58)}f`;

// `testFunc` base table, applied to both specs.
const BASE: [string, string][] = [
  ["", ""],
  ["a", "a"],
  ["-", ""],
  ["a---", "a"],
  ["---a---", "a"],
  ["---a---b", "a---b"],
  ["a.b.c.d.e", "a-b-c-d-e"],
  ["a.c.d_de.", "a-c-d-de"],
  ["abc123", "abc123"],
  ["-abc123", "abc123"],
  ["abc123-", "abc123"],
  ["abc-123", "abc-123"],
  ["abc--123", "abc--123"],
  ["r29f.dev.angrypigs", "r29f-dev-angrypigs"],
  [HELLO58, "hellof"]
];

const RFC952: [string, string][] = [
  ["4abc123", "abc123"],
  ["-4abc123", "abc123"],
  ["fd%gsf---gs7-f$gs--d7fddg-123", "fdgsf---gs7-fgs--d7fddg1"],
  ["89fdgsf---gs7-fgs--d7fddg-123", "fdgsf---gs7-fgs--d7fddg1"],
  ["89fdgsf---gs7-fgs--d7fddg---123", "fdgsf---gs7-fgs--d7fddg1"],
  ["89fdgsf---gs7-fgs--d7fddg-", "fdgsf---gs7-fgs--d7fddg"],
  ["chronos with a space AND MIXED CASE-2.0.1", "chronoswithaspaceandmixe"],
  ["chronos with a space AND----------MIXED--", "chronoswithaspaceandmixe"],
  [HELLO56, "hellof"]
];

const RFC1123: [string, string][] = [
  ["4abc123", "4abc123"],
  ["-4abc123", "4abc123"],
  ["89fdgsf---gs7-fgs--d7fddg-123", "89fdgsf---gs7-fgs--d7fddg-123"],
  ["89fdgsf---gs7-fgs--d7fddg---123", "89fdgsf---gs7-fgs--d7fddg---123"],
  ["89fdgsf---gs7-fgs--d7fddg-", "89fdgsf---gs7-fgs--d7fddg"],
  ["fd%gsf---gs7-f$gs--d7fddg-123", "fdgsf---gs7-fgs--d7fddg-123"],
  ["fd%gsf---gs7-f$gs--d7fddg123456789012345678901234567890123456789-123", "fdgsf---gs7-fgs--d7fddg1234567890123456789012345678901234567891"],
  ["$$fdgsf---gs7-fgs--d7fddg123456789012345678901234567890123456789-123", "fdgsf---gs7-fgs--d7fddg1234567890123456789012345678901234567891"],
  ["%%fdgsf---gs7-fgs--d7fddg123456789012345678901234567890123456789---123", "fdgsf---gs7-fgs--d7fddg1234567890123456789012345678901234567891"],
  ["##fdgsf---gs7-fgs--d7fddg123456789012345678901234567890123456789-", "fdgsf---gs7-fgs--d7fddg123456789012345678901234567890123456789"],
  [HELLO56, HELLO56]
];

const DOMAIN_BASE: [string, string][] = [
  ["", ""],
  [".", ""],
  ["..", ""],
  ["...", ""],
  ["a", "a"],
  ["abc", "abc"],
  ["abc.", "abc"],
  [".abc", "abc"],
  ["a.c", "a.c"],
  [".a.c", "a.c"],
  ["a.c.", "a.c"],
  ["a..c", "a.c"],
  ["ab.c", "ab.c"],
  ["ab.cd", "ab.cd"],
  ["ab.cd.efg", "ab.cd.efg"],
  ["a.c.e", "a.c.e"],
  ["a..c.e", "a.c.e"],
  ["a.c..e", "a.c.e"],
  ["host.com", "host.com"],
  ["space space.com", "spacespace.com"],
  ["blah-dash.com", "blah-dash.com"],
  ["not$1234.com", "not1234.com"],
  ["(@ host . com", "host.com"],
  ["MiXeDcase.CoM", "mixedcase.com"]
];

describe("sanitizeLabel (Mesos-DNS labels.go)", () => {
  it.each([...BASE, ...RFC952])("RFC952 %j → %j", (input, want) => {
    expect(sanitizeLabel(input, "RFC952")).toBe(want);
  });
  it.each([...BASE, ...RFC1123])("RFC1123 %j → %j", (input, want) => {
    expect(sanitizeLabel(input, "RFC1123")).toBe(want);
  });
  it("defaults to RFC 1123", () => {
    expect(sanitizeLabel("4abc123")).toBe("4abc123");
    expect(sanitizeLabel("x".repeat(70))).toBe("x".repeat(63));
    expect(sanitizeLabel("x".repeat(70), "RFC952")).toBe("x".repeat(24));
  });
  it("a cut inside a run of dashes refills from after the run", () => {
    // 20 letters, 10 dashes, "tail": the RFC 952 cut at 24 falls in the dashes.
    expect(sanitizeLabel(`${"a".repeat(20)}${"-".repeat(10)}tail`, "RFC952")).toBe(`${"a".repeat(20)}tail`);
    // A cut right after a dash drops the dash.
    expect(sanitizeLabel(`${"a".repeat(23)}-bcd`, "RFC952")).toBe(`${"a".repeat(23)}b`);
  });
  it("drops non-ASCII letters and maps _ and . to -", () => {
    expect(sanitizeLabel("Café_Crème.v2")).toBe("caf-crme-v2");
  });

  const charset = /^[0-9a-z-]*$/;
  it("properties: charset, lengths, no leading dash (RFC 1123) or digit/dash (RFC 952)", () => {
    fc.assert(
      fc.property(fc.string({unit: "binary", maxLength: 120}), (s) => {
        const a = sanitizeLabel(s, "RFC1123");
        const b = sanitizeLabel(s, "RFC952");
        return charset.test(a) && charset.test(b) && a.length <= 63 && b.length <= 24 && !a.startsWith("-") && !/^[-0-9]/.test(b);
      }),
      {numRuns: 2000}
    );
  });
});

describe("sanitizeDomain (Mesos-DNS DomainFrag)", () => {
  it.each([...DOMAIN_BASE, ["pod_123$abc.marathon-0.6.0-dev.mesos", "pod-123abc.marathon-0.dev.mesos"]])("RFC952 %j → %j", (input, want) => {
    expect(sanitizeDomain(input, "RFC952")).toBe(want);
  });
  it.each([...DOMAIN_BASE, ["pod_123$abc.marathon-0.6.0-dev.mesos", "pod-123abc.marathon-0.6.0-dev.mesos"]])("RFC1123 %j → %j", (input, want) => {
    expect(sanitizeDomain(input, "RFC1123")).toBe(want);
  });
  it("keeps dots as separators: the naming.md example framework", () => {
    expect(`${sanitizeLabel("apiserver.myservice")}.${sanitizeDomain("marathon.prod")}.mesos`).toBe("apiserver-myservice.marathon.prod.mesos");
  });
});

describe("dcosNetLabel (mesos_state:label/1)", () => {
  it.each([
    ["fd%gsf---gs7-f$gs--d7fddg-123", "fdgsf---gs7-fgs--d7fddg-123"],
    ["4abc123", "4abc123"],
    ["89fdgsf---gs7-fgs--d7fddg-123", "89fdgsf---gs7-fgs--d7fddg-123"],
    ["##fdgsf---gs7-fgs--d7fddg123456789012345678901234567890123456789-", "fdgsf---gs7-fgs--d7fddg123456789012345678901234567890123456789"],
    ["fd%gsf---gs7-f$gs--d7fddg123456789012345678901234567890123456789-123", "fdgsf---gs7-fgs--d7fddg1234567890123456789012345678901234567891"],
    ["89fdgsf---gs7-fgs--d7fddg---123", "89fdgsf---gs7-fgs--d7fddg---123"],
    ["%%fdgsf---gs7-fgs--d7fddg123456789012345678901234567890123456789---123", "fdgsf---gs7-fgs--d7fddg1234567890123456789012345678901234567891"],
    ["-4abc123", "4abc123"],
    ["$$fdgsf---gs7-fgs--d7fddg123456789012345678901234567890123456789-123", "fdgsf---gs7-fgs--d7fddg1234567890123456789012345678901234567891"],
    ["89fdgsf---gs7-fgs--d7fddg-", "89fdgsf---gs7-fgs--d7fddg"],
    ["0-0", "0-0"]
  ])("%j → %j", (input, want) => {
    expect(dcosNetLabel(input)).toBe(want);
  });
  it("turns dots into dashes (one label) and upper case into lower case", () => {
    expect(dcosNetLabel("myapp.mygroup")).toBe("myapp-mygroup");
    expect(dcosNetLabel("/MyGroup/MyApp")).toBe("mygroupmyapp");
  });
  it("differs from Mesos-DNS after a cut: later dashes are dropped, not refilled", () => {
    const s = `hello${"-".repeat(58)}f-g`;
    expect(dcosNetLabel(s)).toBe("hellofg");
    expect(sanitizeLabel(s)).toBe("hellof-g");
  });
  it("dcosNetDomainFrag keeps a part that labels to empty", () => {
    expect(dcosNetDomainFrag("/foo")).toBe("foo");
    expect(dcosNetDomainFrag("api.hello-world")).toBe("api.hello-world");
    expect(dcosNetDomainFrag("a.$.b")).toBe("a..b");
    expect(sanitizeDomain("a.$.b")).toBe("a.b");
  });
});
