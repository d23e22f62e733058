// Types of the design notes and telemetry data, as the loaders emit them (design.json, telemetry.json).
import type {KbCitation} from "../kb/sources.js";

export const DESIGN_FIGURES = ["overlay", "dns-proxy", "installation", "auth-flow", "azure", "api"] as const;
export type DesignFigure = (typeof DESIGN_FIGURES)[number];

export interface DesignTopic {
  id: string;
  title: string;
  /** The DC/OS documentation versions that carried the note, e.g. "1.8–2.2". */
  versions: string;
  summary: string;
  facts: string[];
  figure: DesignFigure;
  /** For the static figures: boxes in a left-to-right sequence (with arrows) or side-by-side groups. */
  diagram?: {kind: "sequence" | "groups"; boxes: {label: string; detail: string}[]};
  source: KbCitation[];
}

export interface TelemetryEvent {
  id: string;
  /** The Segment event name, e.g. "mesos_track". */
  event: string;
  producer: string;
  fields: string[];
  source: KbCitation[];
}

export interface TelemetryStep {
  id: string;
  from: string;
  to: string;
  label: string;
  detail: string;
  source: KbCitation[];
}

export interface TelemetryData {
  facts: {id: string; label: string; value: string; source: KbCitation[]}[];
  events: TelemetryEvent[];
  path: TelemetryStep[];
  collected: {id: string; text: string; collected: boolean; source: KbCitation[]}[];
}
