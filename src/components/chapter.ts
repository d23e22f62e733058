// The chapter shell: each chapter calls it once, in its first cell. It wires the reader's
// progress (answers to the checks, and whether the chapter has been read), shows a notice when
// saved progress could not be read or saved, puts a "Your progress" box at the end of the
// chapter (reaching it marks the chapter read; a button does the same, or undoes it), and
// returns the options for the chapter's checksList. Kept small (every chapter loads it): no d3,
// no Plot, no schema library; glossary links are a separate module (glossary.ts).
import {isChapterId, markRead, previousAnswers, recordAnswer, summarizeChapter} from "../lib/course/progress.js";
import {h, uniqueId} from "./dom.js";
import {progressNotice, progressStore, type ProgressStore} from "./progressStore.js";

type ChecksByChapter = Readonly<Record<string, readonly {id: string}[]>>;

/** Options for checksList: records each answer and shows the answers given before. */
export interface ChapterLearn {
  onAnswer: (checkId: string, correct: boolean) => void;
  previous: Record<string, boolean>;
}

export interface ShellOptions {
  store?: ProgressStore;
  /** Where the notice and the progress box go (the page's main element). */
  main?: HTMLElement;
  now?: () => number;
}

/** `checks` is the page's checks.json (a promise is fine): it gives the number of the chapter's checks. */
export function chapterShell(chapter: string, checks?: PromiseLike<ChecksByChapter> | ChecksByChapter, options: ShellOptions = {}): ChapterLearn {
  if (!isChapterId(chapter)) throw new Error(`chapterShell: "${chapter}" is not a chapter id`);
  const {store = progressStore(), main = document.getElementById("observablehq-main") ?? document.body, now = () => Date.now()} = options;
  const root = "../".repeat(chapter.split("/").length - 1) || "./";

  // The notice sits under the title; it stays hidden while all is well.
  main.querySelector(":scope > .wb-notice")?.remove();
  const notice = progressNotice(store);
  const title = main.querySelector("h1");
  if (title?.parentElement === main) title.after(notice);
  else main.prepend(notice);

  let checkIds: string[] = [];
  let userUnread = false;
  const headingId = uniqueId("progress");
  const status = h("p", {class: "wb-chapter-status", "aria-live": "polite"});
  const button = h("button", {type: "button", class: "wb-button"});
  const box = h(
    "aside",
    {class: "wb-chapter-progress", "aria-labelledby": headingId, "data-chapter": chapter},
    h("h2", {id: headingId}, "Your progress"),
    status,
    h("div", {class: "wb-controls"}, button, h("a", {href: root}, "See all your progress on the course map"))
  );

  const isRead = () => summarizeChapter(store.get(), chapter, []).read;
  const render = () => {
    const s = summarizeChapter(store.get(), chapter, checkIds);
    status.textContent =
      (s.read ? "You have read this chapter." : "You have not marked this chapter as read yet.") +
      (s.total === 0 ? ""
      : s.answered === 0 ? ` You have not answered any of its ${s.total} checks yet.`
      : ` You have answered ${s.answered} of its ${s.total} checks, ${s.correct} of them correctly.`);
    button.textContent = s.read ? "Mark as not read" : "Mark as read";
    box.classList.toggle("is-read", s.read);
  };
  button.addEventListener("click", () => {
    const read = !isRead();
    userUnread = !read;
    store.update((p) => markRead(p, chapter, now(), read));
  });
  store.subscribe(render);
  render();
  Promise.resolve(checks).then(
    (all) => {
      checkIds = all && Object.hasOwn(all, chapter) ? all[chapter]!.map((c) => c.id) : [];
      render();
    },
    () => undefined
  );

  main.querySelector(":scope > .wb-chapter-progress")?.remove();
  main.append(box);
  // Reaching the end of the chapter marks it read, unless the reader has just said otherwise.
  if (typeof IntersectionObserver === "function") {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting) || userUnread || isRead()) return;
      store.update((p) => markRead(p, chapter, now()));
    }, {threshold: 0.5});
    observer.observe(box);
  }

  return {
    onAnswer: (checkId, correct) => store.update((p) => recordAnswer(p, chapter, checkId, correct, now())),
    previous: previousAnswers(store.get(), chapter)
  };
}
