// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {courseMap, layoutCourse} from "../../src/components/courseMap.js";
import type {CourseChapter} from "../../src/lib/course/parts.js";

const chapter = (id: string, part: CourseChapter["part"], available: boolean, minutes = 10): CourseChapter => ({
  id,
  title: id,
  part,
  minutes,
  summary: `About ${id}.`,
  available,
  path: id === "index" ? "/" : `/${id}`
});
const chapters = [chapter("index", "start", true, 5), chapter("what-is-dcos", "start", true, 20), chapter("architecture", "system", false), chapter("offer-cycle", "mechanisms", false)];

describe("courseMap", () => {
  it("links the chapters that exist and marks the others as planned, not as links", () => {
    const map = courseMap(chapters, {width: 900});
    expect([...map.querySelectorAll("svg a")].map((a) => a.getAttribute("href"))).toEqual(["./", "./what-is-dcos"]);
    expect([...map.querySelectorAll("svg .is-planned")].map((g) => g.getAttribute("aria-label"))).toEqual([
      "architecture 10 min · planned",
      "offer-cycle 10 min · planned"
    ]);
    expect(map.querySelector("svg")?.getAttribute("aria-label")).toBe("Course map: 4 chapters in 3 parts, about 0.8 hours in all");
  });

  it("has one tab stop; arrow keys move along the course and the panel describes the chapter", () => {
    document.body.replaceChildren(courseMap(chapters, {width: 900}));
    const cards = [...document.querySelectorAll<SVGElement>(".course-card")];
    expect(cards.map((c) => c.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1"]);
    cards[0]!.focus();
    cards[0]!.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowRight", bubbles: true}));
    expect(document.activeElement).toBe(cards[1]);
    expect(cards.map((c) => c.getAttribute("tabindex"))).toEqual(["-1", "0", "-1", "-1"]);
    expect(document.querySelector(".course-map-detail")?.textContent).toBe("what-is-dcos (Start, 20 min): About what-is-dcos.");
    cards[1]!.dispatchEvent(new KeyboardEvent("keydown", {key: "End", bubbles: true}));
    expect(document.activeElement).toBe(cards[3]);
    expect(document.querySelector(".course-map-detail")?.textContent).toBe("offer-cycle (Mechanisms, 10 min, planned): About offer-cycle.");
  });

  it("shows progress and where you are", () => {
    const map = courseMap(chapters, {width: 900, current: "what-is-dcos", progress: {"what-is-dcos": {answered: 2, total: 4}}});
    const link = map.querySelector('a[href="./what-is-dcos"]')!;
    expect(link.getAttribute("aria-current")).toBe("page");
    expect(link.textContent).toBe("what-is-dcos20 min · 2 of 4 checks");
  });

  it("lays parts out as columns when wide and as rows when narrow", () => {
    const wide = layoutCourse(chapters, 1000);
    expect(new Set(wide.cards.map((c) => c.x)).size).toBe(3);
    const narrow = layoutCourse(chapters, 400);
    expect(new Set(narrow.cards.map((c) => c.x))).toEqual(new Set([4]));
    expect(narrow.cards.map((c) => c.y)).toEqual([...narrow.cards.map((c) => c.y)].sort((a, b) => a - b));
  });

  it("renders untrusted text as text", () => {
    const evil = {...chapter("x", "start", true), title: '<img src=x onerror="alert(1)">'};
    const map = courseMap([evil], {width: 900});
    expect(map.querySelector("img")).toBeNull();
    expect(map.querySelector("svg a")?.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
