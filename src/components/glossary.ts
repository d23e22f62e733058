// Glossary links: a term marked once in a chapter's prose links to its entry in the Concepts
// chapter and shows the short definition in a tooltip on hover and on keyboard focus. The
// tooltip (role=tooltip) is the link's description (aria-describedby), so screen readers read
// the definition too. Escape hides it; moving the pointer onto it keeps it open; a tap on a
// touch screen just follows the link. An id the glossary does not have shows a visible marker.
import {h, uniqueId} from "./dom.js";

export interface GlossaryEntry {
  term: string;
  definition: string;
}
export type Glossary = Readonly<Record<string, GlossaryEntry>>;

export interface TermOptions {
  /** The path from this page to the site root ("./" at the top level, "../" one folder down). */
  root?: string;
}

let hideOpen: (() => void) | null = null;

/** Text with `code` spans shown as <code>, as text nodes only. */
function richText(text: string): (Node | string)[] {
  return text.split(/(`[^`]+`)/).map((part) => (/^`[^`]+`$/.test(part) ? h("code", {}, part.slice(1, -1)) : part));
}

/** The link for a term (its own name unless `text` is given), or a visible marker for an unknown id. */
export function termLink(glossary: Glossary | null, id: string, text?: string, {root = "./"}: TermOptions = {}): HTMLElement {
  const entry = glossary && Object.hasOwn(glossary, id) ? glossary[id] : undefined;
  if (!entry) {
    const why = glossary ? `“${id}” is not in the glossary` : "the glossary could not be loaded";
    console.error(`Glossary link: ${why}.`);
    return h("span", {class: "wb-term-unknown", "data-term": id}, text ?? id, " ", h("mark", {}, `[glossary: ${why}]`));
  }
  const tipId = uniqueId("term-tip");
  const tip = h("span", {class: "wb-term-tip", role: "tooltip", id: tipId, hidden: true}, h("strong", {}, entry.term), ": ", ...richText(entry.definition));
  const link = h("a", {href: `${root}concepts#${id}`, "aria-describedby": tipId}, text ?? entry.term);
  const wrap = h("span", {class: "wb-term", "data-term": id}, link, tip);

  let pointerDown = false;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !tip.hidden) {
      hide();
      event.stopPropagation();
    }
  };
  const hide = () => {
    tip.hidden = true;
    document.removeEventListener("keydown", onKey, true);
    if (hideOpen === hide) hideOpen = null;
  };
  const show = () => {
    if (!tip.hidden) return;
    hideOpen?.();
    tip.hidden = false;
    tip.style.removeProperty("--wb-tip-shift");
    // Keep the tooltip inside the window.
    const box = tip.getBoundingClientRect();
    const over = box.right - (document.documentElement.clientWidth - 8);
    if (over > 0) tip.style.setProperty("--wb-tip-shift", `${-Math.min(over, Math.max(0, box.left - 8))}px`);
    document.addEventListener("keydown", onKey, true);
    hideOpen = hide;
  };

  // Hover shows it for a mouse only: on touch screens the first tap must follow the link.
  wrap.addEventListener("pointerenter", (event) => event.pointerType === "mouse" && show());
  wrap.addEventListener("pointerleave", (event) => event.pointerType === "mouse" && document.activeElement !== link && hide());
  link.addEventListener("pointerdown", () => (pointerDown = true));
  link.addEventListener("focus", () => (pointerDown ? undefined : show()));
  link.addEventListener("blur", () => {
    pointerDown = false;
    hide();
  });
  return wrap;
}

/** A `term(id, text?)` for a page: each call resolves to the link once the glossary has loaded. */
export function termLinks(glossary: PromiseLike<Glossary> | Glossary | undefined, options: TermOptions = {}): (id: string, text?: string) => Promise<HTMLElement> {
  const loaded = Promise.resolve(glossary).then(
    (g) => g ?? null,
    () => null
  );
  return (id, text) => loaded.then((g) => termLink(g, id, text, options));
}
