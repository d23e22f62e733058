// What the architecture figures share: the components by id, links to the chapters that exist,
// component chips (buttons in the colour of their category) and the "About this component" panel
// that hovering or focusing any component fills in: purpose, units, ports, node types and links.
import {EXTRA_ACTORS, type Place} from "../lib/architecture/actors.js";
import type {KbNodeType} from "../lib/kb/common.js";
import type {ComponentView} from "../lib/kb/join.js";
import type {DcosRelease} from "../lib/kb/releases.js";
import {existsIn, KB_CATEGORY_LABELS, KB_NODE_TYPE_LABELS, releaseSpan, shortName} from "../lib/kb/views.js";
import {h} from "./dom.js";
import {categoryColor} from "./kbShared.js";

/** The fields of a component the figures read (data/components.json). */
export type ArchComponent = Pick<
  ComponentView,
  "id" | "name" | "purpose" | "category" | "nodeTypes" | "since" | "until" | "enterprise" | "units" | "ports" | "concepts" | "note"
>;

/** A chapter as data/chapters.json gives it. */
export interface ArchChapter {
  id: string;
  path: string;
  available: boolean;
}

export interface ArchContext {
  byId: Map<string, ArchComponent>;
  chapters: readonly ArchChapter[];
  /** Display names of components and of the actors that are not components. */
  names: Readonly<Record<string, string>>;
}

export function archContext(components: readonly ArchComponent[], chapters: readonly ArchChapter[] = [], names: Readonly<Record<string, string>> = {}): ArchContext {
  return {byId: new Map(components.map((c) => [c.id, c])), chapters, names};
}

/** `./<chapter>#<hash>`, or undefined while the chapter has no page. */
export function chapterLink(ctx: ArchContext, chapter: string, hash?: string): string | undefined {
  const c = ctx.chapters.find((x) => x.id === chapter);
  if (!c?.available) return undefined;
  return `.${c.path}${hash ? `#${hash}` : ""}`;
}

/** The full name of a component or actor. */
export function fullName(ctx: ArchContext, id: string): string {
  return ctx.byId.get(id)?.name ?? ctx.names[id] ?? EXTRA_ACTORS.find((a) => a.id === id)?.name ?? id;
}

/** The short label figures draw ("DC/OS Jobs (Metronome)" → "Metronome"). */
export function shortLabel(ctx: ArchContext, id: string): string {
  return shortName(fullName(ctx, id));
}

const PLACE_LABELS: Record<Place, string> = {
  outside: "outside the cluster",
  master: "a master",
  "private-agent": "a private agent",
  "public-agent": "a public agent"
};

export interface InfoPanel {
  element: HTMLElement;
  /** Shows a component or actor (unknown ids show the hint again). */
  show: (id: string | undefined) => void;
  /** The id shown, if any. */
  shown: () => string | undefined;
  /** Makes hovering or focusing `element` show `id`. */
  bind: (element: Element, id: string) => void;
}

export interface InfoPanelOptions {
  /** The release whose units to list; all units with their releases when absent. */
  release?: () => DcosRelease | undefined;
  hint?: string;
}

