// Comparing two runs event by event: where a fork's trace first differs from the run it came from.
import type {SimTraceEvent} from "./trace.js";

/** The index of the first event that differs in time, kind or sentence; -1 when the traces are equal. */
export function firstDivergence(a: readonly SimTraceEvent[], b: readonly SimTraceEvent[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.time !== y.time || x.kind !== y.kind || x.explain !== y.explain) return i;
  }
  return a.length === b.length ? -1 : n;
}
