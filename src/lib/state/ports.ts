// Port ranges as `/state` writes them: `"[31000-31005, 31010-31010]"`.
// Source: mesosphere/mesos-dns records/state/state.go `Resources.Ports` (split on `[`, `]`, `,`; each
// `lo-hi` expanded in order; malformed entries skipped) and its test `TestResources_Ports`.

/** Expands a ranges string into the individual ports, in the order written. `""` and `"[]"` give `[]`. */
export function parsePortRanges(ranges: string | undefined | null): number[] {
  if (typeof ranges !== "string") return [];
  const open = ranges.indexOf("[");
  const inner = (open >= 0 ? ranges.slice(open + 1) : ranges).split("]")[0] ?? "";
  if (inner.trim() === "") return [];
  const ports: number[] = [];
  for (const entry of inner.split(",")) {
    const bounds = entry.trim().split("-");
    const lo = toInt(bounds[0]);
    // A single number is taken as a one-port range (Mesos itself always writes `lo-hi`).
    const hi = bounds.length > 1 ? toInt(bounds[1]) : lo;
    if (lo === null || hi === null) continue;
    for (let p = lo; p <= hi; p++) ports.push(p);
  }
  return ports;
}

/** Writes ports back as Mesos ranges, merging consecutive ports: `[31000, 31001, 31005]` → `"[31000-31001, 31005-31005]"`. */
export function formatPortRanges(ports: readonly number[]): string {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const lo = sorted[i]!;
    let hi = lo;
    while (i + 1 < sorted.length && sorted[i + 1] === hi + 1) hi = sorted[++i]!;
    parts.push(`${lo}-${hi}`);
    i++;
  }
  return `[${parts.join(", ")}]`;
}

function toInt(s: string | undefined): number | null {
  if (s === undefined) return null;
  const t = s.trim();
  return /^[+-]?\d+$/.test(t) ? Number.parseInt(t, 10) : null;
}
