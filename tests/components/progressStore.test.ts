// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {NO_STORAGE, openProgressStore, progressNotice, UNREADABLE_KEY} from "../../src/components/progressStore.js";
import {emptyProgress, PROGRESS_KEY, recordAnswer, serializeProgress} from "../../src/lib/course/progress.js";

/** A Storage of our own (a Map), optionally refusing to read or to write. */
function memoryStorage(initial: Record<string, string> = {}, {refuseWrite = false, refuseRead = false} = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem(key: string) {
      if (refuseRead) throw new DOMException("denied", "SecurityError");
      return map.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (refuseWrite) throw new DOMException("full", "QuotaExceededError");
      map.set(key, value);
    }
  };
}

const T = 1_714_564_800_000;

describe("progressStore", () => {
  it("reads and writes progress under the versioned key", () => {
    const stored = recordAnswer(emptyProgress(), "offer-cycle", "q1", true, T);
    const storage = memoryStorage({[PROGRESS_KEY]: serializeProgress(stored)});
    const store = openProgressStore(() => storage);
    expect(store.get()).toEqual(stored);
    expect(store.notice).toBeNull();
    expect(store.persistent).toBe(true);
    const seen: number[] = [];
    store.subscribe((p) => seen.push(Object.keys(p.chapters).length));
    store.update((p) => recordAnswer(p, "design", "q2", false, T));
    expect(seen).toEqual([2]);
    expect(JSON.parse(storage.map.get(PROGRESS_KEY)!).chapters.design).toEqual({read: false, readAt: null, answers: {q2: {correct: false, at: T}}});
  });

  it("sets a corrupt value aside and starts again, with a notice that says what was wrong", () => {
    const bad = '{"version":1,"chapters":{"offer-cycle":{"read":"yes","readAt":null,"answers":{}}}}';
    const storage = memoryStorage({[PROGRESS_KEY]: bad});
    const store = openProgressStore(() => storage);
    expect(store.get()).toEqual(emptyProgress());
    expect(store.notice).toBe(
      `Your saved progress could not be read (chapters["offer-cycle"].read: expected true or false, found "yes"), so it starts again from nothing. The old value is kept in this browser's storage under “${UNREADABLE_KEY}”.`
    );
    expect(storage.map.get(UNREADABLE_KEY)).toBe(bad);
    expect(storage.map.get(PROGRESS_KEY)).toBe('{"version":1,"chapters":{}}');
  });

  it("treats a value from another version as unreadable", () => {
    const store = openProgressStore(() => memoryStorage({[PROGRESS_KEY]: '{"version":0,"chapters":{}}'}));
    expect(store.notice).toMatch(/^Your saved progress could not be read \(version: expected 1, found 0 \(saved by another version of the workbook\)\)/);
  });

  it("works in memory, with a notice, when storage cannot be reached, read or written", () => {
    const noStorage = openProgressStore(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(noStorage.persistent).toBe(false);
    expect(noStorage.notice).toBe(NO_STORAGE);
    noStorage.update((p) => recordAnswer(p, "design", "q", true, T));
    expect(Object.keys(noStorage.get().chapters)).toEqual(["design"]);

    const unreadable = openProgressStore(() => memoryStorage({}, {refuseRead: true}));
    expect(unreadable.persistent).toBe(false);
    expect(unreadable.notice).toBe(NO_STORAGE);

    const full = openProgressStore(() => memoryStorage({}, {refuseWrite: true}));
    expect(full.notice).toBeNull();
    full.update((p) => recordAnswer(p, "design", "q", true, T));
    expect(full.persistent).toBe(false);
    expect(full.notice).toBe(NO_STORAGE);
    expect(full.get().chapters.design?.answers.q).toEqual({correct: true, at: T});
  });

  it("shows the notice on the page, and nothing when all is well", () => {
    const ok = progressNotice(openProgressStore(() => memoryStorage()));
    expect(ok.hidden).toBe(true);
    const bad = progressNotice(openProgressStore(() => memoryStorage({[PROGRESS_KEY]: "{oops"})));
    expect(bad.hidden).toBe(false);
    expect(bad.getAttribute("role")).toBe("status");
    expect(bad.textContent).toMatch(/^About your progress: Your saved progress could not be read \(not valid JSON/);
  });

  it("follows another tab's change when reloaded", () => {
    const storage = memoryStorage();
    const store = openProgressStore(() => storage);
    storage.map.set(PROGRESS_KEY, serializeProgress(recordAnswer(emptyProgress(), "roadmap", "q", true, T)));
    store.reload();
    expect(Object.keys(store.get().chapters)).toEqual(["roadmap"]);
  });
});
