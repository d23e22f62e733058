// Release arithmetic across records: merges and renames line up with `until`, units and ports
// live within their component's releases, no two ports collide, and every release is listed once.
import type {ComponentRecord} from "./components.js";
import {portRecordRanges, type PortRecord} from "./ports.js";
import type {ReleaseRecord} from "./release-records.js";
import {compareDcosReleases, DCOS_RELEASES, inDcosRelease, previousDcosRelease, withinDcosRange, type DcosReleaseRange} from "./releases.js";

const span = (r: DcosReleaseRange) => `${r.since}–${r.until ?? "2.2"}`;

function overlaps(a: DcosReleaseRange, b: DcosReleaseRange): boolean {
  return DCOS_RELEASES.some((release) => inDcosRelease(a, release) && inDcosRelease(b, release));
}

export function componentRangeProblems(components: readonly ComponentRecord[], file: string): string[] {
  const problems: string[] = [];
  const byId = new Map(components.map((c) => [c.id, c]));
  for (const c of components) {
    const at = (field: string, problem: string) => problems.push(`${file}: ${c.id}: ${field}: ${problem}`);
    c.dependsOn.forEach((id, i) => {
      const target = byId.get(id);
      if (id === c.id) at(`dependsOn[${i}]`, "a component cannot depend on itself");
      else if (target && !overlaps(c, target)) at(`dependsOn[${i}]`, `"${id}" (${span(target)}) never exists alongside this component (${span(c)})`);
    });
    for (const field of ["mergedInto", "replacedBy"] as const) {
      const change = c[field];
      if (!change) continue;
      const expected = previousDcosRelease(change.in);
      if (c.until !== expected) at("until", `expected "${expected ?? "none"}", the release before ${field}.in "${change.in}"`);
      const target = byId.get(change.id);
      if (target && !inDcosRelease(target, change.in)) at(`${field}.in`, `"${change.id}" does not exist in ${change.in} (${span(target)})`);
    }
    if (c.renamedFrom) {
      const {in: release} = c.renamedFrom;
      if (compareDcosReleases(release, c.since) <= 0 || !inDcosRelease(c, release)) at("renamedFrom.in", `must fall after since and within ${span(c)}`);
    }
    c.units.forEach((unit, i) => {
      if (typeof unit === "string") return;
      const range = {since: unit.since ?? c.since, until: unit.until === undefined ? c.until : unit.until};
      if (compareDcosReleases(range.since, range.until ?? "2.2") > 0) at(`units[${i}].until`, `comes before since "${range.since}"`);
      else if (!withinDcosRange(range, c)) at(`units[${i}]`, `its releases (${span(range)}) fall outside the component's (${span(c)})`);
      unit.nodeTypes?.forEach((type, j) => {
        if (!c.nodeTypes.includes(type)) at(`units[${i}].nodeTypes[${j}]`, `"${type}" is not one of the component's node types`);
      });
    });
  }
  return problems;
}

/** The lowest port in both lists of ranges, if any. */
function firstSharedPort(a: readonly {from: number; to: number}[], b: readonly {from: number; to: number}[]): number | undefined {
  let best: number | undefined;
  for (const x of a) {
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      if (from <= Math.min(x.to, y.to) && (best === undefined || from < best)) best = from;
    }
  }
  return best;
}

export function portOverlapProblems(ports: readonly PortRecord[], components: readonly ComponentRecord[], file: string): string[] {
  const problems: string[] = [];
  const byId = new Map(components.map((c) => [c.id, c]));
  ports.forEach((p, index) => {
    const owner = byId.get(p.component);
    if (owner && !inDcosRelease(owner, p.since)) problems.push(`${file}: ${p.id}: since: "${p.since}" is outside the releases of "${owner.id}" (${span(owner)})`);
    else if (owner && !withinDcosRange(p, owner)) problems.push(`${file}: ${p.id}: until: "${p.until ?? "null"}" is after the last release of "${owner.id}" (${span(owner)})`);
    const mine = portRecordRanges(p);
    for (const q of ports.slice(0, index)) {
      if (q.protocol !== p.protocol) continue;
      const shared = firstSharedPort(mine, portRecordRanges(q));
      if (shared === undefined) continue;
      const node = p.nodeTypes.find((type) => q.nodeTypes.includes(type));
      const release = DCOS_RELEASES.find((r) => inDcosRelease(p, r) && inDcosRelease(q, r));
      if (node && release) problems.push(`${file}: ${p.id}: port: ${p.protocol} ${shared} on ${node} in ${release} is also claimed by "${q.id}"`);
    }
  });
  return problems;
}

/** The expected id of the record for a release: `dcos-1-10` for 1.10. */
export function dcosReleaseRecordId(version: string): string {
  return `dcos-${version.replace(/\./g, "-")}`;
}

export function releaseListProblems(records: readonly ReleaseRecord[], file: string): string[] {
  const problems: string[] = [];
  const releases = records.filter((r) => r.kind === "release");
  releases.forEach((r, i) => {
    if (r.id !== dcosReleaseRecordId(r.version)) problems.push(`${file}: ${r.id}: id: expected "${dcosReleaseRecordId(r.version)}" for version ${r.version}`);
    if (DCOS_RELEASES[i] !== r.version) problems.push(`${file}: ${r.id}: version: expected "${DCOS_RELEASES[i] ?? "no more releases"}" here; list each release once, oldest first`);
  });
  for (const version of DCOS_RELEASES.slice(releases.length)) problems.push(`${file}: missing the record for release ${version}`);
  const ends = records.filter((r) => r.kind === "end-of-life");
  if (ends.length !== 1) problems.push(`${file}: expected exactly one end-of-life record, found ${ends.length}`);
  return problems;
}
