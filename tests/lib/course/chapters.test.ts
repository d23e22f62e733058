import {describe, expect, it} from "vitest";
import {parseChapters} from "../../../src/lib/course/chapters.schema.js";
import {courseChapters, courseMinutes} from "../../../src/lib/course/parts.js";
import {DataError} from "../../../src/lib/index.js";

const good = [
  {id: "index", title: "Course map", part: "start", minutes: 5, summary: "Map."},
  {id: "offer-cycle", title: "The offer cycle", part: "mechanisms", minutes: 45, summary: "Offers."}
];

function problems(input: unknown): string[] {
  try {
    parseChapters(input);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseChapters", () => {
  it("accepts a valid outline and keeps its order", () => {
    expect(parseChapters(good).map((c) => c.id)).toEqual(["index", "offer-cycle"]);
  });

  it("names file, record and field for each problem", () => {
    expect(problems([{...good[0], minutes: -3}, {...good[1], part: "middle"}])).toEqual([
      "data/chapters.yaml: index: minutes: Too small: expected number to be >0",
      'data/chapters.yaml: offer-cycle: part: Invalid option: expected one of "start"|"system"|"mechanisms"|"evolution"|"practice"'
    ]);
  });

  it("reports a missing field, an unknown field and a duplicate id", () => {
    const {summary: _, ...noSummary} = good[0]!;
    expect(problems([noSummary, {...good[1], colour: "red"}, good[1]])).toEqual([
      "data/chapters.yaml: index: summary: Invalid input: expected string, received undefined",
      'data/chapters.yaml: offer-cycle: (record): Unrecognized key: "colour"',
      "data/chapters.yaml: offer-cycle: id: duplicate id (also record #2)"
    ]);
  });

  it("rejects chapters listed out of course order", () => {
    expect(problems([good[1], good[0]])).toEqual([
      'data/chapters.yaml: index: part: "start" comes after "mechanisms"; list chapters in course order'
    ]);
  });

  it("rejects something that is not a list", () => {
    expect(problems({index: good[0]})).toEqual(["data/chapters.yaml: expected a list of records"]);
  });
});

describe("courseChapters and courseMinutes", () => {
  it("marks which chapters exist and gives each a path", () => {
    const chapters = courseChapters(parseChapters(good), (id) => id === "index");
    expect(chapters.map((c) => [c.id, c.available, c.path])).toEqual([
      ["index", true, "/"],
      ["offer-cycle", false, "/offer-cycle"]
    ]);
  });

  it("adds minutes per part and in total", () => {
    expect(courseMinutes(parseChapters(good))).toEqual({total: 50, byPart: {start: 5, mechanisms: 45}});
  });
});
