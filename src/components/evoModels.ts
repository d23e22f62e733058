// The two maturity models side by side: Model A's criteria table (what each phase promised, by
// criterion), the lifecycle of Model B, and how the old phases map onto the new states.
// Selecting a phase (buttons) highlights its column and its place in the lifecycle.
import type {MaturityData, MaturityPhase, PromiseLevel} from "../lib/evolution/types.js";
import {PHASE_LABELS} from "../lib/evolution/types.js";
import {h} from "./dom.js";
import {figureFrame} from "./figure.js";
import {phaseBadge} from "./evoShared.js";

export const LEVEL_MARKS: Record<PromiseLevel, {mark: string; text: string}> = {
  met: {mark: "✓", text: "promised"},
  partial: {mark: "◐", text: "partly"},
  none: {mark: "✗", text: "not promised"}
};

export function evoModels(data: MaturityData): HTMLElement {
  const frame = figureFrame({
    title: "Two maturity models",
    description: "A table of the six criteria against the Experimental, Preview and Stable phases, then the five lifecycle states and how the old phases map onto them. Select a phase to highlight it.",
    className: "evo-models",
    keep: 3
  });
  const oldPhases = data.phases.filter((p) => p.model === "model-a").sort((a, b) => a.order - b.order);
  const newPhases = data.phases.filter((p) => p.model === "model-b").sort((a, b) => a.order - b.order);
  const table = h(
    "table",
    {class: "evo-criteria-table"},
    h("caption", {}, "What each phase promised, up to 1.10"),
    h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Criterion"), oldPhases.map((p) => h("th", {scope: "col", "data-phase": p.id}, phaseBadge(p.id))))),
    h(
      "tbody",
      {},
      h("tr", {}, h("th", {scope: "row"}, "Caveat"), oldPhases.map((p) => h("td", {"data-phase": p.id}, p.caveat ?? "None."))),
      data.criteria.map((c) =>
        h(
          "tr",
          {},
          h("th", {scope: "row"}, c.name, h("br"), h("small", {}, `${c.group === "completeness" ? "Completeness" : "Quality"}: ${c.meaning}`)),
          oldPhases.map((p) => {
            const promise = p.promises!.find((x) => x.criterion === c.id)!;
            const level = LEVEL_MARKS[promise.level];
            return h("td", {"data-phase": p.id, "data-level": promise.level}, h("span", {class: "evo-mark", "aria-hidden": "true"}, level.mark), " ", h("span", {class: "sr-only"}, `${level.text}: `), promise.text);
          })
        )
      )
    )
  );
  const lifecycle = h(
    "ol",
    {class: "evo-lifecycle", "aria-label": "The lifecycle from 1.11"},
    newPhases.map((p) =>
      h(
        "li",
        {"data-phase": p.id},
        phaseBadge(p.id),
        h("ul", {}, p.points!.map((t) => h("li", {}, t))),
        h("p", {class: "evo-from"}, fromText(oldPhases.filter((o) => o.becomes === p.id).map((o) => o.id)))
      )
    )
  );
  const buttons = [...oldPhases, ...newPhases].map((p) =>
    h("button", {type: "button", class: "wb-button evo-phase-button", "data-phase": p.id, "aria-pressed": "false", onclick: () => select(p.id)}, PHASE_LABELS[p.id])
  );
  const select = (phase: MaturityPhase) => {
    buttons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.phase === phase)));
    const record = data.phases.find((p) => p.id === phase)!;
    const target = record.becomes ?? phase;
    frame.root.querySelectorAll("[data-phase]").forEach((el) => el.classList.toggle("is-selected", el.getAttribute("data-phase") === phase || (el.closest(".evo-lifecycle") !== null && el.getAttribute("data-phase") === target)));
    const from = oldPhases.filter((o) => o.becomes === phase).map((o) => PHASE_LABELS[o.id]);
    frame.narrate(
      record.becomes
        ? `${PHASE_LABELS[phase]} (up to 1.10) became ${PHASE_LABELS[record.becomes]} in the lifecycle.`
        : `${PHASE_LABELS[phase]} is lifecycle state ${record.order} of ${newPhases.length}${from.length ? `; before, it was called ${from.join(" or ")}` : ""}.`
    );
  };
  frame.controls.append(h("span", {}, "Highlight a phase: "), ...buttons);
  frame.body.append(h("div", {class: "evo-table-scroll"}, table), h("h4", {}, "The lifecycle from 1.11"), lifecycle);
  return frame.root;
}

function fromText(old: MaturityPhase[]): string {
  return old.length ? `Before: ${old.map((p) => PHASE_LABELS[p]).join(" or ")}.` : "No old name.";
}
