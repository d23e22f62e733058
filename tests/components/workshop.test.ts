// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {exerciseSheet} from "../../src/components/exercises.js";
import {PRESENTER_CHANNEL, type PresenterPosition} from "../../src/components/presenter.js";
import {allSpeakerNotes, isPosition, speakerNotesView} from "../../src/components/speakerNotes.js";
import {paragraphs, type Exercise} from "../../src/lib/course/exercises.js";
import {formatElapsed, notesAt, type ChapterNotes} from "../../src/lib/course/notes.js";
import type {CourseChapter} from "../../src/lib/course/parts.js";

const NOTES: ChapterNotes[] = [
  {
    id: "architecture",
    title: "Architecture",
    minutes: 35,
    opening: "Four drawings of one system.",
    figures: [
      {title: "Boot sequence, step by step", notes: ["Ask what each step waits for."], beats: [{when: "Exhibitor starts ZooKeeper", hint: "Nothing elects before ZooKeeper runs."}]},
      {title: "Request flows, hop by hop", notes: ["Stop at the first offer."], beats: []}
    ],
    closing: "On to offers."
  }
];

describe("notesAt", () => {
  it("finds the figure's notes by title, the hints whose text the narration contains, and the next figure", () => {
    const at = notesAt(NOTES, "architecture", "Boot sequence, step by step", "Step 2 of 9: Exhibitor starts ZooKeeper. Waits for…", "Request flows, hop by hop");
    expect(at.figure?.notes).toEqual(["Ask what each step waits for."]);
    expect(at.hints).toEqual(["Nothing elects before ZooKeeper runs."]);
    expect(at.next?.title).toBe("Request flows, hop by hop");
    expect(notesAt(NOTES, "architecture", "Boot sequence, step by step", "Step 1 of 9: Diagnostics", null).hints).toEqual([]);
    expect(notesAt(NOTES, "architecture", "No such figure", "", null)).toEqual({chapter: NOTES[0], figure: undefined, hints: [], next: undefined});
    expect(notesAt(NOTES, "roadmap", null, "", null).chapter).toBeUndefined();
  });
  it("formats elapsed time", () => {
    expect([0, 59_999, 61_000, 3_599_000, 3_723_000, -5].map(formatElapsed)).toEqual(["0:00", "0:59", "1:01", "59:59", "1:02:03", "0:00"]);
  });
});

const CHAPTERS: CourseChapter[] = [
  {id: "offer-cycle", title: "The offer cycle", part: "mechanisms", minutes: 45, summary: "", available: true, path: "/offer-cycle"},
  {id: "your-cluster", title: "Your cluster", part: "practice", minutes: 20, summary: "", available: false, path: "/your-cluster"}
];
const EXERCISES: Exercise[] = [
  {id: "drf", part: "mechanisms", title: "DRF by hand", chapter: "offer-cycle", section: "drf", figure: "DRF by progressive filling", prompt: "First.\n\nSecond\nline.", asks: ["Who?", "How many?"], answer: "A 3, B 2.\n\nBoth 2/3."},
  {id: "later", part: "mechanisms", title: "Later", chapter: "your-cluster", section: "s", figure: "Your state", prompt: "P", asks: [], answer: "Q"},
  {id: "other", part: "start", title: "Elsewhere", chapter: "offer-cycle", section: "x", figure: "F", prompt: "P", asks: [], answer: "A"}
];

