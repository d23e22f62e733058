// Where each component runs: one column per node type (master, private agent, public agent),
// each component a mark coloured by its category. Choose a release to see that release's set.
// Select a mark (mouse, or Tab in and use the arrow keys: up and down within a column, left and
// right across columns) to light it up in every column it runs in and read its units there.
import type {ComponentCategory, KbNodeType} from "../lib/kb/common.js";
import type {ComponentView} from "../lib/kb/join.js";
import type {DcosRelease} from "../lib/kb/releases.js";
import {KB_CATEGORY_LABELS, KB_CATEGORY_ORDER, KB_NODE_TYPE_LABELS, KB_RELEASES, placement, shortName, unitsIn} from "../lib/kb/views.js";
import {h} from "./dom.js";
import {figureFrame} from "./figure.js";
import {labelledSelect} from "./kbControls.js";
import {categoryColor, commaList, fill, nodeTypeColor, rovingFocus, swatch} from "./kbShared.js";

export interface PlacementOptions {
  release?: DcosRelease;
  selected?: string;
}

export function kbPlacement(components: readonly ComponentView[], {release: initial = "2.2", selected: initialSelected}: PlacementOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "Components by node type",
    description:
      "Three columns, one per node type, list the components that run there, coloured by category. Choose a release with the Release menu. Tab into the columns and use the arrow keys to move; press Enter to light up a component in every column it runs in and read its systemd units.",
    keep: 1,
    visibleLog: false
  });
  const byId = new Map(components.map((c) => [c.id, c]));
  let release: DcosRelease = initial;
  let selected = initialSelected;

  const releaseSelect = labelledSelect(
    "Release",
    KB_RELEASES.map((r) => [r, `DC/OS ${r}`] as const),
    release,
    (v) => {
      release = v as DcosRelease;
      render();
      frame.narrate(summaryLine());
    }
  );
  frame.controls.append(releaseSelect.root);

  const grid = h("div", {class: "kb-placement"});
  const legend = h("ul", {class: "kb-legend", "aria-label": "Category colours"});
  const off = h("p", {class: "kb-off"});
  const summary = h("div", {class: "kb-placement-summary"});
  frame.body.append(legend, grid, off, summary);

  const chips = () => [...grid.querySelectorAll<HTMLButtonElement>("button.kb-chip")];
  const focusChip = rovingFocus(chips);

  function summaryLine(): string {
    const {columns} = placement(components, release);
    return `DC/OS ${release}: ${columns.map((c) => `${c.components.length} components on ${c.label.toLowerCase()} nodes`).join(", ")}.`;
  }

  function render(): void {
    const {columns, offCluster} = placement(components, release);
    const present = new Set(columns.flatMap((c) => c.components.map((x) => x.category)));
    legend.replaceChildren(...KB_CATEGORY_ORDER.filter((c) => present.has(c)).map((c) => h("li", {}, swatch(c), KB_CATEGORY_LABELS[c])));
    grid.replaceChildren(
      ...columns.map((col) => {
        const groups: {category: ComponentCategory; items: ComponentView[]}[] = [];
        for (const c of col.components) {
          const last = groups[groups.length - 1];
          if (last?.category === c.category) last.items.push(c);
          else groups.push({category: c.category, items: [c]});
        }
        return h(
          "section",
          {class: "kb-column", "data-node": col.nodeType, "aria-label": `${col.label} nodes`, style: `border-top-color:${nodeTypeColor(col.nodeType)}`},
          h("h4", {}, col.label),
          h("p", {class: "kb-column-count"}, `${col.components.length} components · ${col.unitCount} systemd units`),
          groups.map((g) =>
            h(
              "ul",
              {class: "kb-chips", "aria-label": KB_CATEGORY_LABELS[g.category]},
              g.items.map((c) =>
                h(
                  "li",
                  {},
                  h(
                    "button",
                    {
                      type: "button",
                      class: "kb-chip",
                      "data-id": c.id,
                      "data-node": col.nodeType,
                      tabindex: -1,
                      "aria-pressed": String(c.id === selected),
                      title: `${c.name} (${KB_CATEGORY_LABELS[c.category]})`,
                      style: `border-left-color:${categoryColor(c.category)}`,
                      onclick: () => select(c.id)
                    },
                    h("span", {}, shortName(c.name)),
                    c.enterprise ? h("span", {class: "kb-e"}, h("span", {"aria-hidden": "true"}, "E"), h("span", {class: "sr-only"}, ", Enterprise only")) : null
                  )
                )
              )
            )
          )
        );
      })
    );
    off.replaceChildren(
      ...(offCluster.length
        ? [h("strong", {}, "Off the cluster: "), ...commaList(offCluster.map((c) => h("a", {href: `#${c.id}`}, c.name))), " runs on your own workstation."]
        : [])
    );
    const all = chips();
    (all.find((b) => b.dataset.id === selected) ?? all[0])?.setAttribute("tabindex", "0");
    showSummary();
  }

  function showSummary(): void {
    const c = selected ? byId.get(selected) : undefined;
    if (!c) {
      summary.replaceChildren(h("p", {}, "Select a component to see where it runs and which systemd units it has there."));
      return;
    }
    const here = c.nodeTypes.length > 0;
    const present = placement([c], release).columns.some((col) => col.components.length > 0);
    const perNode = c.nodeTypes.map((t) => {
      const units = unitsIn(c, release, t).map((u) => u.name);
      return h("li", {}, h("strong", {}, `${KB_NODE_TYPE_LABELS[t]}: `), units.length ? commaList(units.map((u) => h("code", {}, u))) : "no systemd unit of its own");
    });
    fill(
      summary,
      h("p", {}, h("strong", {}, c.name), present ? "" : ` is not part of DC/OS ${release}.`, " ", c.purpose, " ", h("a", {href: `#${c.id}`}, "All details in the explorer")),
      here && present ? h("ul", {}, perNode) : null
    );
  }

  function select(id: string): void {
    const c = byId.get(id);
    if (!c) return;
    selected = id;
    for (const chip of chips()) chip.setAttribute("aria-pressed", String(chip.dataset.id === id));
    showSummary();
    const where = c.nodeTypes.map((t) => KB_NODE_TYPE_LABELS[t].toLowerCase());
    frame.narrate(`${c.name} runs on ${where.length === 3 ? "every node type" : where.join(" and ")} in DC/OS ${release}.`);
  }

  grid.addEventListener("keydown", (event) => {
    const current = document.activeElement as HTMLButtonElement | null;
    if (!current?.classList.contains("kb-chip")) return;
    const columns = [...grid.querySelectorAll<HTMLElement>(".kb-column")];
    const colIndex = columns.findIndex((col) => col.contains(current));
    const inColumn = (i: number) => [...columns[i]!.querySelectorAll<HTMLButtonElement>("button.kb-chip")];
    const mine = inColumn(colIndex);
    const index = mine.indexOf(current);
    let target: HTMLButtonElement | undefined;
    if (event.key === "ArrowDown") target = mine[Math.min(mine.length - 1, index + 1)];
    else if (event.key === "ArrowUp") target = mine[Math.max(0, index - 1)];
    else if (event.key === "Home") target = mine[0];
    else if (event.key === "End") target = mine[mine.length - 1];
    else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      const to = colIndex + (event.key === "ArrowRight" ? 1 : -1);
      if (to < 0 || to >= columns.length) return;
      const other = inColumn(to);
      target = other.find((b) => b.dataset.id === current.dataset.id) ?? other[Math.min(other.length - 1, Math.round((index / Math.max(1, mine.length - 1)) * (other.length - 1)))];
    } else return;
    event.preventDefault();
    focusChip(target);
  });

  render();
  return frame.root;
}