export function infoPanel(ctx: ArchContext, {release, hint = "Point at or focus any component to read about it here."}: InfoPanelOptions = {}): InfoPanel {
  const element = h("aside", {class: "arch-info", "aria-label": "About the component"}, h("p", {class: "arch-info-hint"}, hint));
  let current: string | undefined;

  const row = (label: string, ...value: (Node | string)[]) => h("p", {class: "arch-info-row"}, h("strong", {}, `${label}: `), ...value);
  const joined = (items: (Node | string)[]) => items.flatMap((item, i) => (i ? [", ", item] : [item]));

  function renderComponent(c: ArchComponent): void {
    const r = release?.();
    const units = c.units.filter((u) => !r || existsIn(u, r));
    const unitText = units.map((u) => {
      const where = u.nodeTypes.length < c.nodeTypes.length ? ` (${u.nodeTypes.map((t) => KB_NODE_TYPE_LABELS[t].toLowerCase()).join(", ")})` : "";
      const when = !r && (u.since !== c.since || u.until !== c.until) ? ` [${releaseSpan(u)}]` : "";
      return h("code", {}, `${u.name}${where}${when}`);
    });
    const ports = [...new Set(c.ports.filter((p) => !r || existsIn(p, r)).map((p) => `${p.label}/${p.protocol}`))];
    // Why a component has no unit, when its note says so (its first sentence).
    const noUnit = (c.note ?? "").split(/(?<=\.)\s/).find((sentence) => /\bunit\b/i.test(sentence));
    const componentsHref = chapterLink(ctx, "components", c.id);
    const concepts = c.concepts.map((k) => {
      const href = chapterLink(ctx, "concepts", k.id);
      return href ? h("a", {href}, k.term) : h("span", {}, k.term);
    });
    const parts: (HTMLElement | null)[] = [
      h(
        "p",
        {class: "arch-info-title"},
        h("span", {class: "arch-info-swatch", "aria-hidden": "true", style: `background:${categoryColor(c.category)}`}),
        h("strong", {}, c.name),
        c.enterprise ? h("span", {class: "arch-badge"}, "Enterprise only") : null
      ),
      h("p", {class: "arch-info-purpose"}, c.purpose),
      row("Group", KB_CATEGORY_LABELS[c.category]),
      row("Runs on", c.nodeTypes.length ? c.nodeTypes.map((t) => KB_NODE_TYPE_LABELS[t].toLowerCase()).join(", ") : "no node: it runs outside the cluster"),
      row(r ? `systemd units in ${r}` : "systemd units", ...(unitText.length ? joined(unitText) : [noUnit ?? "none of its own"])),
      ports.length ? row("Ports", ...joined(ports.map((p) => h("code", {}, p)))) : null,
      row("Ships in", `DC/OS ${releaseSpan(c)}`),
      concepts.length ? row("Terms", ...joined(concepts)) : null,
      componentsHref ? h("p", {class: "arch-info-row"}, h("a", {href: componentsHref}, `More about ${shortName(c.name)} in Components`)) : null
    ];
    element.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  }

  function show(id: string | undefined): void {
    current = id;
    const c = id ? ctx.byId.get(id) : undefined;
    if (c) return renderComponent(c);
    const actor = EXTRA_ACTORS.find((a) => a.id === id);
    if (actor) {
      element.replaceChildren(
        h("p", {class: "arch-info-title"}, h("strong", {}, actor.name)),
        h("p", {class: "arch-info-purpose"}, actor.about),
        row("Where", `${PLACE_LABELS[actor.place]}; not a DC/OS component`)
      );
      return;
    }
    current = undefined;
    element.replaceChildren(h("p", {class: "arch-info-hint"}, hint));
  }

  function bind(target: Element, id: string): void {
    target.addEventListener("mouseenter", () => show(id));
    target.addEventListener("focus", () => show(id));
  }

  return {element, show, shown: () => current, bind};
}

export interface ChipOptions {
  panel?: InfoPanel;
  /** Text instead of the short name. */
  label?: string;
  onSelect?: (id: string) => void;
  /** Extra text for screen readers after the name. */
  describe?: string;
}

/** A component as a small button in its category's colour; hovering or focusing it fills the panel. */
export function componentChip(ctx: ArchContext, id: string, {panel, label, onSelect, describe}: ChipOptions = {}): HTMLButtonElement {
  const c = ctx.byId.get(id);
  const text = label ?? shortLabel(ctx, id);
  // The visible label comes first in the accessible name; the rest is for screen readers only.
  const full = fullName(ctx, id);
  const extra = [full !== text ? full : "", c?.enterprise ? "Enterprise only" : "", describe ?? ""].filter(Boolean).join(", ");
  const chip = h(
    "button",
    {
      type: "button",
      class: "arch-chip",
      "data-component": id,
      style: c ? `--arch-chip-color:${categoryColor(c.category)}` : null,
      onclick: onSelect ? () => onSelect(id) : null
    },
    text,
    c?.enterprise ? [" ", h("span", {class: "arch-e"}, "E")] : null,
    extra ? h("span", {class: "sr-only"}, `, ${extra}`) : null
  );
  panel?.bind(chip, id);
  return chip;
}

/** Node type labels, for figures. */
export function nodeTypeLabel(t: KbNodeType): string {
  return KB_NODE_TYPE_LABELS[t];
}
