// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {createStepper} from "../../src/components/archStepper.js";
import {h} from "../../src/components/dom.js";
import {figureFrame} from "../../src/components/figure.js";
import {
  beatButton,
  figureNarration,
  figureTitle,
  keyAction,
  nextPosition,
  pageFigures,
  parsePresentParam,
  presenter,
  usesOwnKeys,
  withPresent,
  type PresenterHandle
} from "../../src/components/presenter.js";
import {markPrintLinks, printHref} from "../../src/components/printLinks.js";

const plain = {altKey: false, ctrlKey: false, metaKey: false, shiftKey: false};

describe("keyAction: which keys presenter mode takes", () => {
  it("maps the five keys and nothing else", () => {
    const body = document.body;
    expect(["ArrowRight", "ArrowLeft", "PageDown", "PageUp", "Escape", "ArrowDown", "Home", " "].map((key) => keyAction({...plain, key}, body))).toEqual([
      "beat-next",
      "beat-prev",
      "figure-next",
      "figure-prev",
      "exit",
      null,
      null,
      null
    ]);
  });

  it("leaves keys with modifiers alone", () => {
    expect(keyAction({...plain, key: "ArrowRight", altKey: true}, document.body)).toBeNull();
    expect(keyAction({...plain, key: "ArrowLeft", shiftKey: true}, document.body)).toBeNull();
    expect(keyAction({...plain, key: "PageDown", ctrlKey: true}, document.body)).toBeNull();
  });

  it("leaves the arrows to fields, arrow-key widgets and roving tab stops, not to plain buttons or figures", () => {
    const figure = h("figure", {class: "wb-figure", tabindex: -1});
    const cases: [string, Element, boolean][] = [
      ["input", h("input", {type: "text"}), true],
      ["range", h("input", {type: "range"}), true],
      ["select", h("select"), true],
      ["textarea", h("textarea"), true],
      ["contenteditable", h("div", {contenteditable: "true"}), true],
      ["option in a listbox", h("div", {role: "listbox"}, h("div", {role: "option"})).firstElementChild!, true],
      ["cell in a grid", h("div", {role: "grid"}, h("span", {})).firstElementChild!, true],
      ["slider", h("div", {role: "slider", tabindex: 0}), true],
      ["roving button", h("button", {tabindex: -1}), true],
      ["focusable stage", h("div", {tabindex: 0, role: "group"}), true],
      ["narrated log", h("div", {role: "log", tabindex: 0}), true],
      ["plain button", h("button", {type: "button"}), false],
      ["link", h("a", {href: "#x"}), false],
      ["the figure", figure, false],
      ["body", document.body, false]
    ];
    expect(cases.map(([name, el]) => [name, usesOwnKeys(el)])).toEqual(cases.map(([name, , own]) => [name, own]));
    expect(keyAction({...plain, key: "ArrowRight"}, h("input", {type: "text"}))).toBeNull();
    expect(keyAction({...plain, key: "Escape"}, h("input", {type: "text"}))).toBeNull();
  });
});

describe("nextPosition", () => {
  it("presses the beat button while there is one, and moves on otherwise", () => {
    expect(nextPosition(3, 0, "beat-next", true)).toEqual({index: 0, press: true});
    expect(nextPosition(3, 0, "beat-next", false)).toEqual({index: 1, press: false});
    expect(nextPosition(3, 1, "beat-prev", true)).toEqual({index: 1, press: true});
    expect(nextPosition(3, 1, "beat-prev", false)).toEqual({index: 0, press: false});
  });
  it("goes from before the first figure to the first, never past the ends", () => {
    expect(nextPosition(3, -1, "beat-next", true)).toEqual({index: 0, press: false});
    expect(nextPosition(3, -1, "beat-prev", false)).toEqual({index: -1, press: false});
    expect(nextPosition(3, 2, "beat-next", false)).toEqual({index: 2, press: false});
    expect(nextPosition(3, 0, "figure-prev", true)).toEqual({index: 0, press: false});
    expect(nextPosition(0, -1, "figure-next", false)).toEqual({index: -1, press: false});
  });
  it("Page Down and Page Up skip the beats", () => {
    expect(nextPosition(3, 0, "figure-next", true)).toEqual({index: 1, press: false});
    expect(nextPosition(3, 2, "figure-prev", true)).toEqual({index: 1, press: false});
  });
});

