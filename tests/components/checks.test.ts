// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {checksList} from "../../src/components/checks.js";
import type {Check} from "../../src/lib/course/checks.js";

const options = [
  {text: "Yes", correct: true, why: "Because a majority remains."},
  {text: "No", correct: false, why: "Three of five is still a majority."}
];
const checks: Check[] = [
  {id: "c", type: "choice", prompt: "Choose", options},
  {id: "n", type: "numeric", prompt: "How many?", answer: 2, tolerance: 0, unit: "masters", why: "A quorum of 3."},
  {id: "p", type: "predict", prompt: "Predict", scenario: "kill-two", run: "Run the scenario", options}
];

function setup(run?: (s: string) => string) {
  const answers: [string, boolean][] = [];
  document.body.replaceChildren(checksList(checks, {run, onAnswer: (id, ok) => answers.push([id, ok])}));
  const box = (id: string) => document.querySelector(`[data-check="${id}"]`)!;
  return {answers, box};
}

const choose = (box: Element, i: number) => {
  const input = box.querySelectorAll("input")[i] as HTMLInputElement;
  input.checked = true;
  input.dispatchEvent(new Event("change", {bubbles: true}));
};

describe("checksList", () => {
  it("gives instant feedback on a choice, explaining why", () => {
    const {answers, box} = setup();
    choose(box("c"), 1);
    expect(box("c").querySelector(".wb-feedback")?.textContent).toBe("Not quite. Three of five is still a majority.");
    choose(box("c"), 0);
    expect(box("c").querySelector(".wb-feedback")?.className).toBe("wb-feedback is-right");
    expect(answers).toEqual([["c", false], ["c", true]]);
  });

  it("checks a number and gives the answer when wrong", () => {
    const {box} = setup();
    const input = box("n").querySelector("input")!;
    const button = box("n").querySelector("button")!;
    button.click();
    expect(box("n").querySelector(".wb-feedback")?.textContent).toBe("Type a number first.");
    input.value = "3";
    button.click();
    expect(box("n").querySelector(".wb-feedback")?.textContent).toBe("Not quite. The answer is 2 masters. A quorum of 3.");
    input.value = "2";
    input.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter"}));
    expect(box("n").querySelector(".wb-feedback")?.textContent).toBe("Correct. A quorum of 3.");
  });

  it("predict, then run: locks the prediction, runs the scenario, then judges", () => {
    const ran: string[] = [];
    const {box} = setup((s) => {
      ran.push(s);
      return "A new leader was elected after 10 s.";
    });
    const button = box("p").querySelector("button")!;
    expect(button.disabled).toBe(true);
    choose(box("p"), 0);
    expect(button.disabled).toBe(false);
    button.click();
    expect(ran).toEqual(["kill-two"]);
    expect(box("p").querySelector(".wb-outcome")?.textContent).toBe("What happened: A new leader was elected after 10 s.");
    expect(box("p").querySelector(".wb-feedback")?.textContent).toBe("Correct. Because a majority remains.");
    expect([...box("p").querySelectorAll("input")].every((i) => i.disabled)).toBe(true);
  });
});
