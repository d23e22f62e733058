import {describe, expect, it} from "vitest";
import {isCorrect} from "../../../src/lib/course/checks.js";
import {parseChecks} from "../../../src/lib/course/checks.schema.js";
import {DataError} from "../../../src/lib/index.js";

const choice = {
  id: "q",
  type: "choice",
  prompt: "Which?",
  options: [
    {text: "A", why: "no"},
    {text: "B", correct: true, why: "yes"}
  ]
};

describe("checks", () => {
  it("parses a choice, a numeric and a predict question", () => {
    const checks = parseChecks(
      [
        choice,
        {id: "n", type: "numeric", prompt: "How many?", answer: 2, why: "Because."},
        {id: "p", type: "predict", prompt: "Predict", scenario: "kill-leader", run: "Run it", options: choice.options}
      ],
      "data/checks/x.yaml"
    );
    expect(checks.map((c) => c.type)).toEqual(["choice", "numeric", "predict"]);
    expect(checks[1]).toMatchObject({tolerance: 0, unit: ""});
  });

  it("judges answers", () => {
    const [q, n] = parseChecks([choice, {id: "n", type: "numeric", prompt: "?", answer: 0.5, tolerance: 0.01, why: "."}], "f");
    expect([isCorrect(q!, 0), isCorrect(q!, 1), isCorrect(q!, 7)]).toEqual([false, true, false]);
    expect([isCorrect(n!, 0.505), isCorrect(n!, 0.52)]).toEqual([true, false]);
  });

  it("requires exactly one correct option and names where", () => {
    const bad = {...choice, options: [{text: "A", why: "x"}, {text: "B", why: "y"}]};
    expect(() => parseChecks([bad], "data/checks/x.yaml")).toThrow(new DataError(["data/checks/x.yaml: q: options: exactly one option must be correct"]));
  });

  it("rejects an unknown question type", () => {
    expect(() => parseChecks([{...choice, type: "essay"}], "f")).toThrow(/^f: q: type: /);
  });
});
