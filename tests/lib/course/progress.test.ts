import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {
  emptyProgress,
  markRead,
  MAX_PROGRESS_CHARS,
  parseProgress,
  previousAnswers,
  PROGRESS_KEY,
  recordAnswer,
  serializeProgress,
  summarizeChapter,
  type Progress
} from "../../../src/lib/course/progress.js";
import {EXPORT_KIND, exportFileName, exportProgress, importProgress, summarizeCourse, totals} from "../../../src/lib/course/progressFile.js";

const T = Date.UTC(2024, 4, 1, 12, 0, 0); // 2024-05-01T12:00:00Z

function sample(): Progress {
  let p = emptyProgress();
  p = recordAnswer(p, "offer-cycle", "decline-filter", false, T);
  p = recordAnswer(p, "offer-cycle", "decline-filter", true, T + 1000);
  p = recordAnswer(p, "offer-cycle", "drf-share", false, T + 2000);
  p = markRead(p, "offer-cycle", T + 3000);
  p = recordAnswer(p, "high-availability", "quorum-of-five", true, T + 4000);
  return p;
}

const problem = (input: unknown) => {
  const r = parseProgress(input);
  return r.ok ? "ok" : r.problem;
};

describe("progress", () => {
  it("has a versioned key and starts empty", () => {
    expect(PROGRESS_KEY).toBe("dcos-workbook/progress/v1");
    expect(emptyProgress()).toEqual({version: 1, chapters: {}});
  });

  it("records the latest answer to each check, and reading, without changing the old value", () => {
    const empty = emptyProgress();
    const p = sample();
    expect(empty).toEqual({version: 1, chapters: {}});
    expect(p).toEqual({
      version: 1,
      chapters: {
        "offer-cycle": {
          read: true,
          readAt: T + 3000,
          answers: {"decline-filter": {correct: true, at: T + 1000}, "drf-share": {correct: false, at: T + 2000}}
        },
        "high-availability": {read: false, readAt: null, answers: {"quorum-of-five": {correct: true, at: T + 4000}}}
      }
    });
    expect(markRead(p, "offer-cycle", T + 9000)).toBe(p);
    expect(markRead(p, "offer-cycle", T + 9000, false).chapters["offer-cycle"]).toMatchObject({read: false, readAt: null});
  });

  it("summarises a chapter against the checks it has now, ignoring answers to checks it no longer has", () => {
    const p = recordAnswer(sample(), "offer-cycle", "removed-check", true, T);
    expect(summarizeChapter(p, "offer-cycle", ["decline-filter", "drf-share", "starvation"])).toEqual({read: true, answered: 2, total: 3, correct: 1});
    expect(summarizeChapter(p, "design", ["a", "b"])).toEqual({read: false, answered: 0, total: 2, correct: 0});
    // An id that is also a property of every object is just a chapter with no progress.
    expect(summarizeChapter(p, "constructor", ["a"])).toEqual({read: false, answered: 0, total: 1, correct: 0});
    const course = summarizeCourse(p, ["offer-cycle", "high-availability", "index"], {
      "offer-cycle": [{id: "decline-filter"}, {id: "drf-share"}, {id: "starvation"}],
      "high-availability": [{id: "quorum-of-five"}, {id: "split-brain"}]
    });
    expect(course).toEqual({
      "offer-cycle": {read: true, answered: 2, total: 3, correct: 1},
      "high-availability": {read: false, answered: 1, total: 2, correct: 1},
      index: {read: false, answered: 0, total: 0, correct: 0}
    });
    expect(totals(course)).toEqual({chapters: 3, read: 1, answered: 3, total: 5, correct: 2});
    expect(previousAnswers(p, "offer-cycle")).toEqual({"decline-filter": true, "drf-share": false, "removed-check": true});
  });

  it("refuses ids and times of the wrong shape", () => {
    expect(() => recordAnswer(emptyProgress(), "__proto__", "q", true, T)).toThrow('chapter id "__proto__": expected a course slug');
    expect(() => recordAnswer(emptyProgress(), "offer-cycle", "Q 1", true, T)).toThrow('check id "Q 1": expected a kebab-case id');
    expect(() => markRead(emptyProgress(), "offer-cycle", -1)).toThrow("time: expected whole milliseconds since 1970, found -1");
    expect(recordAnswer(emptyProgress(), "workshop/agenda", "q", true, T).chapters).toHaveProperty(["workshop/agenda"]);
  });

  it("reads back what it stores", () => {
    const p = sample();
    expect(parseProgress(serializeProgress(p))).toEqual({ok: true, progress: p});
    expect(parseProgress(JSON.parse(serializeProgress(p)))).toEqual({ok: true, progress: p});
  });

  it("names the place of every problem in a stored value", () => {
    const good = JSON.parse(serializeProgress(sample()));
    const broken = (change: (v: any) => void) => {
      const v = structuredClone(good);
      change(v);
      return problem(v);
    };
    expect(broken((v) => (v.chapters["offer-cycle"].answers["decline-filter"].correct = "yes"))).toBe(
      'chapters["offer-cycle"].answers["decline-filter"].correct: expected true or false, found "yes"'
    );
    expect(broken((v) => (v.chapters["high-availability"].answers = [1]))).toBe('chapters["high-availability"].answers: expected an object, found a list');
    expect(broken((v) => (v.chapters["offer-cycle"].readAt = null))).toBe('chapters["offer-cycle"].readAt: expected the time the chapter was read, found null');
    expect(broken((v) => (v.chapters["offer-cycle"].answers.q1 = {correct: true, at: 1.5}))).toBe(
      'chapters["offer-cycle"].answers.q1.at: expected a time in whole milliseconds since 1970, found 1.5'
    );
    expect(broken((v) => (v.chapters["offer-cycle"].answers.q1 = {correct: true}))).toBe('chapters["offer-cycle"].answers.q1.at: missing');
    expect(broken((v) => (v.chapters["offer-cycle"].extra = 1))).toBe('chapters["offer-cycle"].extra: unknown field');
    expect(broken((v) => (v.chapters["Offer Cycle"] = {read: false, readAt: null, answers: {}}))).toBe(
      'chapters["Offer Cycle"]: not a chapter id (expected a course slug such as "offer-cycle")'
    );
    expect(broken((v) => (v.version = 2))).toBe("version: expected 1, found 2 (saved by another version of the workbook)");
    expect(broken((v) => delete v.chapters)).toBe("chapters: missing");
    expect(problem("{not json")).toMatch(/^not valid JSON \(/);
    expect(problem("null")).toBe("the value: expected an object, found null");
    expect(problem('"progress"')).toBe('the value: expected an object, found "progress"');
    expect(problem("x".repeat(MAX_PROGRESS_CHARS + 1))).toBe("the text is 200,001 characters long; progress is at most 200,000");
  });

  it("is not fooled by hostile keys", () => {
    expect(problem('{"version":1,"chapters":{"__proto__":{"read":true,"readAt":1,"answers":{}}}}')).toBe(
      'chapters.__proto__: not a chapter id (expected a course slug such as "offer-cycle")'
    );
    expect(problem('{"version":1,"chapters":{"a":{"read":false,"readAt":null,"answers":{"__proto__":{"correct":true,"at":1}}}}}')).toBe(
      "chapters.a.answers.__proto__: not a check id (expected a kebab-case id)"
    );
    // Only the length of the text bounds a value: a long one is refused before it is parsed.
    const many = Object.fromEntries(Array.from({length: 5000}, (_, i) => [`c${i}`, {read: false, readAt: null, answers: {}}]));
    expect(problem(JSON.stringify({version: 1, chapters: many}))).toBe("the text is 248,916 characters long; progress is at most 200,000");
    expect(problem('{"version":1,"chapters":{"a":{"read":false,"readAt":null,"answers":{"q":{"correct":true,"at":1e300}}}}}')).toBe(
      "chapters.a.answers.q.at: expected a time in whole milliseconds since 1970, found 1e+300"
    );
  });

  it("exports a dated file with a kind and version marker, and imports it back exactly", () => {
    const p = sample();
    const text = exportProgress(p, T);
    expect(JSON.parse(text)).toEqual({kind: EXPORT_KIND, version: 1, exportedAt: "2024-05-01T12:00:00.000Z", chapters: p.chapters});
    expect(exportFileName(T)).toBe("dcos-workbook-progress-2024-05-01.json");
    expect(importProgress(text)).toEqual({ok: true, progress: p});
  });

  it("refuses an import that is not a progress file, and says why", () => {
    const imported = (text: string) => {
      const r = importProgress(text);
      return r.ok ? "ok" : r.problem;
    };
    expect(imported(serializeProgress(sample()))).toBe("kind: missing");
    expect(imported('{"kind":"something-else","version":1,"exportedAt":"2024-05-01T12:00:00.000Z","chapters":{}}')).toBe(
      'kind: expected "dcos-workbook-progress" (this is not a workbook progress file), found "something-else"'
    );
    expect(imported('{"kind":"dcos-workbook-progress","version":1,"exportedAt":"yesterday","chapters":{}}')).toBe('exportedAt: expected a date and time, found "yesterday"');
    expect(imported("[]")).toBe("the value: expected an object, found a list");
  });

  it("round-trips any progress through export and import (property)", () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
    const time = fc.integer({min: 0, max: 4_102_444_800_000});
    const step = fc.oneof(
      fc.record({kind: fc.constant("answer" as const), chapter: id, check: id, correct: fc.boolean(), at: time}),
      fc.record({kind: fc.constant("read" as const), chapter: id, read: fc.boolean(), at: time})
    );
    fc.assert(
      fc.property(fc.array(step, {maxLength: 40}), time, (steps, at) => {
        let p = emptyProgress();
        for (const s of steps) p = s.kind === "answer" ? recordAnswer(p, s.chapter, s.check, s.correct, s.at) : markRead(p, s.chapter, s.at, s.read);
        expect(importProgress(exportProgress(p, at))).toEqual({ok: true, progress: p});
        expect(parseProgress(serializeProgress(p))).toEqual({ok: true, progress: p});
      })
    );
  });
});
