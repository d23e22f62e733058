// Port resources are ranges, not scalars: `[[31000, 32000]]` means ports 31000 to 32000 inclusive.
// They are offered and used like other resources but take no part in DRF shares (Mesos counts only
// scalars there: src/master/allocator/mesos/sorter/drf/sorter.cpp, calculateShare).

/** An inclusive range of ports `[begin, end]`. */
export type PortRange = readonly [number, number];

/** Sorted, merged, non-overlapping copy of `ranges`. */
export function normalisePorts(ranges: readonly PortRange[]): PortRange[] {
  const sorted = ranges.filter(([b, e]) => e >= b).map(([b, e]) => [b, e] as [number, number]);
  sorted.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else out.push(range);
  }
  return out;
}

export function portCount(ranges: readonly PortRange[]): number {
  let n = 0;
  for (const [b, e] of ranges) n += e - b + 1;
  return n;
}

export function addPorts(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  return normalisePorts([...a, ...b]);
}

/** `a` without the ports in `b`. */
export function subtractPorts(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  let rest = normalisePorts(a) as [number, number][];
  for (const [rb, re] of normalisePorts(b)) {
    const next: [number, number][] = [];
    for (const [b0, e0] of rest) {
      if (re < b0 || rb > e0) next.push([b0, e0]);
      else {
        if (rb > b0) next.push([b0, rb - 1]);
        if (re < e0) next.push([re + 1, e0]);
      }
    }
    rest = next;
  }
  return rest;
}

/** True when every port of `inner` is in `outer`. */
export function portsContain(outer: readonly PortRange[], inner: readonly PortRange[]): boolean {
  return portCount(subtractPorts(inner, outer)) === 0;
}

/** The lowest `n` ports of `ranges`, as ranges (empty when fewer than `n` are there). */
export function takePorts(ranges: readonly PortRange[], n: number): PortRange[] {
  if (n <= 0 || portCount(ranges) < n) return [];
  const out: PortRange[] = [];
  let left = n;
  for (const [b, e] of normalisePorts(ranges)) {
    if (left === 0) break;
    const take = Math.min(left, e - b + 1);
    out.push([b, b + take - 1]);
    left -= take;
  }
  return out;
}

/** "31000-31002, 31010" */
export function formatPorts(ranges: readonly PortRange[]): string {
  return normalisePorts(ranges)
    .map(([b, e]) => (b === e ? String(b) : `${b}-${e}`))
    .join(", ");
}
