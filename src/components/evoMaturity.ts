// The maturity explorer: every labelled feature (rows) against the releases 1.7 to 2.2 (columns),
// each cell coloured by its phase with the phase's code written in it. Filters by area, phase and
// release answer "what was Preview in 1.9?"; selecting a feature (click a cell, or the labelled
// select) follows its path in a panel and narrates it in the log.
import * as Plot from "@observablehq/plot";
import {describePath, filterLabelled, labelAt, phaseRuns, labelSpan} from "../lib/evolution/helpers.js";
import {MATURITY_PHASES, PHASE_CODES, PHASE_LABELS, type LabelledFeature, type MaturityData, type MaturityPhase} from "../lib/evolution/types.js";
import {KB_CATEGORY_LABELS, KB_RELEASES} from "../lib/kb/views.js";
import type {ComponentCategory} from "../lib/kb/common.js";
import {h} from "./dom.js";
import {figureFrame} from "./figure.js";
import {labelledSelect} from "./kbControls.js";
import {and, PHASE_COLORS, phaseBadge, phaseLegend} from "./evoShared.js";

export interface EvoMaturityOptions {
  width?: number;
  /** Initial filters and selection. */
  area?: string;
  phase?: string;
  release?: string;
  selected?: string;
}

interface Cell {
  id: string;
  name: string;
  release: string;
  phase: MaturityPhase;
}

