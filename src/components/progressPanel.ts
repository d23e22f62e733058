// The progress panel of the home page: a summary of the reader's progress, and the three things
// they can do with it: export it to a file, import it from one (checked first; nothing changes
// when the file is wrong), and reset it (after a confirmation). Everything stays in the browser.
import type {CourseChapter} from "../lib/course/parts.js";
import {emptyProgress, MAX_PROGRESS_CHARS, type Progress} from "../lib/course/progress.js";
import {exportFileName, exportProgress, importProgress, summarizeCourse, totals} from "../lib/course/progressFile.js";
import {h, uniqueId} from "./dom.js";
import {progressNotice, type ProgressStore} from "./progressStore.js";

type ChecksByChapter = Readonly<Record<string, readonly {id: string}[]>>;

export interface PanelOptions {
  now?: () => number;
  /** Saves a file (by default, a download through a link to a Blob). */
  save?: (name: string, text: string) => void;
}

/** The chapters that count: those with a page, apart from the home page. */
const counted = (chapters: readonly CourseChapter[]) => chapters.filter((c) => c.available && c.id !== "index").map((c) => c.id);

/** One sentence on the whole course's progress. */
export function progressSummary(progress: Progress, chapters: readonly CourseChapter[], checks: ChecksByChapter): string {
  const t = totals(summarizeCourse(progress, counted(chapters), checks));
  if (t.read === 0 && t.answered === 0) return `You have not started yet: ${t.chapters} chapters and ${t.total} checks are waiting for you.`;
  const read = `You have read ${t.read} of ${t.chapters} chapters`;
  const answered = t.answered === 0 ? "not answered any checks yet" : `answered ${t.answered} of ${t.total} checks, ${t.correct} of them correctly`;
  return `${read} and ${answered}.`;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: "application/json"}));
  const link = h("a", {href: url, download: name, hidden: true});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function progressPanel(store: ProgressStore, chapters: readonly CourseChapter[], checks: ChecksByChapter, {now = () => Date.now(), save = download}: PanelOptions = {}): HTMLElement {
  const summary = h("p", {class: "wb-progress-summary", "aria-live": "polite"});
  const status = h("p", {class: "wb-progress-status", role: "status"});
  const error = h("div", {class: "wb-error", role: "alert", hidden: true});
  const inputId = uniqueId("import");
  // The file input itself stays hidden: the button opens it.
  const file = h("input", {type: "file", id: inputId, accept: ".json,application/json", hidden: true, "aria-label": "Progress file to import"});
  const say = (text: string) => {
    error.hidden = true;
    error.textContent = "";
    status.textContent = text;
  };

  const exportButton = h("button", {type: "button", class: "wb-button"}, "Export to a file");
  exportButton.addEventListener("click", () => {
    const at = now();
    const name = exportFileName(at);
    save(name, exportProgress(store.get(), at));
    say(`Saved your progress as ${name}. Import it here, in this browser or another, to carry on from where you were.`);
  });

  const importButton = h("button", {type: "button", class: "wb-button"}, "Import from a file");
  importButton.addEventListener("click", () => file.click());
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    file.value = "";
    if (!chosen) return;
    const refuse = (problem: string) => {
      status.textContent = "";
      error.hidden = false;
      error.textContent = `Could not import “${chosen.name}”: ${problem}. Your progress has not changed.`;
    };
    // A progress file is small: refuse big files before reading them.
    if (chosen.size > MAX_PROGRESS_CHARS * 4) return refuse(`the file is ${Math.round(chosen.size / 1024).toLocaleString("en")} KB; a progress file is at most ${MAX_PROGRESS_CHARS / 1000} KB`);
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      return refuse("the browser could not read the file");
    }
    const result = importProgress(text);
    if (!result.ok) return refuse(result.problem);
    store.set(result.progress);
    say(`Imported “${chosen.name}”. ${progressSummary(result.progress, chapters, checks)}`);
  });

  const resetButton = h("button", {type: "button", class: "wb-button", "aria-expanded": "false"}, "Reset progress…");
  const cancel = h("button", {type: "button", class: "wb-button"}, "Cancel");
  const confirm = h("button", {type: "button", class: "wb-button is-danger"}, "Yes, reset my progress");
  const confirmBox = h(
    "div",
    {class: "wb-confirm", role: "group", "aria-label": "Confirm reset", hidden: true},
    h("p", {}, "This forgets every chapter you have read and every answer you have given, in this browser. It cannot be undone: export to a file first if you may want it back."),
    h("div", {class: "wb-controls"}, confirm, cancel)
  );
  const closeConfirm = () => {
    confirmBox.hidden = true;
    resetButton.setAttribute("aria-expanded", "false");
    resetButton.focus();
  };
  resetButton.addEventListener("click", () => {
    confirmBox.hidden = false;
    resetButton.setAttribute("aria-expanded", "true");
    cancel.focus();
  });
  cancel.addEventListener("click", closeConfirm);
  confirmBox.addEventListener("keydown", (event) => event.key === "Escape" && closeConfirm());
  confirm.addEventListener("click", () => {
    store.set(emptyProgress());
    closeConfirm();
    say("Your progress has been reset.");
  });

  const render = () => (summary.textContent = progressSummary(store.get(), chapters, checks));
  render();
  store.subscribe(render);

  return h(
    "div",
    {class: "wb-progress-panel"},
    progressNotice(store),
    summary,
    h("div", {class: "wb-controls"}, exportButton, importButton, file, resetButton),
    confirmBox,
    status,
    error,
    h(
      "p",
      {class: "wb-progress-privacy"},
      store.persistent
        ? "Your progress is saved in this browser only. Nothing is sent anywhere; export it to keep a copy or to move to another browser."
        : "Your progress is kept only while this page is open. Export it to keep a copy."
    )
  );
}
