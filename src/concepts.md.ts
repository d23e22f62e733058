// The Concepts chapter, written by a page loader so that the glossary is plain HTML in the page:
// every term's anchor (#<concept-id>) works without JavaScript, Framework's search indexes the
// definitions, and the page prints. The search box and the concept map are the ```js cells.
// All data text is escaped before it goes into the HTML (and `$` too, so that Framework never
// reads data as an expression).
import {pathToFileURL} from "node:url";
import {loadCourse} from "./data/course.js";
import {readData} from "./data/load.js";
import type {CourseChapter} from "./lib/course/parts.js";
import {DataError} from "./lib/data/validate.js";
import {conceptGraph, joinConcepts, joinFeatures, loadKnowledgeBase, readKnowledgeBaseFiles, type ConceptView, type FeatureView} from "./lib/kb/index.js";

/** Escapes text for HTML (and `$`, `{` and `}` for Framework's Markdown). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'$`{}]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Escaped text, with `code` spans of the data shown as <code>. */
export function richText(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part)))
    .join("");
}

const GLOSSARY_NAMES: Record<ConceptView["glossary"], string> = {
  "2.1": "the DC/OS 2.1 Concepts page",
  "1.7": "the older DC/OS 1.7 glossary",
  other: "other DC/OS documentation pages"
};

const attr = (text: string) => escapeHtml(text);

function chapterLink(chapters: readonly CourseChapter[], id: string, hash?: string): string | undefined {
  const c = chapters.find((x) => x.id === id);
  if (!c?.available) return undefined;
  return `${c.id === "index" ? "./" : `.${c.path}`}${hash ? `#${hash}` : ""}`;
}

const join = (items: readonly string[]) => items.join(", ");

/** One glossary entry: the term (its anchor), definition, related terms and where it leads. */
export function glossaryEntry(c: ConceptView, chapters: readonly CourseChapter[]): string {
  const link = (href: string | undefined, text: string) => (href ? `<a href="${attr(href)}">${escapeHtml(text)}</a>` : escapeHtml(text));
  const meta: string[] = [];
  if (c.aliases.length) meta.push(`<span><strong>Also called</strong> ${escapeHtml(join(c.aliases))}</span>`);
  if (c.related.length) meta.push(`<span><strong>Related</strong> ${join(c.related.map((r) => link(`#${r.id}`, r.term)))}</span>`);
  if (c.components.length) meta.push(`<span><strong>Components</strong> ${join(c.components.map((x) => link(chapterLink(chapters, "components", x.id), x.name)))}</span>`);
  if (c.features.length) meta.push(`<span><strong>Features</strong> ${join(c.features.map((f) => link(chapterLink(chapters, "features", f.id), f.name)))}</span>`);
  const chapter = chapters.find((x) => x.id === c.chapter);
  if (chapter && chapter.id !== "concepts") {
    const href = chapterLink(chapters, chapter.id);
    meta.push(`<span><strong>Taught in</strong> ${href ? link(href, chapter.title) : `${escapeHtml(chapter.title)} (coming later)`}</span>`);
  }
  const sources = c.source.map((s) => `${s.title}, DC/OS ${s.version}`).join("; ");
  return [
    `<div class="kb-entry" id="${attr(c.id)}">`,
    `<dt><dfn>${escapeHtml(c.term)}</dfn> <a class="kb-anchor" href="#${attr(c.id)}" aria-label="Link to ${attr(c.term)}">#</a></dt>`,
    `<dd>`,
    `<p class="kb-def">${richText(c.definition)}</p>`,
    meta.length ? `<p class="kb-meta">${meta.join(" ")}</p>` : "",
    c.note ? `<p class="kb-note"><strong>About the sources:</strong> ${richText(c.note)}</p>` : "",
    `<p class="kb-src">From ${escapeHtml(GLOSSARY_NAMES[c.glossary])}. Sources: ${escapeHtml(sources)}.</p>`,
    `</dd>`,
    `</div>`
  ]
    .filter(Boolean)
    .join("\n");
}

/** The whole glossary, A to Z, with a letter index; no blank line inside (one HTML block). */
export function glossaryHtml(concepts: readonly ConceptView[], chapters: readonly CourseChapter[]): string {
  const sorted = [...concepts].sort((a, b) => a.term.localeCompare(b.term, "en", {sensitivity: "base"}));
  const letterOf = (c: ConceptView) => c.term[0]!.toUpperCase();
  const letters = [...new Set(sorted.map(letterOf))];
  const index = `<nav class="kb-letters" aria-label="Glossary by letter">${letters.map((l) => `<a href="#letter-${attr(l.toLowerCase())}">${escapeHtml(l)}</a>`).join(" ")}</nav>`;
  const groups = letters.map((l) =>
    [
      `<section class="kb-letter" aria-labelledby="letter-${attr(l.toLowerCase())}">`,
      `<h3 id="letter-${attr(l.toLowerCase())}">${escapeHtml(l)}</h3>`,
      `<dl class="kb-glossary">`,
      ...sorted.filter((c) => letterOf(c) === l).map((c) => glossaryEntry(c, chapters)),
      `</dl>`,
      `</section>`
    ].join("\n")
  );
  return [`<div class="kb-glossary-all">`, index, ...groups, `</div>`].join("\n");
}

function sourcesHtml(records: readonly {source: readonly {key: string; title: string; version: string}[]}[]): string {
  const byKey = new Map<string, {title: string; versions: Set<string>; count: number}>();
  for (const r of records) {
    for (const s of r.source) {
      const e = byKey.get(s.key) ?? {title: s.title, versions: new Set<string>(), count: 0};
      e.versions.add(s.version);
      e.count++;
      byKey.set(s.key, e);
    }
  }
  const order = (v: string) => v.split(".").map(Number).reduce((a, b) => a * 100 + b, 0);
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title))
    .map((e) => `- *${escapeHtml(e.title)}*, DC/OS ${[...e.versions].sort((a, b) => order(a) - order(b)).join(", ")} documentation (${e.count} ${e.count === 1 ? "term" : "terms"}).`)
    .join("\n");
}

