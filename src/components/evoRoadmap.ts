// The 1.7 and 1.8 roadmaps side by side, by horizon (near, medium, long). Every item shows
// whether it shipped (release and maturity label) or never did; selecting an item (click, or
// Enter/Space on the focused card, arrows to move) explains it in a panel and the log.
import {describeRoadmapItem, neverShipped, roadmapColumn, roadmapCounts} from "../lib/evolution/helpers.js";
import {HORIZONS, PHASE_LABELS, ROADMAPS, type Horizon, type RoadmapItem} from "../lib/evolution/types.js";
import {h, uniqueId} from "./dom.js";
import {figureFrame} from "./figure.js";
import {and, phaseBadge} from "./evoShared.js";
import {rovingFocus} from "./kbShared.js";

export const HORIZON_TITLES: Record<Horizon, string> = {near: "Near term", medium: "Medium term", long: "Long term"};

/** The shipped / never badge of an item. */
export function outcomeBadge(item: RoadmapItem): HTMLElement {
  const o = item.outcome;
  if (o.status === "never") return h("span", {class: "evo-outcome is-never"}, h("span", {"aria-hidden": "true"}, "✗ "), "never shipped");
  return h("span", {class: "evo-outcome is-shipped"}, h("span", {"aria-hidden": "true"}, "✓ "), `shipped in ${o.release}`, o.phase ? [" ", phaseBadge(o.phase)] : " (no label)", o.inferred ? h("span", {class: "evo-inferred", title: o.note ?? ""}, " *") : null);
}

export function evoRoadmap(items: readonly RoadmapItem[], options: {onlyNever?: boolean} = {}): HTMLElement {
  const frame = figureFrame({
    title: "The 1.7 and 1.8 roadmaps",
    description: "Two columns, one per roadmap, each split into near, medium and long term. Every item says whether it shipped and as what. Select an item for details.",
    className: "evo-roadmap"
  });
  let selected = "";
  let onlyNever = options.onlyNever ?? false;
  const toggleId = uniqueId("evo-only-never");
  const toggle = h("input", {type: "checkbox", id: toggleId, class: "evo-only-never", checked: onlyNever});
  toggle.addEventListener("change", () => {
    onlyNever = toggle.checked;
    draw();
    frame.narrate(onlyNever ? `Showing only the ${neverShipped(items).length} items that never shipped.` : "Showing every item.");
  });
  frame.controls.append(h("label", {for: toggleId, class: "kb-field"}, toggle, " Only items that never shipped"));
  const never = neverShipped(items);
  const summary = h("p", {class: "evo-summary"}, `${never.length} of ${items.length} items never shipped: ${and(never.map((i) => i.name))}.`);
  const grid = h("div", {class: "evo-roadmap-grid"});
  const panel = h("div", {class: "evo-path", "aria-label": "The selected roadmap item"});
  frame.body.append(summary, grid, panel);
  const cards = () => [...grid.querySelectorAll<HTMLElement>(".evo-item")];
  const focusOn = rovingFocus(cards);

  function card(item: RoadmapItem, roadmap: string): HTMLElement {
    const el = h(
      "div",
      {
        class: `evo-item${item.outcome.status === "never" ? " is-never" : ""}${item.id === selected ? " is-selected" : ""}`,
        role: "button",
        tabindex: "-1",
        "aria-pressed": String(item.id === selected),
        "data-id": item.id,
        "data-roadmap": roadmap
      },
      h("span", {class: "evo-item-name"}, item.name),
      " ",
      outcomeBadge(item)
    );
    el.addEventListener("click", () => choose(item.id, el));
    el.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose(item.id, el);
      } else if (["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight"].includes(event.key)) {
        event.preventDefault();
        const all = cards();
        const same = all.filter((c) => c.dataset.roadmap === roadmap);
        const other = all.filter((c) => c.dataset.roadmap !== roadmap);
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          const i = same.indexOf(el) + (event.key === "ArrowDown" ? 1 : -1);
          focusOn(same[Math.max(0, Math.min(same.length - 1, i))]);
        } else {
          focusOn(other.find((c) => c.dataset.id === item.id) ?? other[0]);
        }
      }
    });
    return el;
  }

  function draw(): void {
    const shown = onlyNever ? items.filter((i) => i.outcome.status === "never") : items;
    grid.replaceChildren(
      ...ROADMAPS.map((roadmap) => {
        const counts = roadmapCounts(items, roadmap);
        return h(
          "section",
          {class: "evo-roadmap-col", "aria-label": `The ${roadmap} roadmap`},
          h("h4", {}, `The ${roadmap} roadmap · ${counts.total} items`),
          HORIZONS.map((horizon) => {
            const column = roadmapColumn(shown, roadmap, horizon);
            return h(
              "div",
              {class: "evo-horizon", "data-horizon": horizon},
              h("h5", {}, `${HORIZON_TITLES[horizon]} · ${roadmapColumn(items, roadmap, horizon).length}`),
              column.length ? column.map((item) => card(item, roadmap)) : h("p", {class: "evo-empty"}, counts[horizon] ? "None of these never shipped." : "No such section on this page.")
            );
          }),
          roadmap === "1.8"
            ? h("p", {class: "evo-removed"}, items.filter((i) => i.removed?.roadmap === "1.8").map((i) => `${i.name} was on this page's ${HORIZON_TITLES[i.removed!.horizon].toLowerCase()} list until ${i.removed!.date}.`).join(" "))
            : null
        );
      })
    );
    const first = cards().find((c) => c.dataset.id === selected) ?? cards()[0];
    if (first) first.tabIndex = 0;
  }

  function drawPanel(): void {
    const item = items.find((i) => i.id === selected);
    if (!item) {
      panel.replaceChildren(h("p", {}, "Select an item to see what became of it."));
      return;
    }
    const o = item.outcome;
    const parts: (Node | null)[] = [
      h("h4", {}, item.name),
      h("p", {}, item.summary),
      h("p", {class: "evo-path-sentence"}, describeRoadmapItem(item)),
      o.note ? h("p", {class: "evo-note"}, o.inferred ? "Our reading: " : "", o.note) : null,
      o.track ? h("p", {}, "Its labels: ", h("a", {href: `./feature-maturity`}, `follow ${o.track.name} in the maturity explorer`), o.phase ? ` (first ${PHASE_LABELS[o.phase]} in ${o.release}).` : ".") : null
    ];
    panel.replaceChildren(...parts.filter((p): p is Node => p !== null));
  }

  function choose(id: string, el?: HTMLElement): void {
    selected = selected === id ? "" : id;
    draw();
    drawPanel();
    const again = cards().find((c) => c.dataset.id === id && c.dataset.roadmap === el?.dataset.roadmap);
    if (again) focusOn(again);
    const item = items.find((i) => i.id === id)!;
    frame.narrate(selected ? describeRoadmapItem(item) : `${item.name} deselected.`);
  }

  draw();
  drawPanel();
  return frame.root;
}
