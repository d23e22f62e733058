// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {courseMap} from "../../src/components/courseMap.js";
import {progressPanel, progressSummary} from "../../src/components/progressPanel.js";
import {openProgressStore} from "../../src/components/progressStore.js";
import type {CourseChapter} from "../../src/lib/course/parts.js";
import {emptyProgress, markRead, PROGRESS_KEY, recordAnswer} from "../../src/lib/course/progress.js";
import {exportProgress, summarizeCourse} from "../../src/lib/course/progressFile.js";

const T = Date.UTC(2024, 4, 1, 12);
const chapter = (id: string, part: CourseChapter["part"], available = true): CourseChapter => ({
  id,
  title: id,
  part,
  minutes: 10,
  summary: `About ${id}.`,
  available,
  path: id === "index" ? "/" : `/${id}`
});
const chapters = [chapter("index", "start"), chapter("what-is-dcos", "start"), chapter("offer-cycle", "mechanisms"), chapter("workshop", "practice", false)];
const checks = {"what-is-dcos": [{id: "a"}, {id: "b"}], "offer-cycle": [{id: "c"}, {id: "d"}, {id: "e"}]};

function setup() {
  const map = new Map<string, string>();
  const store = openProgressStore(() => ({getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v)}));
  const saved: {name: string; text: string}[] = [];
  const panel = progressPanel(store, chapters, checks, {now: () => T, save: (name, text) => saved.push({name, text})});
  document.body.replaceChildren(panel);
  const button = (text: string) => [...panel.querySelectorAll("button")].find((b) => b.textContent === text)!;
  const input = panel.querySelector('input[type="file"]') as HTMLInputElement;
  const choose = async (name: string, text: string) => {
    Object.defineProperty(input, "files", {value: [new File([text], name, {type: "application/json"})], configurable: true});
    input.dispatchEvent(new Event("change"));
    await new Promise((resolve) => setTimeout(resolve, 20));
  };
  return {map, store, panel, saved, button, choose};
}

describe("progressPanel", () => {
  it("sums up the course in a sentence", () => {
    expect(progressSummary(emptyProgress(), chapters, checks)).toBe("You have not started yet: 2 chapters and 5 checks are waiting for you.");
    const p = recordAnswer(recordAnswer(markRead(emptyProgress(), "offer-cycle", T), "offer-cycle", "c", true, T), "offer-cycle", "d", false, T);
    expect(progressSummary(p, chapters, checks)).toBe("You have read 1 of 2 chapters and answered 2 of 5 checks, 1 of them correctly.");
    expect(progressSummary(markRead(emptyProgress(), "offer-cycle", T), chapters, checks)).toBe("You have read 1 of 2 chapters and not answered any checks yet.");
  });

  it("exports to a dated JSON file, and imports it back after a reset", async () => {
    const {store, panel, saved, button, choose} = setup();
    const progress = recordAnswer(markRead(emptyProgress(), "what-is-dcos", T), "what-is-dcos", "a", true, T);
    store.set(progress);
    button("Export to a file").click();
    expect(saved).toEqual([{name: "dcos-workbook-progress-2024-05-01.json", text: exportProgress(progress, T)}]);
    expect(panel.querySelector(".wb-progress-status")?.textContent).toMatch(/^Saved your progress as dcos-workbook-progress-2024-05-01\.json\./);

    button("Reset progress…").click();
    const confirmBox = panel.querySelector(".wb-confirm") as HTMLElement;
    expect(confirmBox.hidden).toBe(false);
    expect(document.activeElement?.textContent).toBe("Cancel");
    button("Cancel").click();
    expect(confirmBox.hidden).toBe(true);
    expect(store.get()).toEqual(progress);
    button("Reset progress…").click();
    button("Yes, reset my progress").click();
    expect(store.get()).toEqual(emptyProgress());
    expect(panel.querySelector(".wb-progress-summary")?.textContent).toBe("You have not started yet: 2 chapters and 5 checks are waiting for you.");
    expect(document.activeElement?.textContent).toBe("Reset progress…");

    await choose("mine.json", saved[0]!.text);
    expect(store.get()).toEqual(progress);
    expect(panel.querySelector(".wb-progress-status")?.textContent).toBe(
      "Imported “mine.json”. You have read 1 of 2 chapters and answered 1 of 5 checks, 1 of them correctly."
    );
  });

  it("refuses a wrong file with what is wrong and where, and changes nothing", async () => {
    const {map, store, panel, choose} = setup();
    const progress = recordAnswer(emptyProgress(), "offer-cycle", "c", true, T);
    store.set(progress);
    const before = map.get(PROGRESS_KEY);
    const bad = exportProgress(progress, T).replace('"correct": true', '"correct": "yes"');
    await choose("edited.json", bad);
    const error = panel.querySelector(".wb-error") as HTMLElement;
    expect(error.hidden).toBe(false);
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.textContent).toBe('Could not import “edited.json”: chapters["offer-cycle"].answers.c.correct: expected true or false, found "yes". Your progress has not changed.');
    expect(store.get()).toEqual(progress);
    expect(map.get(PROGRESS_KEY)).toBe(before);
    await choose("photo.json", "\u0089PNG");
    expect(error.textContent).toMatch(/^Could not import “photo\.json”: not valid JSON/);
  });
});

describe("courseMap with progress", () => {
  it("says each chapter's progress on its card, in its name, in the panel and in the list", () => {
    const p = recordAnswer(recordAnswer(markRead(emptyProgress(), "offer-cycle", T), "offer-cycle", "c", true, T), "offer-cycle", "d", false, T);
    const progress = summarizeCourse(recordAnswer(p, "what-is-dcos", "a", false, T), chapters.map((c) => c.id), checks);
    document.body.replaceChildren(courseMap(chapters, {width: 900, progress}));
    const card = (id: string) => document.querySelector(`a[href="./${id}"]`)!;
    expect(card("offer-cycle").textContent).toBe("offer-cycle10 min · read · 2 of 3");
    expect(card("offer-cycle").querySelector(".course-tick")).not.toBeNull();
    expect(card("what-is-dcos").querySelector(".course-tick")).toBeNull();
    expect(card("offer-cycle").getAttribute("aria-label")).toBe("offer-cycle 10 min · read · 2 of 3. Read; 2 of 3 checks answered, 1 correctly.");
    expect(card("what-is-dcos").textContent).toBe("what-is-dcos10 min · 1 of 2 checks");
    expect(card("what-is-dcos").querySelector(".course-bar")?.getAttribute("width")).toBe(String((900 / 3 - 16 - 20) / 2));
    card("offer-cycle").dispatchEvent(new Event("focus"));
    expect(document.querySelector(".course-map-detail")?.textContent).toBe("offer-cycle (Mechanisms, 10 min): About offer-cycle. Your progress: Read; 2 of 3 checks answered, 1 correctly.");
    expect([...document.querySelectorAll(".course-map-list li strong")].map((s) => s.textContent)).toEqual([
      " Your progress: Not read yet; 1 of 2 checks answered, 0 correctly.",
      " Your progress: Read; 2 of 3 checks answered, 1 correctly."
    ]);
  });
});