const short = (text: string, max = 38) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function evoMaturity(data: MaturityData, options: EvoMaturityOptions = {}): HTMLElement {
  const width = Math.max(520, options.width ?? 760);
  const state = {area: options.area ?? "", phase: options.phase ?? "", release: options.release ?? "", selected: options.selected ?? ""};
  const frame = figureFrame({
    title: "Maturity explorer",
    description: "A grid of labelled features by DC/OS release, each cell coloured by its maturity phase and marked with the phase's code. Filter by area, phase and release; select a feature to follow its path.",
    className: "evo-maturity"
  });
  const areas = [...new Set(data.features.map((f) => f.area))] as ComponentCategory[];
  const phases = MATURITY_PHASES.filter((p) => data.features.some((f) => f.labels.some((l) => l.phase === p)));
  const releases = KB_RELEASES.filter((r) => data.features.some((f) => f.labels.some((l) => l.release === r)));
  const area = labelledSelect("Area", [["", "All areas"], ...areas.map((a) => [a, KB_CATEGORY_LABELS[a]] as const)], state.area, (v) => ((state.area = v), update()));
  const phase = labelledSelect("Phase", [["", "Any phase"], ...phases.map((p) => [p, PHASE_LABELS[p]] as const)], state.phase, (v) => ((state.phase = v), update()));
  const release = labelledSelect("Release", [["", "Any release"], ...releases.map((r) => [r, `DC/OS ${r}`] as const)], state.release, (v) => ((state.release = v), update()));
  const follow = labelledSelect("Follow a feature", [["", "None"], ...data.features.map((f) => [f.id, f.name] as const)], state.selected, (v) => choose(v));
  area.select.classList.add("evo-area");
  phase.select.classList.add("evo-phase-filter");
  release.select.classList.add("evo-release-filter");
  follow.select.classList.add("evo-follow");
  frame.controls.append(area.root, phase.root, release.root, follow.root);

  const summary = h("p", {class: "evo-summary", role: "status"});
  const chart = h("div", {class: "evo-chart"});
  const panel = h("div", {class: "evo-path", "aria-label": "The selected feature's path"});
  const tableBody = h("tbody");
  const table = h(
    "details",
    {class: "evo-table-alt"},
    h("summary", {}, "Table view of the grid"),
    h("table", {}, h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Feature"), h("th", {scope: "col"}, "Labels by release"))), tableBody)
  );
  frame.body.append(phaseLegend(), summary, chart, panel, table);

  function visible(): LabelledFeature[] {
    return filterLabelled(data.features, state);
  }

  function describeFilter(list: LabelledFeature[]): string {
    const where = state.area ? ` in ${KB_CATEGORY_LABELS[state.area as ComponentCategory]}` : "";
    const names = and(list.map((f) => f.name));
    const n = `${list.length} feature${list.length === 1 ? "" : "s"}`;
    if (state.phase && state.release) return `${n}${where} ${list.length === 1 ? "was" : "were"} ${PHASE_LABELS[state.phase as MaturityPhase]} in ${state.release}${list.length ? `: ${names}.` : "."}`;
    if (state.phase) return `${n}${where} carried the ${PHASE_LABELS[state.phase as MaturityPhase]} label at some release${list.length ? `: ${names}.` : "."}`;
    if (state.release) return `${n}${where} carried a label in ${state.release}${list.length ? `: ${names}.` : "."}`;
    return `${n}${where} with a maturity label between ${releases[0]} and ${releases[releases.length - 1]}.`;
  }

  function draw(list: LabelledFeature[]): void {
    const cells: Cell[] = list.flatMap((f) => f.labels.map((l) => ({id: f.id, name: f.name, release: l.release, phase: l.phase})));
    const dim = (c: Cell) => (state.phase && c.phase !== state.phase) || (state.release && c.release !== state.release);
    const rows = list.map((f) => f.name);
    if (!list.length) {
      chart.replaceChildren(h("p", {class: "evo-empty"}, "No feature matches these filters."));
      return;
    }
    const selectedName = data.features.find((f) => f.id === state.selected)?.name;
    const svg = Plot.plot({
      width,
      height: rows.length * 24 + 48,
      marginLeft: Math.min(290, width * 0.42),
      marginTop: 30,
      marginBottom: 8,
      style: {fontSize: "12px", background: "transparent", overflow: "visible"},
      ariaLabel: "Maturity labels by feature and release",
      ariaDescription: describeFilter(list),
      x: {domain: [...KB_RELEASES], axis: "top", label: null, padding: 0.08, tickSize: 0},
      y: {domain: rows, label: null, tickSize: 0, tickFormat: (d: string) => short(d)},
      color: {type: "identity"},
      marks: [
        selectedName && rows.includes(selectedName)
          ? Plot.barX([selectedName], {ariaHidden: "true", x1: KB_RELEASES[0], x2: KB_RELEASES[KB_RELEASES.length - 1], y: (d: string) => d, fill: "var(--c-highlight)", fillOpacity: 0.35, insetLeft: -30, insetRight: -30})
          : null,
        Plot.cell(cells, {
          x: "release",
          y: "name",
          fill: (c: Cell) => PHASE_COLORS[c.phase],
          fillOpacity: (c: Cell) => (dim(c) ? 0.12 : 0.5),
          stroke: (c: Cell) => PHASE_COLORS[c.phase],
          strokeWidth: (c: Cell) => (c.id === state.selected ? 2.5 : 1.2),
          strokeOpacity: (c: Cell) => (dim(c) ? 0.35 : 1),
          inset: 2,
          rx: 3,
          title: (c: Cell) => `${c.name}: ${PHASE_LABELS[c.phase]} in ${c.release}`
        }),
        Plot.text(cells, {x: "release", y: "name", text: (c: Cell) => PHASE_CODES[c.phase], fill: "currentColor", fillOpacity: (c: Cell) => (dim(c) ? 0.4 : 1), fontWeight: 700, ariaHidden: "true", pointerEvents: "none"})
      ]
    }) as SVGSVGElement;
    // Cells are clickable: Plot binds each rect to its index in `cells`.
    svg.querySelectorAll<SVGRectElement>('g[aria-label="cell"] rect').forEach((rect) => {
      const cell = cells[(rect as unknown as {__data__: number}).__data__];
      if (!cell) return;
      rect.setAttribute("data-id", cell.id);
      rect.setAttribute("data-release", cell.release);
      rect.setAttribute("data-phase", cell.phase);
      rect.style.cursor = "pointer";
      rect.addEventListener("click", () => choose(cell.id));
    });
    chart.replaceChildren(svg);
  }

  function drawTable(list: LabelledFeature[]): void {
    tableBody.replaceChildren(
      ...list.map((f) =>
        h("tr", {"data-id": f.id}, h("th", {scope: "row"}, f.name), h("td", {}, phaseRuns(data.features, f.id).map((r) => `${PHASE_LABELS[r.phase]} ${labelSpan(r.from, r.to)}`).join("; ")))
      )
    );
  }

  function drawPanel(): void {
    const feature = data.features.find((f) => f.id === state.selected);
    if (!feature) {
      panel.replaceChildren(h("p", {}, "Select a feature: click a cell, or choose one in “Follow a feature”."));
      return;
    }
    panel.replaceChildren(
      h("h4", {}, feature.name, feature.enterprise ? h("span", {class: "evo-enterprise"}, " · Enterprise") : null),
      h("p", {class: "evo-path-sentence"}, describePath(data.features, feature.id)),
      h(
        "ol",
        {class: "evo-steps"},
        KB_RELEASES.filter((r) => labelAt(feature, r)).map((r) => {
          const label = labelAt(feature, r)!;
          return h(
            "li",
            {"data-release": r},
            h("strong", {}, r),
            " ",
            phaseBadge(label.phase),
            label.note ? ` ${label.note}` : null,
            label.inferred ? h("em", {class: "evo-inferred"}, " (our reading)") : null,
            h("small", {class: "evo-cite"}, ` ${label.source.map((s) => `${s.title}, ${s.version}`).join("; ")}`)
          );
        })
      ),
      h(
        "p",
        {class: "evo-links"},
        `Area: ${KB_CATEGORY_LABELS[feature.area]}.`,
        feature.feature ? [" Part of the feature ", h("a", {href: `./features#${feature.feature.id}`}, feature.feature.name), "."] : null,
        feature.components.length ? [" Components: ", ...feature.components.flatMap((c, i) => [i ? ", " : "", h("a", {href: `./components#${c.id}`}, c.name)]), "."] : null
      )
    );
  }

  function choose(id: string): void {
    state.selected = id;
    follow.select.value = id;
    update();
    if (id) frame.narrate(describePath(data.features, id));
  }

  function update(): void {
    const list = visible();
    summary.textContent = describeFilter(list);
    draw(list);
    drawTable(list);
    drawPanel();
  }

  update();
  return frame.root;
}