describe("figures of a page", () => {
  it("lists outermost, shown figures in reading order, with titles, beat buttons and narration", () => {
    const fig = (title: string, ...children: Node[]) => {
      const frame = figureFrame({title, description: title});
      frame.body.append(...children);
      return frame;
    };
    const a = fig("A");
    const inner = fig("Inner");
    const b = fig("B", inner.root);
    const hidden = fig("Hidden");
    const closed = fig("Closed");
    const c = fig("C");
    const root = h("main", {}, a.root, b.root, h("div", {hidden: true}, hidden.root), h("details", {}, h("summary", {}, "more"), closed.root), h("section", {}, c.root));
    expect(pageFigures(root).map(figureTitle)).toEqual(["A", "B", "C"]);

    const next = h("button", {type: "button", "data-beat": "next"}, "Step");
    const prev = h("button", {type: "button", "data-beat": "prev", disabled: true}, "Back");
    a.controls.append(prev, next);
    expect(beatButton(a.root, "next")).toBe(next);
    expect(beatButton(a.root, "prev")).toBeUndefined();
    expect(beatButton(c.root, "next")).toBeUndefined();
    a.narrate("first");
    a.narrate("second");
    expect(figureNarration(a.root)).toBe("second");
    expect(figureNarration(c.root)).toBe("");
  });
});

describe("the ?present parameter", () => {
  it("reads on, off and nonsense", () => {
    expect(parsePresentParam("")).toEqual({on: false});
    expect(parsePresentParam("?present")).toEqual({on: true});
    expect(parsePresentParam("?a=1&present=1")).toEqual({on: true});
    expect(parsePresentParam("?present=off")).toEqual({on: false});
    expect(parsePresentParam("?present=maybe")).toEqual({
      on: false,
      problem: "The address asks for presenter mode with “present=maybe”, which is not understood. Use ?present (or present=1) to start in presenter mode, present=0 to stay out."
    });
  });
  it("is added and removed keeping the rest of the address", () => {
    expect(withPresent("http://x.test/offer-cycle", true)).toBe("http://x.test/offer-cycle?present");
    expect(withPresent("http://x.test/offer-cycle?s=abc#free-play", true)).toBe("http://x.test/offer-cycle?s=abc&present#free-play");
    expect(withPresent("http://x.test/offer-cycle?s=abc&present#free-play", false)).toBe("http://x.test/offer-cycle?s=abc#free-play");
    expect(withPresent("http://x.test/offer-cycle?present=1", false)).toBe("http://x.test/offer-cycle");
  });
});

describe("print links", () => {
  it("prints internal links as absolute paths, others in full, and nothing for a jump within the page", () => {
    const base = "http://127.0.0.1:3000/workshop/exercises-start";
    expect(printHref("../offer-cycle#free-play", base)).toBe("/offer-cycle#free-play");
    expect(printHref("./notes", base)).toBe("/workshop/notes");
    expect(printHref("#top", base)).toBeUndefined();
    expect(printHref("https://mesos.apache.org/documentation/", base)).toBe("https://mesos.apache.org/documentation/");
    expect(printHref("mailto:a@b.c", base)).toBe("mailto:a@b.c");
  });
  it("marks prose links and leaves figure links alone", () => {
    const figure = h("figure", {class: "wb-figure"}, h("a", {href: "./components#marathon"}, "Marathon"));
    const root = h("main", {}, h("p", {}, h("a", {href: "./concepts#quorum"}, "quorum")), figure);
    markPrintLinks(root, "http://127.0.0.1:3000/high-availability");
    expect([...root.querySelectorAll("a")].map((a) => a.dataset.printHref ?? null)).toEqual(["/concepts#quorum", null]);
  });
});

