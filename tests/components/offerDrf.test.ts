// @vitest-environment jsdom
import {beforeEach, describe, expect, it} from "vitest";
import {offerDrfFigure, type DrfFigure} from "../../src/components/offerDrf.js";

let fig: DrfFigure;
const q = <T extends Element = HTMLElement>(sel: string) => fig.querySelector<T & Element>(sel)!;
const button = (action: string) => q<HTMLButtonElement>(`[data-action="${action}"]`);
const field = (name: string) => q<HTMLInputElement>(`input[data-field="${name}"]`);
const shares = () => [...fig.querySelectorAll(".offer-drf-table tbody tr")].map((r) => [r.getAttribute("data-user"), r.querySelector(".offer-drf-share")!.textContent]);
const row = (user: string) => [...q(`.offer-drf-table tr[data-user="${user}"]`).children].map((c) => c.textContent);
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true}));
const type = (name: string, value: string) => {
  field(name).value = value;
  field(name).dispatchEvent(new Event("input", {bubbles: true}));
};

describe("offerDrfFigure", () => {
  beforeEach(() => {
    fig = offerDrfFigure({width: 800});
    document.body.replaceChildren(fig);
  });

  it("labels every input, starts before the first step, and draws two SVG charts", () => {
    const labels = [...fig.querySelectorAll(".offer-field")].map((l) => [l.textContent, (l.querySelector("input") as HTMLInputElement).value]);
    expect(labels).toEqual([
      ["Cluster CPUs", "9"],
      ["Cluster memory (GB)", "18"],
      ["A: CPUs per task", "1"],
      ["A: memory per task (GB)", "4"],
      ["B: CPUs per task", "3"],
      ["B: memory per task (GB)", "1"]
    ]);
    expect(q(".offer-readout").textContent).toBe("Step 0 of 5: press Step");
    expect(shares()).toEqual([["A", "0"], ["B", "0"]]);
    expect(fig.querySelectorAll(".offer-drf-chart svg").length).toBe(2);
    expect(q(".offer-drf-charts").getAttribute("tabindex")).toBe("0");
  });

  it("steps B 1/3 → A 2/9 → A 4/9 → B 2/3 → A 2/3, explaining each step", () => {
    const seen: string[][] = [];
    for (let i = 0; i < 5; i++) {
      button("step").click();
      seen.push(shares().map(([u, s]) => `${u} ${s}`));
    }
    expect(seen).toEqual([
      ["A 0", "B 1/3"],
      ["A 2/9", "B 1/3"],
      ["A 4/9", "B 1/3"],
      ["A 4/9", "B 2/3"],
      ["A 2/3", "B 2/3"]
    ]);
    expect(q(".offer-readout").textContent).toBe("Step 5 of 5");
    expect(row("A")).toEqual(["A", "‹1 CPU, 4 GB›", "memory", "3", "3 CPUs", "12 GB", "2/3"]);
    expect(row("B")).toEqual(["B", "‹3 CPUs, 1 GB›", "CPUs", "2", "6 CPUs", "2 GB", "2/3"]);
    expect(q(".offer-explain").textContent).toBe(
      "Step 5: A has the lower dominant share (4/9 against 2/3), so A gets a task ‹1 CPU, 4 GB›. A's dominant share (memory) rises to 2/3; B stays at 2/3. No further task fits: A needs ‹1 CPU, 4 GB› and B needs ‹3 CPUs, 1 GB›, and only 0 CPUs and 4 GB are free. Final dominant shares: A 2/3, B 2/3."
    );
    expect(q("[role=log]").textContent).toBe(q(".offer-explain").textContent);
    expect(button("step").disabled).toBe(true);
  });

  it("explains the first tie and the bar chart shows the cluster filling", () => {
    button("step").click();
    expect(q(".offer-explain").textContent).toBe(
      "Step 1: B and A tie at 0; the tie goes to B, whose task is the larger share of the cluster, so B gets a task ‹3 CPUs, 1 GB›. B's dominant share (CPUs) rises to 1/3; A stays at 0."
    );
    fig.player.go(4);
    const labels = [...fig.querySelectorAll(".offer-drf-chart text")].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(["A: 3 CPUs", "B: 6 CPUs", "A: 12 GB", "B: 2 GB", "9 of 9 CPUs used", "14 of 18 GB used", "A 2/3", "B 2/3"]));
  });

  it("arrow keys on the charts step, Home resets", () => {
    const charts = q(".offer-drf-charts");
    key(charts, "ArrowRight");
    key(charts, "ArrowRight");
    expect(shares()).toEqual([["A", "2/9"], ["B", "1/3"]]);
    key(charts, "ArrowLeft");
    expect(shares()).toEqual([["A", "0"], ["B", "1/3"]]);
    key(charts, "Home");
    expect(shares()).toEqual([["A", "0"], ["B", "0"]]);
  });

  it("new numbers give a new allocation, shown at its last step", () => {
    type("total-cpus", "12");
    expect(q(".offer-readout").textContent).toBe("Step 6 of 6");
    // 12 CPUs, 18 GB: A 3 tasks (12 GB), B 3 tasks (9 CPUs): A 2/3, B 3/4.
    expect(shares()).toEqual([["A", "2/3"], ["B", "3/4"]]);
    expect(q("[role=log]").textContent).toBe("New allocation in 6 steps: A gets 3 tasks and B 3; dominant shares A 2/3, B 3/4.");
    button("paper").click();
    expect(q(".offer-readout").textContent).toBe("Step 5 of 5");
    expect(field("total-cpus").value).toBe("9");
  });

  it("invalid input gives a clear message and keeps the last allocation", () => {
    type("b-mem", "0");
    expect(q(".offer-drf-message").textContent).toBe("B's memory per task: needs a number above 0. The charts still show the last valid numbers.");
    expect(field("b-mem").getAttribute("aria-invalid")).toBe("true");
    expect(q(".offer-readout").textContent).toBe("Step 0 of 5: press Step");
    type("b-mem", "");
    type("a-cpus", "abc");
    expect(q(".offer-drf-message").textContent).toMatch(/^A's CPUs per task, B's memory per task: need a number above 0\./);
    type("a-cpus", "1");
    type("b-mem", "1");
    expect(q(".offer-drf-message").textContent).toBe("");
    expect(field("b-mem").hasAttribute("aria-invalid")).toBe(false);
    type("a-cpus", "0.01");
    type("a-mem", "0.01");
    expect(q(".offer-drf-message").textContent).toMatch(/more than 200 steps/);
  });

  it("says so when no task fits", () => {
    type("a-cpus", "20");
    type("b-cpus", "20");
    expect(q(".offer-readout").textContent).toBe("Step 0 of 0: press Step");
    expect(q(".offer-explain").textContent).toBe("Neither user's task fits in this cluster, so nothing can be allocated.");
  });
});
