// IP address parsing and canonical text, after Go's net.ParseIP / net.IP.String (what Mesos-DNS uses:
// mesosphere/mesos-dns records/generator.go `rrsKindForIP` — an address with a 4-byte form is an A
// record, anything else AAAA) and RFC 5952 for IPv6 text. Pure; no zones, no hostnames.

export interface ParsedIp {
  /** 4 for IPv4 (including IPv4-mapped IPv6 `::ffff:a.b.c.d`, as Go's To4 does), 6 otherwise. */
  family: 4 | 6;
  /** 4 bytes for family 4, 16 bytes for family 6. */
  bytes: number[];
}

function parseIpv4(s: string): number[] | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    // Go 1.17+ rejects leading zeros, as does Erlang's inet:parse_strict_address.
    if (!/^(0|[1-9]\d{0,2})$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

function parseIpv6(s: string): number[] | null {
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === "") return [];
    const out: number[] = [];
    const fields = part.split(":");
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (i === fields.length - 1 && f.includes(".")) {
        const v4 = parseIpv4(f);
        if (!v4) return null;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(f)) return null;
        out.push(Number.parseInt(f, 16));
      }
    }
    return out;
  };
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !tail) return null;
  let all: number[];
  if (halves.length === 2) {
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return null;
    all = [...head, ...new Array<number>(missing).fill(0), ...tail];
  } else {
    if (head.length !== 8) return null;
    all = head;
  }
  const bytes: number[] = [];
  for (const g of all) bytes.push(g >> 8, g & 0xff);
  return bytes;
}

/** Parses an IPv4 or IPv6 literal; null for anything else (hostnames, zones, empty strings). */
export function parseIp(text: string | undefined | null): ParsedIp | null {
  if (typeof text !== "string" || text === "") return null;
  if (!text.includes(":")) {
    const v4 = parseIpv4(text);
    return v4 ? {family: 4, bytes: v4} : null;
  }
  const v6 = parseIpv6(text);
  if (!v6) return null;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? {family: 4, bytes: v6.slice(12)} : {family: 6, bytes: v6};
}

/** Canonical text: dotted quad, or lower-case IPv6 with the longest run (≥ 2) of zero groups as `::`. */
export function formatIp(ip: ParsedIp): string {
  if (ip.family === 4) return ip.bytes.join(".");
  const g: number[] = [];
  for (let i = 0; i < 16; i += 2) g.push((ip.bytes[i]! << 8) | ip.bytes[i + 1]!);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(":");
  if (bestLen < 2) return hex(g);
  return `${hex(g.slice(0, bestStart))}::${hex(g.slice(bestStart + bestLen))}`;
}

/** The canonical text and record type of an IP literal, or null if it is not one. */
export function canonicalIp(text: string | undefined | null): {type: "A" | "AAAA"; ip: string} | null {
  const p = parseIp(text);
  return p ? {type: p.family === 4 ? "A" : "AAAA", ip: formatIp(p)} : null;
}
