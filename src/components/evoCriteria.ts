// The criteria as a checklist: pick a feature and one of its labelled releases, and see what its
// phase there promised, criterion by criterion (Model A), or the lifecycle state's points.
import {labelAt} from "../lib/evolution/helpers.js";
import {PHASE_LABELS, type MaturityData} from "../lib/evolution/types.js";
import {KB_RELEASES} from "../lib/kb/views.js";
import {h} from "./dom.js";
import {figureFrame} from "./figure.js";
import {labelledSelect} from "./kbControls.js";
import {LEVEL_MARKS} from "./evoModels.js";
import {phaseBadge} from "./evoShared.js";

export function evoCriteria(data: MaturityData, options: {feature?: string; release?: string} = {}): HTMLElement {
  const frame = figureFrame({
    title: "What did the label promise?",
    description: "Choose a feature and a release; the checklist shows which criteria its maturity phase promised there.",
    className: "evo-criteria",
    keep: 3
  });
  const first = data.features.find((f) => f.id === options.feature) ?? data.features[0]!;
  const state = {feature: first.id, release: options.release ?? first.labels[0]!.release};
  const feature = labelledSelect("Feature", data.features.map((f) => [f.id, f.name] as const), state.feature, (v) => {
    state.feature = v;
    const f = data.features.find((x) => x.id === v)!;
    if (!labelAt(f, state.release)) state.release = f.labels[0]!.release;
    fillReleases();
    update(true);
  });
  const release = labelledSelect("Release", [], "", (v) => ((state.release = v), update(true)));
  feature.select.classList.add("evo-criteria-feature");
  release.select.classList.add("evo-criteria-release");
  frame.controls.append(feature.root, release.root);
  const out = h("div", {class: "evo-checklist"});
  frame.body.append(out);

  function fillReleases(): void {
    const f = data.features.find((x) => x.id === state.feature)!;
    release.select.replaceChildren(...KB_RELEASES.filter((r) => labelAt(f, r)).map((r) => h("option", {value: r}, `DC/OS ${r}`)));
    release.select.value = state.release;
  }

  function update(narrate: boolean): void {
    const f = data.features.find((x) => x.id === state.feature)!;
    const label = labelAt(f, state.release)!;
    const phase = data.phases.find((p) => p.id === label.phase)!;
    const head = h("p", {class: "evo-checklist-head"}, `${f.name} in ${state.release}: `, phaseBadge(label.phase));
    if (phase.promises) {
      const met = phase.promises.filter((p) => p.level === "met").length;
      out.replaceChildren(
        head,
        h(
          "ul",
          {class: "evo-checks", "aria-label": `Criteria for ${PHASE_LABELS[label.phase]}`},
          phase.promises.map((p) => {
            const c = data.criteria.find((x) => x.id === p.criterion)!;
            const level = LEVEL_MARKS[p.level];
            return h("li", {"data-criterion": c.id, "data-level": p.level}, h("span", {class: "evo-mark", "aria-hidden": "true"}, level.mark), " ", h("strong", {}, c.name), ` (${level.text}): ${p.text}`);
          })
        ),
        h("p", {class: "evo-checklist-sum"}, `${met} of ${phase.promises.length} criteria promised in full. In the lifecycle from 1.11 this phase is called ${PHASE_LABELS[phase.becomes!]}.`)
      );
      if (narrate) frame.narrate(`${f.name} was ${PHASE_LABELS[label.phase]} in ${state.release}: ${met} of ${phase.promises.length} criteria promised in full.`);
    } else {
      out.replaceChildren(
        head,
        h("p", {}, `${state.release} uses the lifecycle (from 1.11) or its words, which do not grade the six criteria. ${PHASE_LABELS[label.phase]} means:`),
        h("ul", {class: "evo-points"}, phase.points!.map((t) => h("li", {}, t))),
        h("p", {class: "evo-checklist-sum"}, `${PHASE_LABELS[label.phase]}: lifecycle state ${phase.order} of 5.`)
      );
      if (narrate) frame.narrate(`${f.name} was ${PHASE_LABELS[label.phase]} in ${state.release}, lifecycle state ${phase.order} of 5.`);
    }
  }

  fillReleases();
  update(false);
  return frame.root;
}
