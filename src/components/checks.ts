// "Check your understanding": renders a chapter's questions the same way everywhere, with
// instant feedback that explains why. Predict-then-run questions lock the prediction, then run
// the named scenario through the page's `run` callback and show what happened.
import {isCorrect, type Check} from "../lib/course/checks.js";
import {h, uniqueId} from "./dom.js";

export interface ChecksOptions {
  /** Runs a predict-then-run question's scenario; returns what to show (text or an element). */
  run?: (scenario: string) => string | Node;
  /** Told of every answer, e.g. to keep progress. */
  onAnswer?: (id: string, correct: boolean) => void;
  /** Answers given before (check id → whether the latest was right), shown until answered again. */
  previous?: Readonly<Record<string, boolean>>;
}

export function checksList(checks: readonly Check[], options: ChecksOptions = {}): HTMLElement {
  return h("div", {class: "wb-checks"}, checks.map((check, i) => question(check, i + 1, options)));
}

/** Puts the note about an earlier answer just above the feedback line. */
function withEarlier(box: HTMLElement, earlier: HTMLElement | null, feedback: HTMLElement): HTMLElement {
  if (earlier) feedback.before(earlier);
  return box;
}

function question(check: Check, n: number, {run, onAnswer, previous}: ChecksOptions): HTMLElement {
  const id = uniqueId(`check-${check.id}`);
  const feedback = h("div", {class: "wb-feedback", role: "status", "aria-live": "polite"});
  const box = h("div", {class: "wb-check", "data-check": check.id});
  const before = previous && Object.hasOwn(previous, check.id) ? previous[check.id] : undefined;
  const earlier =
    before === undefined ? null
    : h("p", {class: `wb-previous ${before ? "is-right" : "is-wrong"}`}, before ? "You answered this correctly before." : "You tried this before and it was not quite right. Have another go.");
  const show = (correct: boolean, text: string) => {
    earlier?.remove();
    feedback.className = `wb-feedback ${correct ? "is-right" : "is-wrong"}`;
    feedback.replaceChildren(h("strong", {}, correct ? "Correct. " : "Not quite. "), text);
    onAnswer?.(check.id, correct);
  };

  if (check.type === "numeric") {
    const input = h("input", {type: "number", id: `${id}-input`, step: "any", inputmode: "decimal", style: "width:7rem;font:inherit"});
    const submit = () => {
      const value = Number(input.value);
      if (input.value.trim() === "" || !Number.isFinite(value)) {
        feedback.className = "wb-feedback is-wrong";
        feedback.textContent = "Type a number first.";
        return;
      }
      const correct = isCorrect(check, value);
      show(correct, correct ? check.why : `The answer is ${check.answer}${check.unit ? ` ${check.unit}` : ""}. ${check.why}`);
    };
    input.addEventListener("keydown", (e) => e.key === "Enter" && submit());
    box.append(
      h("p", {style: "font-weight:600;margin:.2rem 0 .4rem"}, h("label", {for: `${id}-input`}, `${n}. ${check.prompt}`)),
      h("div", {class: "wb-controls"}, input, check.unit ? h("span", {}, check.unit) : null, h("button", {type: "button", class: "wb-button", onclick: submit}, "Check")),
      feedback
    );
    return withEarlier(box, earlier, feedback);
  }

  const radios = check.options.map((option, i) =>
    h("label", {}, h("input", {type: "radio", name: id, value: String(i)}), " ", option.text)
  );
  const fieldset = h("fieldset", {}, h("legend", {}, `${n}. ${check.prompt}`), radios);
  const chosen = () => {
    const input = fieldset.querySelector<HTMLInputElement>("input:checked");
    return input ? Number(input.value) : -1;
  };
  box.append(fieldset);

  if (check.type === "choice") {
    fieldset.addEventListener("change", () => {
      const answer = chosen();
      show(isCorrect(check, answer), check.options[answer]!.why);
    });
    box.append(feedback);
    return withEarlier(box, earlier, feedback);
  }

  // Predict, then run.
  const outcome = h("div", {class: "wb-outcome", "aria-live": "polite"});
  const button = h("button", {type: "button", class: "wb-button", disabled: true}, check.run);
  fieldset.addEventListener("change", () => button.removeAttribute("disabled"));
  button.addEventListener("click", () => {
    const answer = chosen();
    if (answer < 0) return;
    fieldset.querySelectorAll("input").forEach((input) => input.setAttribute("disabled", ""));
    button.setAttribute("disabled", "");
    const result = run ? run(check.scenario) : `Scenario ${check.scenario}`;
    outcome.replaceChildren(h("p", {style: "margin:.4rem 0"}, h("strong", {}, "What happened: "), result));
    show(isCorrect(check, answer), check.options[answer]!.why);
  });
  box.append(h("div", {class: "wb-controls"}, button), outcome, feedback);
  return withEarlier(box, earlier, feedback);
}
