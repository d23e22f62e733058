// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from "vitest";
import {termLink, termLinks} from "../../src/components/glossary.js";

const glossary = {
  role: {term: "Role", definition: "A name for a group of frameworks; resources can be reserved for it, such as `slave_public`."},
  quorum: {term: "Quorum", definition: "A majority of the masters."}
};

afterEach(() => vi.restoreAllMocks());

const key = (key: string) => document.dispatchEvent(new KeyboardEvent("keydown", {key, bubbles: true}));

describe("glossary links", () => {
  it("link to the concept's entry, described by a tooltip with the definition", () => {
    const el = termLink(glossary, "role", "roles");
    document.body.replaceChildren(el);
    const link = el.querySelector("a")!;
    const tip = el.querySelector('[role="tooltip"]') as HTMLElement;
    expect(link.getAttribute("href")).toBe("./concepts#role");
    expect(link.textContent).toBe("roles");
    expect(link.getAttribute("aria-describedby")).toBe(tip.id);
    expect(tip.textContent).toBe("Role: A name for a group of frameworks; resources can be reserved for it, such as slave_public.");
    expect(tip.querySelector("code")?.textContent).toBe("slave_public");
    expect(tip.hidden).toBe(true);
    expect(termLink(glossary, "quorum", undefined, {root: "../"}).querySelector("a")?.getAttribute("href")).toBe("../concepts#quorum");
    expect(termLink(glossary, "quorum").querySelector("a")?.textContent).toBe("Quorum");
  });

  it("show on keyboard focus, hide on Escape and on blur", () => {
    const el = termLink(glossary, "role");
    document.body.replaceChildren(el);
    const link = el.querySelector("a")!;
    const tip = el.querySelector('[role="tooltip"]') as HTMLElement;
    link.focus();
    expect(tip.hidden).toBe(false);
    key("Escape");
    expect(tip.hidden).toBe(true);
    link.blur();
    link.focus();
    expect(tip.hidden).toBe(false);
    link.blur();
    expect(tip.hidden).toBe(true);
  });

  it("show one tooltip at a time, on mouse hover only (a tap just follows the link)", () => {
    const a = termLink(glossary, "role");
    const b = termLink(glossary, "quorum");
    document.body.replaceChildren(a, b);
    const tip = (el: HTMLElement) => el.querySelector('[role="tooltip"]') as HTMLElement;
    const pointer = (el: HTMLElement, type: string, pointerType: string) => {
      const event = new Event(type) as Event & {pointerType: string};
      event.pointerType = pointerType;
      el.dispatchEvent(event);
    };
    pointer(a, "pointerenter", "touch");
    expect(tip(a).hidden).toBe(true);
    pointer(a, "pointerenter", "mouse");
    expect(tip(a).hidden).toBe(false);
    pointer(b, "pointerenter", "mouse");
    expect([tip(a).hidden, tip(b).hidden]).toEqual([true, false]);
    pointer(b, "pointerleave", "mouse");
    expect(tip(b).hidden).toBe(true);
  });

  it("mark an unknown id visibly (and loudly in the console) instead of failing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const el = termLink(glossary, "rol", "roles");
    expect(el.className).toBe("wb-term-unknown");
    expect(el.textContent).toBe("roles [glossary: “rol” is not in the glossary]");
    expect(error).toHaveBeenCalledWith("Glossary link: “rol” is not in the glossary.");
    const term = termLinks(Promise.reject(new Error("404")));
    expect((await term("role", "roles")).textContent).toBe("roles [glossary: the glossary could not be loaded]");
    const constructor = termLink(glossary, "constructor");
    expect(constructor.className).toBe("wb-term-unknown");
  });

  it("resolve once the glossary has loaded", async () => {
    const term = termLinks(Promise.resolve(glossary), {root: "./"});
    expect((await term("quorum", "a quorum")).querySelector("a")?.getAttribute("href")).toBe("./concepts#quorum");
  });
});
