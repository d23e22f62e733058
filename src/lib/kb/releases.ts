// The DC/OS release lines the workbook covers (1.7 to 2.2), and how versioned facts use them:
// a fact exists from `since` through `until` (the last release it is in), `until: null` = still in 2.2.
import {z} from "zod";

export const DCOS_RELEASES = ["1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.0", "2.1", "2.2"] as const;

export type DcosRelease = (typeof DCOS_RELEASES)[number];

export const dcosReleaseSchema = z.enum(DCOS_RELEASES);

/** Position of a release in DCOS_RELEASES (0 for 1.7); -1 if it is not one. */
export function dcosReleaseIndex(release: string): number {
  return (DCOS_RELEASES as readonly string[]).indexOf(release);
}

/** Orders two releases: negative if `a` came first, 0 if equal, positive if later. */
export function compareDcosReleases(a: DcosRelease, b: DcosRelease): number {
  return dcosReleaseIndex(a) - dcosReleaseIndex(b);
}

/** The release before `release`, or undefined for the first one (1.7). */
export function previousDcosRelease(release: DcosRelease): DcosRelease | undefined {
  return DCOS_RELEASES[dcosReleaseIndex(release) - 1];
}

/** A versioned fact: present from `since` through `until` (null: still present in the last release). */
export interface DcosReleaseRange {
  since: DcosRelease;
  until: DcosRelease | null;
}

/** Whether a versioned fact exists in `release`. */
export function inDcosRelease(range: DcosReleaseRange, release: DcosRelease): boolean {
  return compareDcosReleases(range.since, release) <= 0 && (range.until === null || compareDcosReleases(release, range.until) <= 0);
}

/** Every release in which a versioned fact exists, oldest first. */
export function dcosReleasesOf(range: DcosReleaseRange): DcosRelease[] {
  return DCOS_RELEASES.filter((release) => inDcosRelease(range, release));
}

/** Whether `inner` lies wholly within `outer`. */
export function withinDcosRange(inner: DcosReleaseRange, outer: DcosReleaseRange): boolean {
  const untilInner = inner.until ?? DCOS_RELEASES[DCOS_RELEASES.length - 1]!;
  return inDcosRelease(outer, inner.since) && inDcosRelease(outer, untilInner);
}

/** Fields for a versioned record; add `.superRefine(checkDcosRange)` to the object. */
export const dcosRangeFields = {
  since: dcosReleaseSchema,
  until: dcosReleaseSchema.nullable()
};

/** A zod refinement: `until` must not come before `since`. */
export function checkDcosRange(value: {since: DcosRelease; until: DcosRelease | null}, ctx: z.RefinementCtx): void {
  if (value.until !== null && compareDcosReleases(value.until, value.since) < 0) {
    ctx.addIssue({code: "custom", path: ["until"], message: `"${value.until}" comes before since "${value.since}"`});
  }
}