/** The chapter as Markdown. */
export function renderConceptsPage(concepts: readonly ConceptView[], features: readonly FeatureView[], chapters: readonly CourseChapter[]): string {
  const count = (glossary: ConceptView["glossary"]) => concepts.filter((c) => c.glossary === glossary).length;
  const graph = conceptGraph(concepts);
  const hub = [...graph.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0]!;
  const hubTerm = concepts.find((c) => c.id === hub.id)!.term;
  const taughtHere = concepts.filter((c) => c.chapter === "concepts").length;
  void features;
  return `---
title: Concepts
---

# Concepts

\`\`\`js
import {kbGlossary} from "./components/kbGlossary.js";
import {kbConceptMap} from "./components/kbConceptMap.js";
import {checksList} from "./components/checks.js";
import {chapterShell} from "./components/chapter.js";
import {searchConcepts} from "./lib/kb/views.js";
const concepts = FileAttachment("data/concepts.json").json();
const chapters = FileAttachment("data/chapters.json").json();
const checks = FileAttachment("data/checks.json").json();
const learn = chapterShell("concepts", checks);
\`\`\`

<div class="objectives">

## What you will learn

- Look up any DC/OS term and say what it means in your own words.
- Tell apart terms that are easy to mix up: a service and a task, a scheduler and a framework, a master and a quorum.
- Follow a term to the terms around it, and to the component or chapter that shows it at work.
- Recognise the old names (slave, offer, DC/OS Marathon) when you meet them in older documents.

</div>

DC/OS borrows words from Linux, from Mesos and from Marathon, and some of them mean something a little different here. This chapter is the workbook's glossary: ${concepts.length} terms, ${count("2.1")} from the 2.1 Concepts page, ${count("1.7")} kept from the older 1.7 glossary and ${count("other")} defined on other pages. Every other chapter links its terms here, to an anchor such as <code>./concepts#quorum</code>. ${taughtHere} of the terms are taught in this chapter itself; for the rest, the entry says which chapter shows them at work.

## Find a term

Type part of a word. The list narrows as you type: terms whose name starts with what you typed come first, then other names for a term, then definitions that mention it.

\`\`\`js
display(kbGlossary(concepts))
\`\`\`

<div class="try-this">

Type **offer**. Which result is the old 1.7 name, and which the one the 2.1 page uses? Now type **slave**: why does the glossary keep a word the documentation stopped using?

</div>

## How the terms connect

Each dot is a term; a line joins two terms that the knowledge base records as related. Terms taught in the same part of the course share a colour. Terms with many lines, such as *${escapeHtml(hubTerm)}* with ${hub.degree}, are the ones to learn first: the others hang off them. The layout is computed once, from a fixed seed, so the map looks the same every time you open it.

\`\`\`js
display(kbConceptMap(concepts, {chapters, followHash: true, invalidation}))
\`\`\`

<div class="try-this">

Select **Quorum**, then use the arrow keys to walk to **Master node** and on to **Cluster**. Read each definition as you go. Which terms around *Master node* describe the machine, and which describe the software on it?

</div>

## The glossary, A to Z

${glossaryHtml(concepts, chapters)}

## Check your understanding

\`\`\`js
display(checksList(checks["concepts"], {...learn, run: (scenario) => {
  const query = scenario.replace(/^search-/, "");
  const matches = searchConcepts(concepts, query);
  return \`\${matches.length} terms match “\${query}”: \${matches.map((m) => m.concept.term).join(", ")}.\`;
}}))
\`\`\`

<details class="instructors">
<summary>For instructors</summary>

**Timing.** 15 minutes: 5 with the map projected, 5 for learners to look up three terms each, 5 for the checks.

**Run it.** Project the concept map and start from *Cluster*. Ask the room which neighbour to visit next and why, and read each definition aloud. Then have learners search for a term from their own work (a job, a role, a VIP) and report how DC/OS uses it.

**Discussion questions.**
- Mesos calls a scheduler and its executors a *framework*; DC/OS mostly says *scheduler*. What is lost when one word stands for both?
- Why does a quorum need a majority rather than any two masters? (Two halves of a split cluster must never both lead.)
- A service in the GUI is a Marathon app or pod. What does that leave out? (Jobs, and the tasks other schedulers run.)

**Common misconceptions.**
- "A task and a service are the same." A service is kept running by Marathon; it is made of one or more tasks, which Mesos runs.
- "Public agents are safer because they are public." They face the outside world; that is why only tasks in the \`slave_public\` role land there.
- "Slave is a different kind of node." It is the old name for an agent.

</details>

## Sources

The definitions are written in the workbook's own words from these pages:

${sourcesHtml(concepts)}

<style>
:root {
  --kb-part-start: #0072b2;
  --kb-part-system: #117733;
  --kb-part-mechanisms: #c2360f;
  --kb-part-evolution: #aa4499;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --kb-part-start: #56b4e9;
    --kb-part-system: #4fcf7f;
    --kb-part-mechanisms: #f08a4b;
    --kb-part-evolution: #e58ad6;
  }
}
.wb-figure p, .wb-figure ul, .wb-figure h4 { max-width: none; }
#observablehq-main p a, #observablehq-main li a, #observablehq-main dd a { text-decoration: underline; text-underline-offset: 2px; }
.kb-glossary-search { font: 15px var(--sans-serif); max-width: 640px; margin: 1rem 0; }
.kb-glossary-search label { display: block; font-weight: 600; margin-bottom: .3rem; }
.kb-search { font: 16px var(--sans-serif); width: 100%; box-sizing: border-box; padding: .4rem .6rem; border: 1px solid var(--c-line); border-radius: 6px; background: var(--theme-background); color: var(--theme-foreground); }
.kb-search-status { font-size: 14px; margin: .4rem 0; }
.kb-results { list-style: none; padding: 0; margin: 0; max-height: 24rem; overflow: auto; }
.kb-results li { border-top: 1px solid var(--c-line); padding: .35rem 0; }
.kb-results p { margin: .1rem 0 0; font-size: 14px; }
.kb-result-term { font-weight: 600; }
.kb-result-via { font-size: 13px; }
.kb-results mark { background: color-mix(in srgb, var(--c-highlight) 55%, transparent); color: inherit; padding: 0 1px; }
.kb-legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none; padding: 0; margin: .3rem 0 .5rem; font-size: 12px; }
.kb-legend li { display: inline-flex; align-items: center; gap: .35em; }
.kb-graph-scroll { overflow-x: auto; }
.kb-map-node { cursor: pointer; }
.kb-map-node:focus-visible { outline: 3px solid var(--theme-foreground-focus); outline-offset: 2px; }
.kb-map-label { paint-order: stroke; stroke: var(--theme-background); stroke-width: 3px; stroke-linejoin: round; }
.kb-map-panel { border: 1px solid var(--c-line); border-radius: 6px; padding: .5rem .9rem; background: var(--c-panel); max-width: 640px; font-size: 14px; }
.kb-map-panel h4 { font: 700 16px var(--sans-serif); margin: 0 0 .2rem; }
.kb-map-panel p { margin: .25rem 0; }
.kb-map-panel .kb-aliases { font-weight: 400; font-size: 13px; }
.kb-related { font-size: 13px; padding: .1rem .5rem; min-height: 28px; margin: 0 .3rem .3rem 0; }
.kb-letters { font: 600 15px var(--sans-serif); display: flex; flex-wrap: wrap; gap: .2rem .7rem; margin: .5rem 0 1rem; max-width: 640px; }
.kb-letter h3 { font: 700 18px var(--sans-serif); border-bottom: 1px solid var(--c-line); margin: 1.2rem 0 .4rem; max-width: 640px; }
.kb-glossary { margin: 0; max-width: 640px; }
.kb-entry { margin: 0 0 .9rem; scroll-margin-top: 1rem; }
.kb-entry:target { outline: 3px solid var(--theme-foreground-focus); outline-offset: 6px; border-radius: 2px; }
.kb-entry dt { font: 700 16px var(--sans-serif); }
.kb-entry dfn { font-style: normal; }
.kb-anchor { font-weight: 400; text-decoration: none; opacity: .7; }
.kb-entry dd { margin: .15rem 0 0 0; }
.kb-def { margin: 0; }
.kb-meta { font: 13px var(--sans-serif); margin: .25rem 0 0; display: flex; flex-wrap: wrap; gap: .1rem 1rem; }
.kb-note { font-size: 13px; margin: .25rem 0 0; padding: .3rem .6rem; border-left: 3px solid var(--c-warn); background: color-mix(in srgb, var(--c-warn) 8%, transparent); }
.kb-src { font: 12px var(--sans-serif); margin: .2rem 0 0; }
</style>

\`\`\`js
import {presenter} from "./components/presenter.js";
presenter("concepts");
\`\`\`
`;
}

function main(): void {
  try {
    const kb = loadKnowledgeBase(readKnowledgeBaseFiles(process.env.DATA_DIR || "data", readData));
    process.stdout.write(renderConceptsPage(joinConcepts(kb), joinFeatures(kb), loadCourse()));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    process.stderr.write(`Data error:\n${error.problems.map((p) => `  ${p}`).join("\n")}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
