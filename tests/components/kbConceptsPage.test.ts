// @vitest-environment jsdom
// The Concepts chapter is a page loader: its glossary is static HTML with an anchor per term.
import {describe, expect, it} from "vitest";
import {escapeHtml, glossaryEntry, glossaryHtml, renderConceptsPage, richText} from "../../src/concepts.md.js";
import {chaptersWith, concepts, features} from "../lib/kb/data.js";

const parse = (html: string) => {
  const div = document.createElement("div");
  div.innerHTML = html;
  return div;
};

describe("the Concepts page loader", () => {
  it("escapes HTML and Framework's ${ } in data text", () => {
    expect(escapeHtml(`<b>"x" & 'y'</b> \${alert(1)}`)).toBe("&#60;b&#62;&#34;x&#34; &#38; &#39;y&#39;&#60;/b&#62; &#36;&#123;alert(1)&#125;");
    expect(richText("in the `*` role, not <i>")).toBe("in the <code>*</code> role, not &#60;i&#62;");
  });

  it("writes one entry per term, with the term's id as its anchor, A to Z", () => {
    const dom = parse(glossaryHtml(concepts, chaptersWith("components", "concepts", "features")));
    const entries = [...dom.querySelectorAll("dl.kb-glossary > div.kb-entry")];
    expect(entries.map((e) => e.id).sort()).toEqual(concepts.map((c) => c.id).sort());
    const terms = entries.map((e) => e.querySelector("dfn")!.textContent!);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, "en", {sensitivity: "base"})));
    expect(dom.querySelector("#quorum .kb-def")?.textContent).toBe(concepts.find((c) => c.id === "quorum")!.definition);
    const letters = [...dom.querySelectorAll(".kb-letters a")].map((a) => a.getAttribute("href"));
    for (const href of letters) expect(dom.querySelector(href!)).not.toBeNull();
  });

  it("links related terms here, components and features on their pages, and only chapters that exist", () => {
    const entry = parse(glossaryEntry(concepts.find((c) => c.id === "master-node")!, chaptersWith("components", "concepts")));
    const hrefs = [...entry.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain("#quorum");
    expect(hrefs).toContain("./components#mesos-master");
    expect(hrefs.some((h) => h?.startsWith("./architecture"))).toBe(false);
    expect(entry.textContent).toContain("Taught in Chapter architecture (coming later)");
    const linked = parse(glossaryEntry(concepts.find((c) => c.id === "master-node")!, chaptersWith("components", "concepts", "architecture")));
    expect([...linked.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toContain("./architecture");
  });

  it("turns hostile data into text", () => {
    const evil = {...concepts[0]!, id: "evil", term: "<script>alert(1)</script>", definition: "${1+1} <img src=x onerror=alert(1)>"};
    const html = glossaryEntry(evil, chaptersWith());
    const dom = parse(html);
    expect(dom.querySelector("script, img")).toBeNull();
    expect(dom.querySelector("dfn")?.textContent).toBe("<script>alert(1)</script>");
    expect(html).not.toContain("${");
    expect(dom.querySelector(".kb-def")?.textContent).toBe("${1+1} <img src=x onerror=alert(1)>");
  });

  it("renders the chapter: front matter, objectives, the interactive cells, checks and sources", () => {
    const page = renderConceptsPage(concepts, features, chaptersWith("components", "concepts", "features"));
    expect(page.startsWith("---\ntitle: Concepts\n---\n")).toBe(true);
    expect(page).toContain('<div class="objectives">');
    expect(page).toContain("display(kbGlossary(concepts))");
    expect(page).toContain('display(checksList(checks["concepts"]');
    expect(page).toContain('<details class="instructors">');
    expect(page).toContain(`${concepts.length} terms, `);
    // The glossary HTML block has no blank line, so Markdown leaves it alone.
    const block = page.slice(page.indexOf('<div class="kb-glossary-all">'), page.indexOf("## Check your understanding"));
    expect(block.trim().includes("\n\n")).toBe(false);
    expect(page).toMatch(/## Sources\n\n[^]*- \*Concepts\*, DC\/OS 2\.1 documentation \(\d+ terms\)\./);
  });
});
