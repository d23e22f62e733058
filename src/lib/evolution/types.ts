// The shapes of the evolution data (feature maturity, labels and roadmaps) as the loaders print
// them, and the constants pages share. No zod here: pages import this without the validator.
import type {ComponentCategory} from "../kb/common.js";
import type {KbCitation} from "../kb/sources.js";
import type {DcosRelease} from "../kb/releases.js";

/** Every maturity label the docs used: Model A's three, then the lifecycle's five. */
export const MATURITY_PHASES = ["experimental", "preview", "stable", "beta", "ga", "deprecated", "retired", "decommissioned"] as const;
export type MaturityPhase = (typeof MATURITY_PHASES)[number];

export const MATURITY_MODELS = ["model-a", "model-b"] as const;
export type MaturityModelId = (typeof MATURITY_MODELS)[number];

/** Which model a phase belongs to. */
export const PHASE_MODEL: Record<MaturityPhase, MaturityModelId> = {
  experimental: "model-a",
  preview: "model-a",
  stable: "model-a",
  beta: "model-b",
  ga: "model-b",
  deprecated: "model-b",
  retired: "model-b",
  decommissioned: "model-b"
};

export const PHASE_LABELS: Record<MaturityPhase, string> = {
  experimental: "Experimental",
  preview: "Preview",
  stable: "Stable",
  beta: "Beta",
  ga: "GA",
  deprecated: "Deprecated",
  retired: "Retired",
  decommissioned: "Decommissioned"
};

/** A short text cue drawn in each cell, so colour is never the only signal. */
export const PHASE_CODES: Record<MaturityPhase, string> = {
  experimental: "E",
  preview: "P",
  stable: "S",
  beta: "B",
  ga: "GA",
  deprecated: "D",
  retired: "R",
  decommissioned: "X"
};

export const CRITERION_GROUPS = ["completeness", "quality"] as const;
export type CriterionGroup = (typeof CRITERION_GROUPS)[number];
export const PROMISE_LEVELS = ["met", "partial", "none"] as const;
export type PromiseLevel = (typeof PROMISE_LEVELS)[number];

export const ROADMAPS = ["1.7", "1.8"] as const;
export type RoadmapId = (typeof ROADMAPS)[number];
export const HORIZONS = ["near", "medium", "long"] as const;
export type Horizon = (typeof HORIZONS)[number];

export interface MaturityModel {
  id: MaturityModelId;
  kind: "model";
  name: string;
  releases: DcosRelease[];
  summary: string;
  note?: string;
  source: KbCitation[];
}
export interface MaturityCriterion {
  id: string;
  kind: "criterion";
  group: CriterionGroup;
  name: string;
  meaning: string;
  source: KbCitation[];
}
export interface PhasePromise {
  criterion: string;
  level: PromiseLevel;
  text: string;
}
export interface MaturityPhaseRecord {
  id: MaturityPhase;
  kind: "phase";
  model: MaturityModelId;
  name: string;
  order: number;
  /** Model A: what the phase commits to, criterion by criterion. */
  promises?: PhasePromise[];
  caveat?: string | null;
  /** Model A: the lifecycle state the phase became. */
  becomes?: MaturityPhase;
  /** Model B: the state's key points. */
  points?: string[];
  source: KbCitation[];
}

export interface MaturityLabel {
  release: DcosRelease;
  phase: MaturityPhase;
  note?: string;
  inferred: boolean;
  source: KbCitation[];
}
export interface LabelledFeature {
  id: string;
  name: string;
  area: ComponentCategory;
  enterprise: boolean;
  /** The knowledge-base feature it belongs to, if any. */
  feature: {id: string; name: string} | null;
  components: {id: string; name: string}[];
  labels: MaturityLabel[];
  source: KbCitation[];
}

/** maturity.json */
export interface MaturityData {
  models: MaturityModel[];
  criteria: MaturityCriterion[];
  phases: MaturityPhaseRecord[];
  features: LabelledFeature[];
}

export interface RoadmapOutcome {
  status: "shipped" | "never";
  release?: DcosRelease;
  phase?: MaturityPhase | null;
  /** The labelled feature (labels.yaml) it arrived as, with its name. */
  track?: {id: string; name: string};
  inferred: boolean;
  note?: string;
}
export interface RoadmapItem {
  id: string;
  name: string;
  summary: string;
  horizons: Record<RoadmapId, Horizon | null>;
  removed?: {roadmap: RoadmapId; horizon: Horizon; date: string; note: string};
  outcome: RoadmapOutcome;
  source: KbCitation[];
}
