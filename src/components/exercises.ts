// An exercise sheet: the exercises of one part of the course, each with the figure that answers
// it (a link to its chapter section), its questions, and an answer behind a button
// (aria-expanded). "Reveal all answers" opens or closes every answer at once, for the instructor.
// On paper (print.css) an answer prints only once it is revealed.
import {paragraphs, type Exercise} from "../lib/course/exercises.js";
import type {CourseChapter} from "../lib/course/parts.js";
import {h, uniqueId} from "./dom.js";
import {errorBox} from "./figure.js";

export interface ExerciseSheetOptions {
  /** The course outline (data/chapters.json), for chapter titles and paths. */
  chapters: readonly CourseChapter[];
  /** How far the sheet's page is below the site root ("../" for src/workshop/…). */
  root?: string;
}

export interface ExerciseSheet extends HTMLElement {
  revealAll: (on: boolean) => void;
}

export function exerciseSheet(exercises: readonly Exercise[], part: string, {chapters, root = "../"}: ExerciseSheetOptions): ExerciseSheet {
  const mine = exercises.filter((e) => e.part === part);
  const toggles: {button: HTMLButtonElement; answer: HTMLElement}[] = [];
  const revealAllButton = h("button", {type: "button", class: "wb-button wb-reveal-all", "aria-pressed": "false"}, "Reveal all answers");
  const status = h("p", {class: "sr-only", role: "status"});

  const set = (t: (typeof toggles)[number], open: boolean) => {
    t.answer.hidden = !open;
    t.button.setAttribute("aria-expanded", String(open));
    t.button.textContent = open ? "Hide the answer" : "Show the answer";
  };
  const syncAll = () => {
    const all = toggles.length > 0 && toggles.every((t) => !t.answer.hidden);
    revealAllButton.setAttribute("aria-pressed", String(all));
    revealAllButton.textContent = all ? "Hide all answers" : "Reveal all answers";
  };
  const revealAll = (on: boolean) => {
    for (const t of toggles) set(t, on);
    syncAll();
    status.textContent = on ? `All ${toggles.length} answers shown.` : "All answers hidden.";
  };
  revealAllButton.addEventListener("click", () => revealAll(revealAllButton.getAttribute("aria-pressed") !== "true"));

  const items = mine.map((exercise, i) => {
    const chapter = chapters.find((c) => c.id === exercise.chapter);
    const answerId = uniqueId("wb-answer");
    const answer = h("div", {class: "wb-exercise-answer", id: answerId, hidden: true}, h("p", {class: "wb-exercise-answer-label"}, "Answer"), paragraphs(exercise.answer).map((p) => h("p", {}, p)));
    const button = h("button", {type: "button", class: "wb-button wb-exercise-toggle", "aria-expanded": "false", "aria-controls": answerId}, "Show the answer");
    const toggle = {button, answer};
    button.addEventListener("click", () => {
      set(toggle, answer.hidden);
      syncAll();
    });
    toggles.push(toggle);
    const where = chapter?.available
      ? h("a", {href: `${root}${chapter.path.replace(/^\//, "")}#${exercise.section}`}, `${exercise.figure}`)
      : h("em", {}, exercise.figure);
    return h(
      "section",
      {class: "wb-exercise", "data-exercise": exercise.id},
      h("h3", {}, `Exercise ${i + 1}: ${exercise.title}`),
      h("p", {class: "wb-exercise-source"}, "Work from the figure ", where, chapter ? ` in ${chapter.title}.` : "."),
      paragraphs(exercise.prompt).map((p) => h("p", {}, p)),
      exercise.asks.length ? h("ol", {class: "wb-exercise-asks", type: "a"}, exercise.asks.map((a) => h("li", {}, a))) : null,
      button,
      answer
    );
  });

  const sheet: HTMLElement = h(
    "div",
    {class: "wb-exercise-sheet", "data-part": part},
    mine.length ? h("div", {class: "wb-exercise-tools"}, revealAllButton, status) : errorBox(`No exercises for the part “${part}” in data/exercises.yaml.`),
    mine.length ? h("div", {class: "wb-exercises"}, items) : null
  );
  return Object.assign(sheet, {revealAll});
}
