// Glossary search: a labelled search box whose results update as you type. Each result links
// to the term's entry (#<concept-id>) and shows its definition with the words you typed marked.
import type {ConceptView} from "../lib/kb/join.js";
import {searchConcepts} from "../lib/kb/views.js";
import {h, uniqueId} from "./dom.js";
import {fill} from "./kbShared.js";

export interface GlossaryOptions {
  /** The text in the box at first. */
  query?: string;
  /** Where a result links to (default `#<id>`). */
  href?: (id: string) => string;
}

type Term = Pick<ConceptView, "id" | "term" | "aliases" | "definition">;

/** Splits text into plain strings and <mark>ed runs wherever a query word occurs. */
export function markWords(text: string, query: string): (string | HTMLElement)[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [text];
  const lower = text.toLowerCase();
  const hits = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) hits.fill(true, i, i + word.length);
  }
  const out: (string | HTMLElement)[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || hits[i] !== hits[start]) {
      const run = text.slice(start, i);
      out.push(hits[start] ? h("mark", {}, run) : run);
      start = i;
    }
  }
  return out;
}

export function kbGlossary(concepts: readonly Term[], {query = "", href = (id) => `#${id}`}: GlossaryOptions = {}): HTMLElement {
  const id = uniqueId("kb-search");
  const input = h("input", {type: "search", id, class: "kb-search", autocomplete: "off", spellcheck: "false", value: query, "aria-describedby": `${id}-status`});
  const status = h("p", {id: `${id}-status`, class: "kb-search-status", role: "status"});
  const results = h("ul", {class: "kb-results", "aria-label": "Matching terms"});

  const update = () => {
    const q = input.value.trim();
    if (!q) {
      status.textContent = `Type a word to search the ${concepts.length} terms: their names, other names and definitions.`;
      results.replaceChildren();
      return;
    }
    const matches = searchConcepts(concepts, q);
    status.textContent = matches.length
      ? `${matches.length} ${matches.length === 1 ? "term matches" : "terms match"} “${q}”.`
      : `No term matches “${q}”. Try a shorter word, or browse the full glossary below.`;
    results.replaceChildren(
      ...matches.map((m) => {
        const li = h("li");
        fill(
          li,
          h("a", {href: href(m.concept.id), class: "kb-result-term"}, ...markWords(m.concept.term, q)),
          m.field === "alias" ? h("span", {class: "kb-result-via"}, " also called ", ...markWords(m.alias!, q)) : null,
          h("p", {}, ...markWords(m.concept.definition, q))
        );
        return li;
      })
    );
  };
  input.addEventListener("input", update);
  update();

  return h(
    "div",
    {class: "kb-glossary-search", role: "search"},
    h("label", {for: id}, "Search the glossary"),
    input,
    status,
    results
  );
}
