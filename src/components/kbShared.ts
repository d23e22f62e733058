// Small pieces the knowledge-base figures share: the colour of a category or node type (CSS
// variables, so both themes read well), badges, a category swatch, links to a component, a
// concept or a chapter, and roving focus over a list of elements.
import type {ComponentCategory, KbNodeType} from "../lib/kb/common.js";
import {KB_CATEGORY_LABELS, KB_NODE_TYPE_LABELS} from "../lib/kb/views.js";
import {h} from "./dom.js";

/**
 * Category colours are page variables (`--kb-cat-<category>`, set in the page's <style>), with a
 * fallback from the same colour-blind-safe set for pages that do not set them.
 */
const CATEGORY_FALLBACK: Record<ComponentCategory, string> = {
  "cluster-management": "#4b5cc4",
  "container-orchestration": "#117733",
  "container-runtimes": "#2a8a7a",
  "logging-and-metrics": "#8a7a1f",
  networking: "#aa4499",
  "package-management": "#8c510a",
  "iam-and-security": "#c2364f",
  storage: "#5b6b7a"
};

export function categoryColor(category: ComponentCategory): string {
  return `var(--kb-cat-${category}, ${CATEGORY_FALLBACK[category]})`;
}

/** The book's node-type colours (src/style.css). */
export function nodeTypeColor(nodeType: KbNodeType): string {
  return `var(--c-${nodeType})`;
}

/** A small square in the category's colour, hidden from screen readers (the label says it). */
export function swatch(category: ComponentCategory, size = 10): HTMLElement {
  return h("span", {
    class: "kb-swatch",
    "aria-hidden": "true",
    style: `display:inline-block;width:${size}px;height:${size}px;border-radius:2px;background:${categoryColor(category)};flex:none`
  });
}

export function categoryLabel(category: ComponentCategory): HTMLElement {
  return h("span", {class: "kb-category", style: "display:inline-flex;align-items:center;gap:.35em"}, swatch(category), KB_CATEGORY_LABELS[category]);
}

export function enterpriseBadge(): HTMLElement {
  return h("span", {class: "kb-badge kb-badge-enterprise", title: "Only in DC/OS Enterprise"}, "Enterprise");
}

/** Short node-type badges (M, P, Pub) with their full names for screen readers. */
export function nodeTypeBadges(nodeTypes: readonly KbNodeType[]): HTMLElement {
  if (nodeTypes.length === 0) return h("span", {class: "kb-nodes"}, h("span", {class: "kb-badge"}, "off the cluster"));
  const short: Record<KbNodeType, string> = {master: "M", "private-agent": "Pr", "public-agent": "Pu"};
  return h(
    "span",
    {class: "kb-nodes", style: "display:inline-flex;gap:3px"},
    nodeTypes.map((t) =>
      h(
        "span",
        {class: "kb-node-badge", title: KB_NODE_TYPE_LABELS[t], style: `border-color:${nodeTypeColor(t)}`},
        h("span", {"aria-hidden": "true"}, short[t]),
        h("span", {class: "sr-only"}, KB_NODE_TYPE_LABELS[t])
      )
    )
  );
}

/** A list of items joined with commas, as DOM nodes. */
export function commaList(items: readonly (Node | string)[]): (Node | string)[] {
  return items.flatMap((item, i) => (i ? [", ", item] : [item]));
}

/** A chapter as pages see it in data/chapters.json. */
export interface KbChapterRef {
  id: string;
  title: string;
  path: string;
  available: boolean;
}

/** The link to a chapter's page, or undefined when it has no page yet. */
export function chapterHref(chapters: readonly KbChapterRef[], id: string, hash?: string): string | undefined {
  const chapter = chapters.find((c) => c.id === id);
  if (!chapter?.available) return undefined;
  const path = chapter.id === "index" ? "./" : `.${chapter.path}`;
  return hash ? `${path}#${hash}` : path;
}

/**
 * Roving focus: one element of the list is in the tab order; `move` focuses another and makes it
 * the tab stop. Returns the function to call with the element to focus.
 */
export function rovingFocus(items: () => readonly HTMLElement[] | readonly SVGElement[]): (target: HTMLElement | SVGElement | undefined) => void {
  return (target) => {
    if (!target) return;
    for (const item of items()) item.setAttribute("tabindex", item === target ? "0" : "-1");
    target.focus();
  };
}

type Part = Node | string | null | undefined | false;
/** Replaces an element's children, skipping empty parts (one level of arrays is flattened). */
export function fill(element: Element, ...parts: (Part | Part[])[]): void {
  element.replaceChildren(...parts.flat().filter((p): p is Node | string => p !== null && p !== undefined && p !== false));
}

/** Splits a label into at most two lines of `max` characters, cutting the second with "…". */
export function wrapLabel(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const words = text.split(" ");
  let first = "";
  while (words.length && `${first} ${words[0]}`.trim().length <= max) first = `${first} ${words.shift()}`.trim();
  if (!first) first = words.shift()!; // one long word
  let rest = words.join(" ");
  if (!rest) return [first.length > max ? `${first.slice(0, max - 1)}…` : first];
  if (rest.length > max) rest = `${rest.slice(0, max - 1)}…`;
  return [first.length > max ? `${first.slice(0, max - 1)}…` : first, rest];
}

/**
 * The Sources list of a chapter: every documentation page its records cite, by title, with the
 * DC/OS versions read, in order of how often the records cite it.
 */
export function sourcesList(records: readonly {source: readonly {key: string; title: string; version: string; secondary?: boolean}[]}[]): HTMLElement {
  const byKey = new Map<string, {title: string; versions: Set<string>; count: number; secondary: boolean}>();
  for (const record of records) {
    for (const s of record.source) {
      const entry = byKey.get(s.key) ?? {title: s.title, versions: new Set<string>(), count: 0, secondary: Boolean(s.secondary)};
      entry.versions.add(s.version);
      entry.count++;
      byKey.set(s.key, entry);
    }
  }
  const order = (v: string) => v.split(".").map(Number).reduce((a, b) => a * 100 + b, 0);
  const entries = [...byKey.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  return h(
    "ul",
    {class: "kb-sources-list"},
    entries.map((e) => {
      const versions = [...e.versions].sort((a, b) => order(a) - order(b));
      return h("li", {}, h("em", {}, e.title), `, DC/OS ${versions.join(", ")} documentation${e.secondary ? " (secondary source)" : ""}.`);
    })
  );
}

/** Runs `callback` on the next frame (or soon, where there are no frames, as in tests). */
export function later(callback: () => unknown): void {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => void callback());
  else setTimeout(() => void callback(), 16);
}

/** Runs `callback` once `element` is in the document, checking each frame for about ten seconds. */
export function whenConnected(element: Element, callback: () => unknown, tries = 600): void {
  if (element.isConnected) callback();
  else if (tries > 0) later(() => whenConnected(element, callback, tries - 1));
}
