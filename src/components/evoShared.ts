// Pieces the evolution figures share: each maturity phase's colour (book palette variables, so
// both themes read well; Okabe-Ito based) with a text code as a second cue, a phase badge, and
// the legend.
import {MATURITY_PHASES, PHASE_CODES, PHASE_LABELS, PHASE_MODEL, type MaturityPhase} from "../lib/evolution/types.js";
import {h} from "./dom.js";

export const PHASE_COLORS: Record<MaturityPhase, string> = {
  experimental: "var(--c-task-unreachable)",
  preview: "var(--c-task-starting)",
  stable: "var(--c-ok)",
  beta: "var(--c-task-killed)",
  ga: "var(--c-private-agent)",
  deprecated: "var(--c-zookeeper)",
  retired: "var(--c-public-agent)",
  decommissioned: "var(--c-task-lost)"
};

/** A phase as a small tinted badge: code and name, the colour as a border and tint. */
export function phaseBadge(phase: MaturityPhase): HTMLElement {
  const color = PHASE_COLORS[phase];
  return h(
    "span",
    {class: "evo-phase", "data-phase": phase, style: `border-color:${color};background:color-mix(in srgb, ${color} 30%, transparent)`},
    PHASE_CODES[phase] === PHASE_LABELS[phase] ? null : [h("span", {class: "evo-code", "aria-hidden": "true"}, PHASE_CODES[phase]), " "],
    PHASE_LABELS[phase]
  );
}

/** The legend of every phase, grouped by model. */
export function phaseLegend(): HTMLElement {
  const group = (model: "model-a" | "model-b", title: string) =>
    h("li", {}, h("span", {class: "evo-legend-title"}, title), h("ul", {}, MATURITY_PHASES.filter((p) => PHASE_MODEL[p] === model).map((p) => h("li", {}, phaseBadge(p)))));
  return h("ul", {class: "evo-legend", "aria-label": "Legend: maturity phases and their codes"}, group("model-a", "Up to 1.10:"), group("model-b", "From 1.11:"));
}

export const and = (items: readonly string[]): string => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
