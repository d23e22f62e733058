// The component explorer: filter the components by node type, category and release; pick one
// from the list (mouse, or Tab into the list and use the arrow keys) to read everything the
// knowledge base knows about it. Each row carries the component's id as its anchor, so a link
// to `#marathon` (from this page or `./components#marathon` from another) selects Marathon.
import type {ComponentCategory, KbNodeType} from "../lib/kb/common.js";
import type {ComponentView, ConceptView, FeatureView} from "../lib/kb/join.js";
import type {DcosRelease} from "../lib/kb/releases.js";
import {
  byCategoryThenName,
  componentChapters,
  filterComponents,
  KB_CATEGORY_LABELS,
  KB_CATEGORY_ORDER,
  KB_NODE_TYPE_LABELS,
  KB_NODE_TYPE_ORDER,
  KB_RELEASES,
  releaseSpan,
  type ComponentFilter
} from "../lib/kb/views.js";
import {h} from "./dom.js";
import {figureFrame} from "./figure.js";
import {labelledSelect} from "./kbControls.js";
import {categoryLabel, chapterHref, fill, later, whenConnected, commaList, enterpriseBadge, nodeTypeBadges, rovingFocus, swatch, type KbChapterRef} from "./kbShared.js";

export interface ExplorerOptions {
  /** Every chapter with whether its page exists (data/chapters.json), for links. */
  chapters?: readonly KbChapterRef[];
  features?: readonly FeatureView[];
  concepts?: readonly ConceptView[];
  /** The component selected at first. */
  selected?: string;
  /** The filters set at first. */
  filter?: ComponentFilter;
  /** Follow `location.hash`: select the component it names, and write the selection back. */
  followHash?: boolean;
  /** When resolved, stop listening to the page (Framework's `invalidation`). */
  invalidation?: Promise<unknown>;
}

export interface ExplorerElement extends HTMLElement {
  /** Selects a component by id (clearing filters that hide it); false if there is none. */
  select: (id: string, options?: {focus?: boolean; scroll?: boolean}) => boolean;
}

const nodeTypeNames = (types: readonly KbNodeType[]) => (types.length ? types.map((t) => KB_NODE_TYPE_LABELS[t].toLowerCase()).join(", ") : "no cluster node");

