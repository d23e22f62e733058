// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {chapterShell} from "../../src/components/chapter.js";
import {checksList} from "../../src/components/checks.js";
import {openProgressStore} from "../../src/components/progressStore.js";
import type {Check} from "../../src/lib/course/checks.js";
import {emptyProgress, PROGRESS_KEY, recordAnswer, serializeProgress} from "../../src/lib/course/progress.js";

const T = 1_714_564_800_000;
const options = [
  {text: "Yes", correct: true, why: "Right."},
  {text: "No", correct: false, why: "Wrong."}
];
const checks: Record<string, Check[]> = {
  "offer-cycle": [
    {id: "one", type: "choice", prompt: "One?", options},
    {id: "two", type: "choice", prompt: "Two?", options},
    {id: "three", type: "numeric", prompt: "How many?", answer: 3, tolerance: 0, unit: "", why: "Three."}
  ]
};

function page(initial?: string) {
  const map = new Map<string, string>(initial ? [[PROGRESS_KEY, initial]] : []);
  const store = openProgressStore(() => ({getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v)}));
  const main = document.createElement("main");
  main.innerHTML = "<h1>The offer cycle</h1><p>Prose.</p><h2>Sources</h2>";
  document.body.replaceChildren(main);
  let now = T;
  const learn = chapterShell("offer-cycle", checks, {store, main, now: () => now++});
  return {map, store, main, learn};
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const choose = (box: Element, i: number) => {
  const input = box.querySelectorAll("input")[i] as HTMLInputElement;
  input.checked = true;
  input.dispatchEvent(new Event("change", {bubbles: true}));
};

describe("chapterShell", () => {
  it("records answers for its chapter and shows the progress at the end of the chapter", async () => {
    const {main, map, learn} = page();
    await flush();
    const box = main.lastElementChild!;
    expect(box.matches("aside.wb-chapter-progress")).toBe(true);
    expect(box.querySelector(".wb-chapter-status")?.textContent).toBe("You have not marked this chapter as read yet. You have not answered any of its 3 checks yet.");
    main.append(checksList(checks["offer-cycle"]!, learn));
    choose(main.querySelector('[data-check="one"]')!, 0);
    choose(main.querySelector('[data-check="two"]')!, 1);
    expect(box.querySelector(".wb-chapter-status")?.textContent).toBe("You have not marked this chapter as read yet. You have answered 2 of its 3 checks, 1 of them correctly.");
    expect(JSON.parse(map.get(PROGRESS_KEY)!).chapters["offer-cycle"].answers).toEqual({one: {correct: true, at: T}, two: {correct: false, at: T + 1}});
  });

  it("marks the chapter read with the button, and undoes it", async () => {
    const {main, store} = page();
    await flush();
    const button = main.querySelector<HTMLButtonElement>(".wb-chapter-progress button")!;
    expect(button.textContent).toBe("Mark as read");
    button.click();
    expect(store.get().chapters["offer-cycle"]).toMatchObject({read: true, readAt: T});
    expect(button.textContent).toBe("Mark as not read");
    expect(main.querySelector(".wb-chapter-progress")?.classList.contains("is-read")).toBe(true);
    expect(main.querySelector(".wb-chapter-status")?.textContent).toMatch(/^You have read this chapter\./);
    button.click();
    expect(store.get().chapters["offer-cycle"]).toMatchObject({read: false, readAt: null});
  });

  it("shows checks answered before as such", () => {
    const before = recordAnswer(recordAnswer(emptyProgress(), "offer-cycle", "one", true, T), "offer-cycle", "two", false, T);
    const {main, learn} = page(serializeProgress(before));
    expect(learn.previous).toEqual({one: true, two: false});
    main.append(checksList(checks["offer-cycle"]!, learn));
    const note = (id: string) => main.querySelector(`[data-check="${id}"] .wb-previous`)?.textContent ?? null;
    expect(note("one")).toBe("You answered this correctly before.");
    expect(note("two")).toBe("You tried this before and it was not quite right. Have another go.");
    expect(note("three")).toBeNull();
    choose(main.querySelector('[data-check="two"]')!, 0);
    expect(note("two")).toBeNull();
  });

  it("puts a notice under the title when saved progress was unreadable, and the page goes on", async () => {
    const {main, learn} = page('{"version":1,"chapters":[]}');
    const notice = main.querySelector("h1 + .wb-notice") as HTMLElement;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toContain("chapters: expected an object, found a list");
    learn.onAnswer("one", true);
    await flush();
    expect(main.querySelector(".wb-chapter-status")?.textContent).toBe("You have not marked this chapter as read yet. You have answered 1 of its 3 checks, 1 of them correctly.");
  });

  it("refuses a chapter id that is not a slug", () => {
    expect(() => chapterShell("Offer cycle")).toThrow('chapterShell: "Offer cycle" is not a chapter id');
  });
});
