// Addresses dcos-net gives named VIPs.
// Source: dcos/dcos-net apps/dcos_l4lb/src/dcos_l4lb_lashup_vip_listener.erl (`add_new_name_ipv4`:
// start at erlang:phash2(Name, Max - Min), try Min + ((start + 1 + k) rem (Max - Min)) until free;
// `add_new_name_ipv6`/`next_ip6`: the next free address after the range minimum), its
// `process_vips_tcp_test` (with Min 11.0.0.0, Max 11.0.0.254: "/foo" on "marathon" → 11.0.0.36, the first
// IPv6 name → fd01:c::1); erlang:phash2/2 for a binary from erts/emulator/beam/utils.c
// (`make_hash2` → `block_hash(bytes, len, HCONST_13)`, then `hash rem Range`).
import {formatIp, parseIp} from "./ip.js";

/** dcos-net's code defaults (`dcos_l4lb_config`): 11.0.0.0 to 11.255.255.254, fd01:c:: upwards. */
export const DCOS_NAMED_VIP_DEFAULTS = {minNamedIp: "11.0.0.0", maxNamedIp: "11.255.255.254", minNamedIp6: "fd01:c::"} as const;

function mix(a: number, b: number, c: number): [number, number, number] {
  a = (a - b - c) >>> 0; a = (a ^ (c >>> 13)) >>> 0;
  b = (b - c - a) >>> 0; b = (b ^ (a << 8)) >>> 0;
  c = (c - a - b) >>> 0; c = (c ^ (b >>> 13)) >>> 0;
  a = (a - b - c) >>> 0; a = (a ^ (c >>> 12)) >>> 0;
  b = (b - c - a) >>> 0; b = (b ^ (a << 16)) >>> 0;
  c = (c - a - b) >>> 0; c = (c ^ (b >>> 5)) >>> 0;
  a = (a - b - c) >>> 0; a = (a ^ (c >>> 3)) >>> 0;
  b = (b - c - a) >>> 0; b = (b ^ (a << 10)) >>> 0;
  c = (c - a - b) >>> 0; c = (c ^ (b >>> 15)) >>> 0;
  return [a, b, c];
}

const word = (k: readonly number[], o: number) => (k[o]! + (k[o + 1]! << 8) + (k[o + 2]! << 16) + k[o + 3]! * 0x1000000) >>> 0;

/** Bob Jenkins' lookup2 `block_hash` as in the Erlang VM. */
function blockHash(k: readonly number[], initval: number): number {
  let a = 0x9e3779b9;
  let b = 0x9e3779b9;
  let c = initval >>> 0;
  let o = 0;
  let len = k.length;
  while (len >= 12) {
    a = (a + word(k, o)) >>> 0;
    b = (b + word(k, o + 4)) >>> 0;
    c = (c + word(k, o + 8)) >>> 0;
    [a, b, c] = mix(a, b, c);
    o += 12;
    len -= 12;
  }
  c = (c + k.length) >>> 0;
  const at = (i: number, shift: number) => (k[o + i]! * 2 ** shift) >>> 0;
  if (len >= 11) c = (c + at(10, 24)) >>> 0;
  if (len >= 10) c = (c + at(9, 16)) >>> 0;
  if (len >= 9) c = (c + at(8, 8)) >>> 0;
  if (len >= 8) b = (b + at(7, 24)) >>> 0;
  if (len >= 7) b = (b + at(6, 16)) >>> 0;
  if (len >= 6) b = (b + at(5, 8)) >>> 0;
  if (len >= 5) b = (b + at(4, 0)) >>> 0;
  if (len >= 4) a = (a + at(3, 24)) >>> 0;
  if (len >= 3) a = (a + at(2, 16)) >>> 0;
  if (len >= 2) a = (a + at(1, 8)) >>> 0;
  if (len >= 1) a = (a + at(0, 0)) >>> 0;
  return mix(a, b, c)[2];
}

/** erlang:phash2(Binary, Range) for a binary holding the UTF-8 bytes of `text`. */
export function erlangPhash2Binary(text: string, range: number): number {
  const bytes = Array.from(new TextEncoder().encode(text));
  const hash = bytes.length === 0 ? 0x08d12e65 : blockHash(bytes, 0x08d12e65);
  return hash % range;
}

function ipv4ToInt(ip: string): number {
  const p = parseIp(ip);
  if (!p || p.family !== 4) throw new Error(`not an IPv4 address: ${ip}`);
  return ((p.bytes[0]! << 24) >>> 0) + (p.bytes[1]! << 16) + (p.bytes[2]! << 8) + p.bytes[3]!;
}

function intToIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

/**
 * IPv4 addresses for named VIPs (`<label>.<framework>` as dcos-net names them), allocated in sorted name
 * order into an empty table. dcos-net allocates as names appear and keeps them, so on a live cluster
 * an address can differ after collisions.
 */
export function allocateNamedVipIps(names: readonly string[], minIp: string = DCOS_NAMED_VIP_DEFAULTS.minNamedIp, maxIp: string = DCOS_NAMED_VIP_DEFAULTS.maxNamedIp): Map<string, string> {
  const min = ipv4ToInt(minIp);
  const span = ipv4ToInt(maxIp) - min;
  const taken = new Set<number>();
  const out = new Map<string, string>();
  for (const name of [...new Set(names)].sort()) {
    const start = erlangPhash2Binary(name, span);
    let next = start + 1;
    for (;;) {
      if (next % span === start) throw new Error("out of named VIP addresses");
      const ip = min + (next % span);
      if (!taken.has(ip)) {
        taken.add(ip);
        out.set(name, intToIpv4(ip));
        break;
      }
      next++;
    }
  }
  return out;
}

/** IPv6 addresses for named VIPs: the range minimum plus 1, 2, … in sorted name order. */
export function allocateNamedVipIp6s(names: readonly string[], minIp6: string = DCOS_NAMED_VIP_DEFAULTS.minNamedIp6): Map<string, string> {
  const p = parseIp(minIp6);
  if (!p || p.family !== 6) throw new Error(`not an IPv6 address: ${minIp6}`);
  let base = 0n;
  for (const b of p.bytes) base = (base << 8n) | BigInt(b);
  const out = new Map<string, string>();
  let k = 1n;
  for (const name of [...new Set(names)].sort()) {
    let v = base + k++;
    const bytes = new Array<number>(16);
    for (let i = 15; i >= 0; i--) {
      bytes[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    out.set(name, formatIp({family: 6, bytes}));
  }
  return out;
}