describe("exerciseSheet", () => {
  it("renders the part's exercises with links, questions and hidden answers", () => {
    const sheet = exerciseSheet(EXERCISES, "mechanisms", {chapters: CHAPTERS});
    expect([...sheet.querySelectorAll(".wb-exercise h3")].map((e) => e.textContent)).toEqual(["Exercise 1: DRF by hand", "Exercise 2: Later"]);
    const first = sheet.querySelector<HTMLElement>('[data-exercise="drf"]')!;
    expect(first.querySelector("a")!.getAttribute("href")).toBe("../offer-cycle#drf");
    expect(first.querySelector(".wb-exercise-source")!.textContent).toBe("Work from the figure DRF by progressive filling in The offer cycle.");
    expect([...first.querySelectorAll(":scope > p:not(.wb-exercise-source)")].map((p) => p.textContent)).toEqual(["First.", "Second line."]);
    expect([...first.querySelectorAll(".wb-exercise-asks li")].map((li) => li.textContent)).toEqual(["Who?", "How many?"]);
    // A chapter without a page yet is named, not linked.
    expect(sheet.querySelector('[data-exercise="later"] a')).toBeNull();
    expect(sheet.querySelector('[data-exercise="later"] em')!.textContent).toBe("Your state");
    const answers = [...sheet.querySelectorAll<HTMLElement>(".wb-exercise-answer")];
    expect(answers.map((a) => a.hidden)).toEqual([true, true]);
  });

  it("reveals one answer with its button, and all with the instructor's toggle", () => {
    const sheet = exerciseSheet(EXERCISES, "mechanisms", {chapters: CHAPTERS});
    const [b1, b2] = [...sheet.querySelectorAll<HTMLButtonElement>(".wb-exercise-toggle")];
    const all = sheet.querySelector<HTMLButtonElement>(".wb-reveal-all")!;
    const answer1 = sheet.querySelector<HTMLElement>(`#${b1!.getAttribute("aria-controls")}`)!;
    b1!.click();
    expect([b1!.getAttribute("aria-expanded"), answer1.hidden, b1!.textContent]).toEqual(["true", false, "Hide the answer"]);
    expect([...answer1.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["Answer", "A 3, B 2.", "Both 2/3."]);
    expect(all.getAttribute("aria-pressed")).toBe("false");
    all.click();
    expect([b1!.getAttribute("aria-expanded"), b2!.getAttribute("aria-expanded"), all.getAttribute("aria-pressed"), all.textContent]).toEqual(["true", "true", "true", "Hide all answers"]);
    b2!.click();
    expect(all.getAttribute("aria-pressed")).toBe("false");
    sheet.revealAll(false);
    expect([...sheet.querySelectorAll<HTMLElement>(".wb-exercise-answer")].map((a) => a.hidden)).toEqual([true, true]);
  });

  it("says so when a part has no exercises", () => {
    const sheet = exerciseSheet(EXERCISES, "evolution", {chapters: CHAPTERS});
    expect(sheet.querySelector('[role="alert"]')!.textContent).toBe("No exercises for the part “evolution” in data/exercises.yaml.");
  });

  it("splits paragraphs at blank lines", () => {
    expect(paragraphs("a\nb\n\n  c  \n\n\n")).toEqual(["a b", "c"]);
  });
});

describe("speaker notes window", () => {
  let stop: () => void = () => {};
  afterEach(() => stop());

  it("asks for the position, then shows the figure, the beat's hint and what comes next", async () => {
    const main = new BroadcastChannel(PRESENTER_CHANNEL);
    const heard: unknown[] = [];
    const position: PresenterPosition = {
      type: "position", id: "architecture-1", chapter: "architecture", page: "Architecture", active: true, index: 0, count: 2,
      figure: "Boot sequence, step by step", next: "Request flows, hop by hop", beat: 2,
      narration: "Step 2 of 9: Exhibitor starts ZooKeeper.", since: Date.now() - 65_000, acted: Date.now()
    };
    main.onmessage = (e) => {
      heard.push(e.data);
      main.postMessage(position);
    };
    let done: () => void = () => {};
    const invalidation = new Promise<void>((resolve) => (done = resolve));
    stop = () => {
      done();
      main.close();
    };
    const view = speakerNotesView(NOTES, {chapter: "architecture", invalidation});
    document.body.replaceChildren(view);
    expect(view.querySelector(".wb-notes-figure")!.textContent).toBe("Before the first figure");
    expect(view.querySelector(".wb-notes-opening")!.textContent).toBe("Four drawings of one system.");
    await expect.poll(() => view.querySelector(".wb-notes-figure")!.textContent).toBe("Figure 1 of 2: Boot sequence, step by step");
    expect(heard).toEqual([{type: "hello"}]);
    expect(view.querySelector(".wb-notes-hints")!.textContent).toBe("At this step: Nothing elects before ZooKeeper runs.");
    expect(view.querySelector(".wb-notes-list")!.textContent).toBe("Ask what each step waits for.");
    expect(view.querySelector(".wb-notes-next")!.textContent).toBe("Next: Request flows, hop by hop");
    expect(view.querySelector(".wb-notes-clock")!.textContent).toBe("1:05");
    expect(view.querySelector(".wb-notes-connection")!.textContent).toBe("Following “Architecture” in presenter mode.");
  });

  it("names a chapter asked for that has no notes, and ignores foreign messages", () => {
    const view = speakerNotesView(NOTES, {chapter: "nope"});
    expect(view.querySelector('[role="alert"]')!.textContent).toBe("The address asks for the notes of chapter “nope”, which has none. Chapters with notes: architecture.");
    expect(isPosition({type: "position", chapter: "x"})).toBe(false);
    expect(isPosition("hello")).toBe(false);
  });

  it("lists every chapter's notes for reading ahead", () => {
    const all = allSpeakerNotes(NOTES);
    expect(all.querySelector("summary")!.textContent).toBe("Architecture (35 min, 2 figures)");
    expect([...all.querySelectorAll("h4")].map((x) => x.textContent)).toEqual(["Boot sequence, step by step", "Request flows, hop by hop"]);
  });
});
