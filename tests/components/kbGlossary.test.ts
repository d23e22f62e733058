// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {kbGlossary, markWords} from "../../src/components/kbGlossary.js";
import {searchConcepts} from "../../src/lib/kb/views.js";
import {concepts} from "../lib/kb/data.js";

const type = (root: Element, text: string) => {
  const input = root.querySelector<HTMLInputElement>("input[type=search]")!;
  input.value = text;
  input.dispatchEvent(new Event("input"));
};

describe("kbGlossary", () => {
  it("has a labelled search box and starts with a hint, no results", () => {
    const root = kbGlossary(concepts);
    const input = root.querySelector("input[type=search]")!;
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe("Search the glossary");
    expect(root.querySelector("[role=status]")?.textContent).toBe(`Type a word to search the ${concepts.length} terms: their names, other names and definitions.`);
    expect(root.querySelectorAll(".kb-results li").length).toBe(0);
  });

  it("updates the results as you type, linking each to its entry", () => {
    const root = kbGlossary(concepts);
    type(root, "offer");
    const matches = searchConcepts(concepts, "offer");
    expect([...root.querySelectorAll(".kb-result-term")].map((a) => a.textContent)).toEqual(matches.map((m) => m.concept.term));
    expect(root.querySelector(".kb-result-term")?.getAttribute("href")).toBe("#offer");
    expect(root.querySelector("[role=status]")?.textContent).toBe(`${matches.length} terms match “offer”.`);
    expect(root.querySelector(".kb-results mark")?.textContent).toBe("Offer");
    type(root, "quorum");
    expect(root.querySelector("[role=status]")?.textContent).toBe(`${searchConcepts(concepts, "quorum").length} ${searchConcepts(concepts, "quorum").length === 1 ? "term matches" : "terms match"} “quorum”.`);
  });

  it("says so clearly when nothing matches", () => {
    const root = kbGlossary(concepts);
    type(root, "kubernetes-operator");
    expect(root.querySelector("[role=status]")?.textContent).toBe("No term matches “kubernetes-operator”. Try a shorter word, or browse the full glossary below.");
    expect(root.querySelectorAll(".kb-results li").length).toBe(0);
  });

  it("shows which other name matched, and keeps typed text as text", () => {
    const root = kbGlossary(concepts);
    type(root, "worker node");
    expect(root.querySelector(".kb-result-via")?.textContent).toBe(" also called worker node");
    type(root, "<img src=x>");
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("[role=status]")?.textContent).toBe("No term matches “<img src=x>”. Try a shorter word, or browse the full glossary below.");
  });

  it("marks every occurrence of each word, case-insensitively", () => {
    const parts = markWords("Mesos master and Mesos agent", "mesos");
    expect(parts.map((p) => (typeof p === "string" ? p : `[${p.textContent}]`)).join("")).toBe("[Mesos] master and [Mesos] agent");
    expect(markWords("abc", "")).toEqual(["abc"]);
  });
});
