// Resource arithmetic for the Mesos model: the scalars cpus, mem (MB) and disk (MB), rounded to
// Mesos's fixed-point precision so sums and differences never drift.

import {SCALAR_PRECISION} from "./constants.js";

/** Scalar resource quantities by name, e.g. `{cpus: 2, mem: 1024}` (what DrfSorter takes). */
export type ResourceVector = Readonly<Record<string, number>>;

/** The scalar resources the Mesos model tracks on every agent, offer and task. */
export type MesosScalars = {
  readonly cpus: number;
  /** MB */
  readonly mem: number;
  /** MB */
  readonly disk: number;
};

/** The scalar names used for DRF shares in the Mesos model, in display order. */
export const MESOS_SCALAR_NAMES = ["cpus", "mem", "disk"] as const;

export const ZERO_SCALARS: MesosScalars = Object.freeze({cpus: 0, mem: 0, disk: 0});

// A module-local copy: hot paths should not go through an imported binding.
const PRECISION = SCALAR_PRECISION;

/** Rounds to Mesos's three decimal digits. */
export function roundScalar(value: number): number {
  return Math.round(value * PRECISION) / PRECISION;
}

export function addScalars(a: MesosScalars, b: MesosScalars): MesosScalars {
  return {cpus: roundScalar(a.cpus + b.cpus), mem: roundScalar(a.mem + b.mem), disk: roundScalar(a.disk + b.disk)};
}

export function subtractScalars(a: MesosScalars, b: MesosScalars): MesosScalars {
  return {cpus: roundScalar(a.cpus - b.cpus), mem: roundScalar(a.mem - b.mem), disk: roundScalar(a.disk - b.disk)};
}

/** True when `need` fits in `have`, name by name. */
export function scalarsFit(need: MesosScalars, have: MesosScalars): boolean {
  return need.cpus <= have.cpus && need.mem <= have.mem && need.disk <= have.disk;
}

export function isZeroScalars(r: MesosScalars): boolean {
  return r.cpus === 0 && r.mem === 0 && r.disk === 0;
}

/**
 * The dominant share of `allocated` against `total`: the largest allocated/total over the names
 * with a non-zero total, divided by `weight` (Mesos's DRFSorter::calculateShare).
 */
export function dominantShare(allocated: MesosScalars, total: MesosScalars, weight = 1): number {
  let share = 0;
  if (total.cpus > 0) share = Math.max(share, allocated.cpus / total.cpus);
  if (total.mem > 0) share = Math.max(share, allocated.mem / total.mem);
  if (total.disk > 0) share = Math.max(share, allocated.disk / total.disk);
  return share / weight;
}

/** The resource name that gives the dominant share (ties: cpus, then mem, then disk). */
export function dominantResource(allocated: MesosScalars, total: MesosScalars): "cpus" | "mem" | "disk" | undefined {
  let best: "cpus" | "mem" | "disk" | undefined;
  let share = 0;
  for (const name of MESOS_SCALAR_NAMES) {
    if (total[name] > 0 && allocated[name] / total[name] > share) {
      share = allocated[name] / total[name];
      best = name;
    }
  }
  return best;
}

function formatNumber(value: number): string {
  return String(roundScalar(value));
}

/** "4 CPUs and 4096 MB", "1 CPU, 512 MB and 100 MB disk". */
export function formatScalars(r: MesosScalars): string {
  const parts = [`${formatNumber(r.cpus)} ${r.cpus === 1 ? "CPU" : "CPUs"}`, `${formatNumber(r.mem)} MB`];
  if (r.disk > 0) parts.push(`${formatNumber(r.disk)} MB disk`);
  return parts.length === 2 ? parts.join(" and ") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** "<2 CPUs, 1024 MB>", the notation of the Mesos architecture doc */
export function formatScalarsShort(r: MesosScalars): string {
  const disk = r.disk > 0 ? `, ${formatNumber(r.disk)} MB disk` : "";
  return `<${formatNumber(r.cpus)} ${r.cpus === 1 ? "CPU" : "CPUs"}, ${formatNumber(r.mem)} MB${disk}>`;
}

/** Whether free resources are worth offering (`--min_allocatable_resources`: any one set suffices). */
export function isAllocatable(r: MesosScalars, minimum: readonly Readonly<Record<string, number>>[]): boolean {
  return compileMinimum(minimum)(r);
}

/** A fast check for one `--min_allocatable_resources` value (any set suffices; all names of a set must be met). */
export function compileMinimum(minimum: readonly Readonly<Record<string, number>>[]): (r: MesosScalars) => boolean {
  // Each set becomes "cpus ≥ a and mem ≥ b and disk ≥ c" (0 where not named); names the model
  // does not track can never be met.
  const sets = minimum.map((set) => {
    const unknown = Object.keys(set).some((name) => !(MESOS_SCALAR_NAMES as readonly string[]).includes(name) && (set[name] ?? 0) > 0);
    return {cpus: set.cpus ?? 0, mem: set.mem ?? 0, disk: set.disk ?? 0, never: unknown};
  });
  return (r) => {
    for (const m of sets) if (!m.never && r.cpus >= m.cpus && r.mem >= m.mem && r.disk >= m.disk) return true;
    return false;
  };
}
