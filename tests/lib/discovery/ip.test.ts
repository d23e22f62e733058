// IP parsing/formatting (Go net.ParseIP / IP.String semantics), SHA-1 and z-base-32.
import {describe, expect, it} from "vitest";
import {canonicalIp, formatIp, parseIp, sha1, zbase32Encode} from "../../../src/lib/index.js";

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, "0")).join("");

describe("parseIp / formatIp", () => {
  it.each([
    ["1.2.3.4", "A", "1.2.3.4"],
    ["2001:db8::1", "AAAA", "2001:db8::1"],
    ["2001:0DB8:0:0:0:0:0:1", "AAAA", "2001:db8::1"],
    ["fd01:b::1:8000:2", "AAAA", "fd01:b::1:8000:2"],
    ["fd01:b:0:0:2:8000:0:2", "AAAA", "fd01:b::2:8000:0:2"],
    ["::", "AAAA", "::"],
    ["::1", "AAAA", "::1"],
    ["1:0:0:2:0:0:0:3", "AAAA", "1:0:0:2::3"],
    ["1:0:2:0:3:0:4:0", "AAAA", "1:0:2:0:3:0:4:0"],
    ["::ffff:10.0.0.1", "A", "10.0.0.1"],
    ["64:ff9b::10.0.0.1", "AAAA", "64:ff9b::a00:1"]
  ])("%s → %s %s", (text, type, ip) => {
    expect(canonicalIp(text)).toEqual({type, ip});
  });
  it.each(["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1::2::3", "1:2:3:4:5:6:7:8:9", "localhost", "fe80::1%eth0", "[::1]"])("rejects %j", (text) => {
    expect(parseIp(text)).toBeNull();
  });
  it("formats bytes", () => {
    expect(formatIp({family: 6, bytes: [0xfd, 1, 0, 0xc, ...new Array<number>(11).fill(0), 1]})).toBe("fd01:c::1");
  });
});

describe("sha1 and zbase32", () => {
  it("FIPS 180 test vectors", () => {
    expect(hex(sha1("abc"))).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(hex(sha1(""))).toBe("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    expect(hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).toBe("84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    expect(hex(sha1("a".repeat(1000)))).toBe("291e9a6c66994949b57ba5e650361e98fc36b1ba");
  });
  it("z-base-32 (tv42/zbase32 test vectors)", () => {
    expect(zbase32Encode([])).toBe("");
    expect(zbase32Encode([0xf0, 0xbf, 0xc7])).toBe("6n9hq");
    expect(zbase32Encode([0xd4, 0x7a, 0x04])).toBe("4t7ye");
  });
});