describe("presenter() on a page", () => {
  let handle: PresenterHandle;
  let log: string[];
  const press = (key: string, target: Element = document.body) => {
    const event = new KeyboardEvent("keydown", {key, bubbles: true, cancelable: true});
    target.dispatchEvent(event);
    return event;
  };

  beforeEach(() => {
    log = [];
    const stepperFrame = figureFrame({title: "Stepping", description: "steps"});
    const stepper = createStepper({count: 2, onChange: ({position}) => stepperFrame.narrate(`Step ${position}`)});
    stepperFrame.controls.append(stepper.controls);
    // The figure's own key handler, as archBoot has it: it must not step a second time.
    stepperFrame.root.addEventListener("keydown", (e) => {
      if (stepper.handleKey(e)) log.push("figure handled");
    });
    const still = figureFrame({title: "Still", description: "no steps"});
    const main = h("main", {id: "observablehq-main"}, h("h1", {}, "A chapter"), stepperFrame.root, h("input", {type: "text", class: "field"}), still.root);
    document.body.replaceChildren(main);
    history.replaceState(null, "", "/chapter");
    handle = presenter("architecture");
  });
  afterEach(() => handle.destroy());

  it("puts the toggle under the heading and keeps its extra buttons hidden until turned on", () => {
    const bar = document.querySelector("h1 + .wb-presenter-bar")!;
    expect(bar).not.toBeNull();
    const toggle = bar.querySelector<HTMLButtonElement>(".wb-presenter-toggle")!;
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    expect(bar.querySelector<HTMLButtonElement>(".wb-presenter-notes")!.hidden).toBe(true);
    toggle.click();
    expect(handle.active()).toBe(true);
    expect(document.documentElement.classList.contains("wb-presenting")).toBe(true);
    expect(location.search).toBe("?present");
    expect(bar.querySelector<HTMLButtonElement>(".wb-presenter-notes")!.hidden).toBe(false);
    expect(bar.querySelector(".wb-presenter-help")!.textContent).toContain("Page Down and Page Up");
  });

  it("walks figures and beats with the arrow keys, once per press, and leaves with Escape", () => {
    handle.setActive(true);
    press("ArrowRight");
    expect(handle.position()).toMatchObject({index: 0, count: 2, figure: "Stepping", next: "Still", beat: 0});
    expect(document.activeElement?.classList.contains("wb-presenting-current")).toBe(true);
    press("ArrowRight", document.activeElement!);
    expect(handle.position()).toMatchObject({index: 0, beat: 1, narration: "Step 1"});
    press("ArrowRight", document.activeElement!);
    expect(handle.position()).toMatchObject({index: 0, beat: 2, narration: "Step 2"});
    expect(log).toEqual([]);
    press("ArrowRight", document.activeElement!);
    expect(handle.position()).toMatchObject({index: 1, figure: "Still", next: null, beat: 0});
    press("ArrowLeft", document.activeElement!);
    expect(handle.position()).toMatchObject({index: 0, figure: "Stepping"});
    press("ArrowLeft", document.activeElement!);
    expect(handle.position()).toMatchObject({index: 0, narration: "Step 1", beat: -1});
    press("PageDown");
    expect(handle.position().index).toBe(1);
    press("Escape");
    expect(handle.active()).toBe(false);
    expect(document.documentElement.classList.contains("wb-presenting")).toBe(false);
    expect(location.search).toBe("");
  });

  it("does not take the arrows from a text field, and does nothing when off", () => {
    press("ArrowRight");
    expect(handle.position().index).toBe(-1);
    handle.setActive(true);
    const field = document.querySelector<HTMLInputElement>(".field")!;
    const event = press("ArrowRight", field);
    expect(event.defaultPrevented).toBe(false);
    expect(handle.position().index).toBe(-1);
  });
});
