// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {parse} from "yaml";
import {beforeEach, describe, expect, it} from "vitest";
import {analogyFigure} from "../../src/components/analogy.js";
import {parseAnalogy} from "../../src/lib/course/analogy.schema.js";

const pairs = parseAnalogy(parse(readFileSync("data/analogy.yaml", "utf8")));
const button = (side: string, id: string) => document.querySelector<HTMLButtonElement>(`.analogy-item[data-side="${side}"][data-id="${id}"]`)!;
const pressed = () => [...document.querySelectorAll('.analogy-item[aria-pressed="true"]')].map((b) => `${(b as HTMLElement).dataset.side}:${(b as HTMLElement).dataset.id}`);
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true}));

describe("analogyFigure", () => {
  beforeEach(() => {
    document.body.replaceChildren(analogyFigure(pairs, {width: 800}));
  });

  it("is a labelled figure with a button for each side of each pair", () => {
    const figure = document.querySelector("figure")!;
    expect(document.getElementById(figure.getAttribute("aria-labelledby")!)?.textContent).toBe("One computer and DC/OS, side by side");
    expect(document.querySelectorAll('.analogy-item[data-side="computer"]').length).toBe(12);
    expect(document.querySelectorAll('.analogy-item[data-side="dcos"]').length).toBe(12);
    expect(document.querySelectorAll(".analogy-line").length).toBe(12);
  });

  it("selects the first pair at first, without announcing it", () => {
    expect(pressed()).toEqual(["computer:kernel", "dcos:kernel"]);
    expect(document.querySelector('[role="log"]')?.textContent).toBe("");
  });

  it("clicking one side selects its partner, highlights the line and explains both", () => {
    button("computer", "init").click();
    expect(pressed()).toEqual(["computer:init", "dcos:init"]);
    const detail = document.querySelector(".analogy-detail")!.textContent!;
    expect(detail).toContain("On one computer: Init system (systemd)");
    expect(detail).toContain("In DC/OS: Marathon");
    expect(detail).toContain("What differs");
    expect(detail).toContain("Sources: S-ARCH18 (DC/OS 1.8 docs); S-TASK21 (DC/OS 2.1 docs)");
    const lines = [...document.querySelectorAll(".analogy-line")];
    expect(lines.filter((l) => l.getAttribute("stroke-width") === "3.5").length).toBe(1);
    expect(document.querySelector('[role="log"]')?.textContent).toMatch(/^Init system \(systemd\) on one computer corresponds to Marathon in DC\/OS\./);
  });

  it("arrow keys: right jumps to the partner, down moves within a side and selects", () => {
    const init = button("computer", "init");
    init.focus();
    key(init, "ArrowRight");
    expect(document.activeElement).toBe(button("dcos", "init"));
    expect(pressed()).toEqual(["computer:init", "dcos:init"]);
    key(document.activeElement!, "ArrowDown");
    expect(document.activeElement).toBe(button("dcos", "cron"));
    expect(pressed()).toEqual(["computer:cron", "dcos:cron"]);
    key(document.activeElement!, "ArrowLeft");
    expect(document.activeElement).toBe(button("computer", "cron"));
  });

  it("links components when the page knows where", () => {
    document.body.replaceChildren(analogyFigure(pairs, {width: 800, selected: "init", componentHref: (id) => `./components#${id}`}));
    expect(document.querySelector(".analogy-detail a")?.getAttribute("href")).toBe("./components#marathon");
  });

  it("stacks the columns on a narrow screen and keeps every control", () => {
    document.body.replaceChildren(analogyFigure(pairs, {width: 400}));
    expect(document.querySelectorAll(".analogy-line").length).toBe(0);
    expect(document.querySelectorAll(".analogy-item").length).toBe(24);
  });
});