export function kbExplorer(components: readonly ComponentView[], options: ExplorerOptions = {}): ExplorerElement {
  const {chapters = [], features = [], concepts = [], followHash = false} = options;
  const frame = figureFrame({
    title: "Component explorer",
    description:
      "Three filters above a list of components grouped by category. Tab into the list, move with the up and down arrow keys, and press Enter to show a component's details beside the list.",
    keep: 1,
    visibleLog: false
  });
  const byId = new Map(components.map((c) => [c.id, c]));
  const sorted = [...components].sort(byCategoryThenName);
  const filter: ComponentFilter = {...options.filter};
  let selected: string | undefined;

  const nodeSelect = labelledSelect(
    "Runs on",
    [["", "Any node type"], ...KB_NODE_TYPE_ORDER.map((t) => [t, KB_NODE_TYPE_LABELS[t]] as const), ["off-cluster", "Off the cluster"]],
    filter.nodeType ?? "",
    (v) => update({nodeType: (v || null) as ComponentFilter["nodeType"]})
  );
  const categorySelect = labelledSelect(
    "Category",
    [["", "Any category"], ...KB_CATEGORY_ORDER.map((c) => [c, KB_CATEGORY_LABELS[c]] as const)],
    filter.category ?? "",
    (v) => update({category: (v || null) as ComponentCategory | null})
  );
  const releaseSelect = labelledSelect(
    "Release",
    [["", "Any release"], ...KB_RELEASES.map((r) => [r, `DC/OS ${r}`] as const)],
    filter.release ?? "",
    (v) => update({release: (v || null) as DcosRelease | null})
  );
  const reset = h("button", {type: "button", class: "wb-button", onclick: () => update({nodeType: null, category: null, release: null}, true)}, "Show all");
  const count = h("p", {class: "kb-count", role: "status"});
  frame.controls.append(nodeSelect.root, categorySelect.root, releaseSelect.root, reset);

  const tbody = h("tbody");
  const table = h(
    "table",
    {class: "kb-explorer-table"},
    h("caption", {class: "sr-only"}, "Components that match the filters, grouped by category"),
    h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Component"), h("th", {scope: "col"}, "Runs on"), h("th", {scope: "col"}, "Releases"))),
    tbody
  );
  const list = h("div", {class: "kb-explorer-list"}, table);
  const detail = h("section", {class: "kb-detail", "aria-label": "Component details"});
  frame.body.append(count, h("div", {class: "kb-explorer"}, list, detail));

  const buttons = () => [...tbody.querySelectorAll<HTMLButtonElement>("button.kb-pick")];
  const focusButton = rovingFocus(buttons);

  function render(): void {
    const shown = filterComponents(sorted, filter);
    tbody.replaceChildren();
    let category: ComponentCategory | undefined;
    for (const c of shown) {
      if (c.category !== category) {
        category = c.category;
        tbody.append(h("tr", {class: "kb-group"}, h("th", {colspan: 3, scope: "colgroup"}, categoryLabel(c.category))));
      }
      tbody.append(
        h(
          "tr",
          {id: c.id, class: c.id === selected ? "is-selected" : null},
          h(
            "td",
            {},
            h(
              "button",
              {type: "button", class: "kb-pick", "data-id": c.id, tabindex: -1, "aria-pressed": String(c.id === selected), onclick: () => select(c.id, {announce: true})},
              swatch(c.category),
              h("span", {}, c.name),
              c.enterprise ? h("span", {class: "kb-e", title: "Enterprise only"}, h("span", {"aria-hidden": "true"}, "E"), h("span", {class: "sr-only"}, ", Enterprise only")) : null
            )
          ),
          h("td", {}, nodeTypeBadges(c.nodeTypes)),
          h("td", {class: "kb-span"}, releaseSpan(c))
        )
      );
    }
    if (shown.length === 0) tbody.append(h("tr", {}, h("td", {colspan: 3}, "No component matches these filters. Press Show all.")));
    const all = buttons();
    const stop = all.find((b) => b.dataset.id === selected) ?? all[0];
    stop?.setAttribute("tabindex", "0");
    const parts = [
      filter.nodeType ? (filter.nodeType === "off-cluster" ? "off the cluster" : `on ${KB_NODE_TYPE_LABELS[filter.nodeType].toLowerCase()} nodes`) : "",
      filter.category ? `in ${KB_CATEGORY_LABELS[filter.category].toLowerCase()}` : "",
      filter.release ? `in DC/OS ${filter.release}` : ""
    ].filter(Boolean);
    count.textContent = `${shown.length} of ${components.length} components${parts.length ? ` ${parts.join(", ")}` : ""}.`;
  }

  function update(change: ComponentFilter, syncControls = false): void {
    Object.assign(filter, change);
    if (syncControls) {
      nodeSelect.select.value = filter.nodeType ?? "";
      categorySelect.select.value = filter.category ?? "";
      releaseSelect.select.value = filter.release ?? "";
    }
    render();
  }

  function showDetail(c: ComponentView): void {
    const link = (r: {id: string; name: string}) => h("a", {href: `#${r.id}`}, r.name);
    const row = (term: string, ...value: (Node | string | null)[]) => [h("dt", {}, term), h("dd", {}, ...value)];
    const inferred = (field: string) => (c.inferred.includes(field as never) ? h("span", {class: "kb-inferred"}, " (our reading)") : null);
    const units = c.units.map((u) => {
      const extra = [
        u.nodeTypes.join(",") !== c.nodeTypes.join(",") ? nodeTypeNames(u.nodeTypes) : "",
        u.since !== c.since || u.until !== c.until ? releaseSpan(u) : ""
      ].filter(Boolean);
      return h("li", {}, h("code", {}, u.name), extra.length ? ` (${extra.join("; ")})` : "", u.note ? ` ${u.note}` : "");
    });
    const ports = c.ports.map((p) =>
      h("li", {}, h("code", {}, `${p.label}/${p.protocol}`), ` on ${nodeTypeNames(p.nodeTypes)}, ${releaseSpan(p)}${p.enterprise ? ", Enterprise" : ""}: ${p.purpose}`)
    );
    const changes = [
      c.renamedFrom ? h("li", {}, `Called ${c.renamedFrom.name} until ${c.renamedFrom.in} renamed it.`) : null,
      c.mergedInto ? h("li", {}, "Merged into ", link(c.mergedInto), ` in ${c.mergedInto.in}.`) : null,
      c.replacedBy ? h("li", {}, "Replaced by ", link(c.replacedBy), ` in ${c.replacedBy.in}.`) : null,
      ...c.mergedFrom.map((m) => h("li", {}, link(m), ` was merged into it in ${m.in}.`)),
      ...c.replaces.map((m) => h("li", {}, "Took over from ", link(m), ` in ${m.in}.`))
    ].filter((x): x is HTMLLIElement => x !== null);
    const conceptHref = (id: string) => chapterHref(chapters, "concepts", id);
    const featureHref = (id: string) => chapterHref(chapters, "features", id);
    const refLinks = (items: readonly {id: string; label: string}[], href: (id: string) => string | undefined) =>
      commaList(items.map((i) => {
        const to = href(i.id);
        return to ? h("a", {href: to}, i.label) : i.label;
      }));
    const used = componentChapters(c, features, concepts).filter((id) => id !== "components");
    const chapterLinks = chapters.filter((ch) => used.includes(ch.id) && ch.available).map((ch) => h("a", {href: chapterHref(chapters, ch.id)!}, ch.title));

    fill(
      detail,
      h("h4", {class: "kb-detail-title"}, c.name, c.enterprise ? [" ", enterpriseBadge()] : null),
      c.aliases.length ? h("p", {class: "kb-aliases"}, `Also called ${c.aliases.join(", ")}.`) : null,
      h("p", {class: "kb-purpose"}, c.purpose, inferred("purpose")),
      h(
        "dl",
        {class: "kb-facts"},
        row("Category", categoryLabel(c.category), inferred("category")),
        row("Runs on", c.nodeTypes.length ? nodeTypeNames(c.nodeTypes) : "your own workstation, not a cluster node", inferred("nodeTypes")),
        row("Releases", `${releaseSpan(c)}${c.until === null ? " (still in the last release)" : ""}`, inferred("since"), c.inferred.includes("until") ? h("span", {class: "kb-inferred"}, " (last release: our reading)") : null),
        row("Upstream", c.upstream, c.repo ? " · " : null, c.repo ? h("code", {}, c.repo) : null),
        row("Edition", c.enterprise ? "Enterprise only" : "Open source and Enterprise", inferred("enterprise")),
        changes.length ? row("Changes", h("ul", {}, changes)) : [],
        row("systemd units", units.length ? h("ul", {}, units) : "none of its own"),
        row("Ports", ports.length ? h("ul", {}, ports) : "none documented"),
        c.dependsOn.length ? row("Needs", ...commaList(c.dependsOn.map(link))) : [],
        c.neededBy.length ? row("Needed by", ...commaList(c.neededBy.map(link))) : [],
        c.concepts.length ? row("Concepts", ...refLinks(c.concepts.map((k) => ({id: k.id, label: k.term})), conceptHref)) : [],
        c.features.length ? row("Features", ...refLinks(c.features.map((f) => ({id: f.id, label: f.name})), featureHref)) : [],
        chapterLinks.length ? row("Chapters", ...commaList(chapterLinks)) : []
      ),
      c.note ? h("div", {class: "kb-note"}, h("strong", {}, "About the sources: "), c.note) : null,
      h("p", {class: "kb-sources"}, "Sources: ", c.source.map((s) => `${s.title}, DC/OS ${s.version} docs`).join("; "), ".")
    );
  }

  function select(id: string, {announce = false, focus = false, scroll = false, hash = followHash} = {}): boolean {
    const c = byId.get(id);
    if (!c) return false;
    const hidden = !filterComponents([c], filter).length;
    selected = id;
    if (hidden) update({nodeType: null, category: null, release: null}, true);
    else render();
    showDetail(c);
    const button = buttons().find((b) => b.dataset.id === id);
    if (focus) focusButton(button);
    if (scroll && button) {
      const rowEl = button.closest("tr")!;
      frame.root.scrollIntoView?.({block: "start"});
      list.scrollTop = Math.max(0, rowEl.offsetTop - list.clientHeight / 3);
    }
    if (hash && typeof history !== "undefined" && location.hash !== `#${id}`) history.replaceState(history.state, "", `#${id}`);
    if (announce) frame.narrate(`${c.name}: ${KB_CATEGORY_LABELS[c.category].toLowerCase()}, runs on ${nodeTypeNames(c.nodeTypes)}, ${releaseSpan(c)}${c.enterprise ? ", Enterprise only" : ""}.`);
    return true;
  }

  list.addEventListener("keydown", (event) => {
    const all = buttons();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next =
      event.key === "ArrowDown" ? index + 1
      : event.key === "ArrowUp" ? index - 1
      : event.key === "Home" ? 0
      : event.key === "End" ? all.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    focusButton(all[Math.max(0, Math.min(all.length - 1, next))]);
  });

  const fromHash = (scroll: boolean) => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (byId.has(id) && id !== selected) select(id, {announce: true, scroll, focus: scroll, hash: false});
  };
  const onHash = () => fromHash(true);
  if (followHash && typeof location !== "undefined") {
    addEventListener("hashchange", onHash);
    options.invalidation?.then(() => removeEventListener("hashchange", onHash));
  }

  render();
  const first = followHash && typeof location !== "undefined" && byId.has(decodeURIComponent(location.hash.slice(1))) ? decodeURIComponent(location.hash.slice(1)) : options.selected;
  select(first && byId.has(first) ? first : sorted[0]!.id, {hash: false});
  // Arriving with a hash: once on the page, bring the explorer and the row into view.
  if (followHash && first && first === decodeURIComponent(location.hash.slice(1))) {
    later(() => whenConnected(frame.root, () => select(first, {scroll: true, hash: false})));
  }
  return Object.assign(frame.root, {select: (id: string, o: {focus?: boolean; scroll?: boolean} = {}) => select(id, {announce: true, ...o})}) as ExplorerElement;
}
