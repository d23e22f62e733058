// The architecture chapter's data as pages see it: boot sequences and request flows.
import type {KbSourceRef} from "../kb/common.js";

export interface BootStep {
  id: string;
  title: string;
  components: string[];
  waitsFor: string;
  does: string;
}

export interface BootSequence {
  id: string;
  node: "master" | "private-agent" | "public-agent";
  steps: BootStep[];
  source: (KbSourceRef & {title?: string})[];
}

export interface FlowStep {
  /** The step of the documented sequence this hop belongs to, where the source numbers them. */
  docStep?: number;
  from: string;
  to: string;
  message: string;
  explain: string;
}

export interface Flow {
  id: string;
  title: string;
  summary: string;
  steps: FlowStep[];
  source: (KbSourceRef & {title?: string})[];
}

/** The actors of a flow in order of first appearance. */
export function flowActors(flow: Flow): string[] {
  const seen: string[] = [];
  for (const step of flow.steps) for (const a of [step.from, step.to]) if (!seen.includes(a)) seen.push(a);
  return seen;
}

/** The documented step numbers in the order the hops play them (repeats collapsed). */
export function docStepOrder(flow: Flow): number[] {
  const out: number[] = [];
  for (const step of flow.steps) if (step.docStep !== undefined && out.at(-1) !== step.docStep) out.push(step.docStep);
  return out;
}

export interface Layer {
  id: string;
  title: string;
  about: string;
  components: string[];
  categories: string[];
  items: string[];
}

export interface LayerModel {
  id: string;
  title: string;
  releases: string;
  layers: Layer[];
  external: string[];
  source: (KbSourceRef & {title?: string})[];
}
