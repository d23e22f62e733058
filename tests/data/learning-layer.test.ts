// The learning layer on the real pages: every glossary link names a concept that exists, every
// chapter calls the chapter shell once, with its own slug, in its first cell, and the glossary
// loader prints each concept's term and definition.
import {execFileSync} from "node:child_process";
import {readdirSync, readFileSync} from "node:fs";
import {parse} from "yaml";
import {describe, expect, it} from "vitest";

function pageFiles(dir = "src"): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name.startsWith(".") || ["components", "lib", "data"].includes(e.name) ? [] : pageFiles(path);
    return /\.md(\.ts)?$/.test(e.name) ? [path] : [];
  });
}

const PAGES = pageFiles();
const CHAPTER_IDS = new Set((parse(readFileSync("data/chapters.yaml", "utf8")) as {id: string}[]).map((c) => c.id));
const CONCEPT_IDS = new Set((parse(readFileSync("data/concepts.yaml", "utf8")) as {id: string}[]).map((c) => c.id));
const slug = (file: string) => file.replace(/^src\//, "").replace(/(\/index)?\.md(\.ts)?$/, "");
// The first ```js cell (in a page loader's template, the fences are escaped as \`\`\`).
const firstCell = (text: string) => text.match(/(?:```|\\`\\`\\`)js\n([\s\S]*?)\n(?:```|\\`\\`\\`)/)?.[1] ?? "";

describe("glossary links in the pages", () => {
  const uses = PAGES.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bterm\(\s*(["'])(.*?)\1/g)].map((m) => ({file, id: m[2]!})));

  it("are used in at least six chapters", () => {
    expect(new Set(uses.map((u) => u.file)).size).toBeGreaterThanOrEqual(6);
  });

  it("name only concepts of data/concepts.yaml", () => {
    expect(uses.filter((u) => !CONCEPT_IDS.has(u.id)).map((u) => `${u.file}: term("${u.id}")`)).toEqual([]);
  });

  it("use a term() made from glossary.json in the page's first cell", () => {
    const made = /const term = termLinks\(FileAttachment\("data\/glossary\.json"\)\.json\(\)/;
    const missing = [...new Set(uses.map((u) => u.file))].filter((file) => !made.test(firstCell(readFileSync(file, "utf8"))));
    expect(missing).toEqual([]);
  });
});

describe("the chapter shell", () => {
  it("is called once, in the first cell, with the page's own slug, by every chapter but the home page", () => {
    const chapters = PAGES.filter((f) => slug(f) !== "index" && CHAPTER_IDS.has(slug(f)));
    expect(chapters.map(slug).sort()).toEqual([...CHAPTER_IDS].filter((id) => id !== "index").sort());
    const problems = chapters.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const calls = [...text.matchAll(/chapterShell\("([^"]+)"/g)].map((m) => m[1]);
      const first = [...firstCell(text).matchAll(/chapterShell\("([^"]+)"/g)].map((m) => m[1]);
      return calls.length === 1 && first.length === 1 && first[0] === slug(file) ? [] : [`${file}: ${JSON.stringify({calls, first})}`];
    });
    expect(problems).toEqual([]);
  });

  it("stays small: no d3, Plot, htl, zod or schema module anywhere in what it imports", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, "utf8").matchAll(/^import [^;]*? from "([^"]+)";/gm)) {
        if (!spec!.startsWith(".")) throw new Error(`${file} imports ${spec}`);
        if (spec!.includes(".schema")) throw new Error(`${file} imports ${spec}`);
        visit(new URL(spec!.replace(/\.js$/, ".ts"), `file://${process.cwd()}/${file}`).pathname.slice(process.cwd().length + 1));
      }
    };
    visit("src/components/chapter.ts");
    expect([...seen].sort()).toEqual(["src/components/chapter.ts", "src/components/dom.ts", "src/components/progressStore.ts", "src/lib/course/progress.ts"]);
  });

  it("feeds the checks of every chapter that has any", () => {
    const problems = PAGES.filter((f) => /checksList\(checks\[/.test(readFileSync(f, "utf8"))).filter(
      (file) => !/checksList\(checks\["[^"]+"\], (learn\)|\{\.\.\.learn,)/.test(readFileSync(file, "utf8"))
    );
    expect(problems).toEqual([]);
  });
});

describe("glossary.json", () => {
  it("prints every concept's term and definition, and nothing else", () => {
    const glossary = JSON.parse(execFileSync("node_modules/.bin/tsx", ["src/data/glossary.json.ts"], {encoding: "utf8"})) as Record<string, {term: string; definition: string}>;
    expect(new Set(Object.keys(glossary))).toEqual(CONCEPT_IDS);
    expect(glossary.quorum).toEqual({
      term: "Quorum",
      definition: (parse(readFileSync("data/concepts.yaml", "utf8")) as {id: string; definition: string}[]).find((c) => c.id === "quorum")!.definition
    });
    expect(Object.values(glossary).every((e) => Object.keys(e).join() === "term,definition")).toBe(true);
  });
});
