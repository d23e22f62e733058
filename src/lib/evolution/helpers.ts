// Pure helpers over the evolution data: a feature's maturity path, what carried a label at a
// release, what a phase promised, and how roadmap items moved between 1.7 and 1.8 and shipped.
import type {DcosRelease} from "../kb/releases.js";
import {KB_RELEASES} from "../kb/views.js";
import {
  HORIZONS,
  PHASE_LABELS,
  type Horizon,
  type LabelledFeature,
  type MaturityLabel,
  type MaturityPhase,
  type MaturityPhaseRecord,
  type PhasePromise,
  type RoadmapId,
  type RoadmapItem
} from "./types.js";

const releaseIndex = (release: string) => (KB_RELEASES as readonly string[]).indexOf(release);

/** A feature's labels, oldest release first (empty for an unknown id). */
export function maturityPath(features: readonly LabelledFeature[], featureId: string): {release: DcosRelease; phase: MaturityPhase}[] {
  const feature = features.find((f) => f.id === featureId);
  if (!feature) return [];
  return [...feature.labels].sort((a, b) => releaseIndex(a.release) - releaseIndex(b.release)).map((l) => ({release: l.release, phase: l.phase}));
}

/** The label a feature carries at a release, if any. */
export function labelAt(feature: LabelledFeature, release: string): MaturityLabel | undefined {
  return feature.labels.find((l) => l.release === release);
}

/** Every feature labelled at `release` (optionally only with `phase`), in data order. */
export function labelsAt(features: readonly LabelledFeature[], release: string, phase?: MaturityPhase): {feature: LabelledFeature; label: MaturityLabel}[] {
  const out: {feature: LabelledFeature; label: MaturityLabel}[] = [];
  for (const feature of features) {
    const label = labelAt(feature, release);
    if (label && (!phase || label.phase === phase)) out.push({feature, label});
  }
  return out;
}

/** Runs of the same phase over consecutive releases: [{phase, from, to}]. */
export function phaseRuns(features: readonly LabelledFeature[], featureId: string): {phase: MaturityPhase; from: DcosRelease; to: DcosRelease}[] {
  const runs: {phase: MaturityPhase; from: DcosRelease; to: DcosRelease}[] = [];
  for (const step of maturityPath(features, featureId)) {
    const last = runs[runs.length - 1];
    if (last && last.phase === step.phase && releaseIndex(step.release) === releaseIndex(last.to) + 1) last.to = step.release;
    else runs.push({phase: step.phase, from: step.release, to: step.release});
  }
  return runs;
}

/** "1.9" or "1.9 to 1.11". */
export function labelSpan(from: string, to: string): string {
  return from === to ? from : `${from} to ${to}`;
}

/** One sentence telling a feature's path, e.g. "Spartan DNS forwarder: Deprecated in 1.11, then Decommissioned in 2.1." */
export function describePath(features: readonly LabelledFeature[], featureId: string): string {
  const feature = features.find((f) => f.id === featureId);
  if (!feature) return `No labelled feature "${featureId}".`;
  const runs = phaseRuns(features, featureId).map((r) => `${PHASE_LABELS[r.phase]} in ${labelSpan(r.from, r.to)}`);
  const last = feature.labels.length ? [...feature.labels].sort((a, b) => releaseIndex(a.release) - releaseIndex(b.release)).at(-1)! : undefined;
  const end = !last
    ? ""
    : last.phase === "decommissioned"
      ? " It is gone from that release on."
      : last.phase === "stable" || last.phase === "ga"
        ? ""
        : ` No later label was found after ${last.release}.`;
  return `${feature.name}: ${runs.join(", then ")}.${end}`;
}

/** What a Model A phase promised for each criterion (empty for lifecycle states). */
export function promisesOf(phases: readonly MaturityPhaseRecord[], phase: MaturityPhase): PhasePromise[] {
  return phases.find((p) => p.id === phase)?.promises ?? [];
}

/** Features matching the explorer's filters: area, and a phase and/or release a label must match. */
export function filterLabelled(
  features: readonly LabelledFeature[],
  {area, phase, release}: {area?: string; phase?: string; release?: string}
): LabelledFeature[] {
  return features.filter(
    (f) => (!area || f.area === area) && (!phase && !release ? true : f.labels.some((l) => (!phase || l.phase === phase) && (!release || l.release === release)))
  );
}

/** Items on one roadmap, and how many at each horizon. */
export function roadmapCounts(items: readonly RoadmapItem[], roadmap: RoadmapId): {total: number} & Record<Horizon, number> {
  const listed = items.filter((i) => i.horizons[roadmap] !== null);
  const counts = {total: listed.length, near: 0, medium: 0, long: 0};
  for (const item of listed) counts[item.horizons[roadmap]!]++;
  return counts;
}

/** Items of one roadmap at one horizon, in data order. */
export function roadmapColumn(items: readonly RoadmapItem[], roadmap: RoadmapId, horizon: Horizon): RoadmapItem[] {
  return items.filter((i) => i.horizons[roadmap] === horizon);
}

export type RoadmapMove = "closer" | "same" | "dropped" | "removed";
/** How each 1.7 item fared on the 1.8 roadmap. */
export function roadmapMoves(items: readonly RoadmapItem[]): {item: RoadmapItem; from: Horizon; to: Horizon | null; move: RoadmapMove}[] {
  return items
    .filter((i) => i.horizons["1.7"] !== null)
    .map((item) => {
      const from = item.horizons["1.7"]!;
      const to = item.horizons["1.8"];
      const move: RoadmapMove =
        to === null ? (item.removed ? "removed" : "dropped") : HORIZONS.indexOf(to) < HORIZONS.indexOf(from) ? "closer" : "same";
      return {item, from, to, move};
    });
}

/** The items nothing shows shipping. */
export function neverShipped(items: readonly RoadmapItem[]): RoadmapItem[] {
  return items.filter((i) => i.outcome.status === "never");
}

/** Shipped items grouped by the release they arrived in, in release order. */
export function shippedByRelease(items: readonly RoadmapItem[]): {release: DcosRelease; items: RoadmapItem[]}[] {
  const out: {release: DcosRelease; items: RoadmapItem[]}[] = [];
  for (const release of KB_RELEASES) {
    const here = items.filter((i) => i.outcome.status === "shipped" && i.outcome.release === release);
    if (here.length) out.push({release, items: here});
  }
  return out;
}

const HORIZON_WORDS: Record<Horizon, string> = {near: "near term", medium: "medium term", long: "long term"};

/** One sentence on a roadmap item: where each roadmap put it, and whether it shipped. */
export function describeRoadmapItem(item: RoadmapItem): string {
  const on = (["1.7", "1.8"] as const).map((r) => {
    const horizon = item.horizons[r];
    if (horizon) return `${HORIZON_WORDS[horizon]} on the ${r} roadmap`;
    if (item.removed?.roadmap === r) return `${HORIZON_WORDS[item.removed.horizon]} on the ${r} roadmap until ${item.removed.date}`;
    return `not on the ${r} roadmap`;
  });
  const o = item.outcome;
  const shipped =
    o.status === "never"
      ? "Nothing shows it shipping"
      : `It shipped in ${o.release}${o.phase ? ` as ${PHASE_LABELS[o.phase]}` : " with no maturity label"}${o.track && o.track.name !== item.name ? ` (${o.track.name})` : ""}`;
  return `${item.name}: ${on.join(", ")}. ${shipped}${o.inferred ? " (our reading)" : ""}.`;
}
