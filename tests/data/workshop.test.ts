// The speaker-notes and exercises loaders as Framework runs them: their output on the real data,
// and their failure on a broken copy, naming file, record and field.
import {execFileSync, spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parse} from "yaml";
import {DataError} from "../../src/lib/data/validate.js";
import {parseExercises} from "../../src/lib/course/exercises.schema.js";
import {parseSpeakerNotes} from "../../src/lib/course/notes.schema.js";

const TSX = "node_modules/.bin/tsx";
const run = (loader: string, env: Record<string, string> = {}) => spawnSync(TSX, [`src/data/${loader}`], {encoding: "utf8", env: {...process.env, ...env}});
const load = (loader: string) => JSON.parse(execFileSync(TSX, [`src/data/${loader}`], {encoding: "utf8"}));

function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "wb-workshop-"));
  cpSync("data", dir, {recursive: true});
  writeFileSync(join(dir, file), edit(readFileSync(join("data", file), "utf8")));
  return dir;
}

const CHAPTERS = [
  {id: "architecture", title: "Architecture", part: "system" as const, minutes: 35, summary: "x"},
  {id: "offer-cycle", title: "The offer cycle", part: "mechanisms" as const, minutes: 45, summary: "x"}
];

describe("speaker-notes.json", () => {
  it("covers the thirteen chapters in course order, joined with their titles", () => {
    const notes = load("speaker-notes.json.ts");
    expect(notes.map((c: {id: string}) => c.id)).toEqual([
      "what-is-dcos", "architecture", "components", "concepts", "features", "offer-cycle",
      "high-availability", "service-discovery", "telemetry", "feature-maturity", "roadmap", "design", "your-cluster"
    ]);
    const offer = notes.find((c: {id: string}) => c.id === "offer-cycle");
    expect(offer).toMatchObject({title: "The offer cycle", minutes: 45});
    expect(offer.figures.map((f: {title: string}) => f.title)).toEqual([
      "The architecture example, one message at a time",
      "DRF by progressive filling",
      "Free-play simulator"
    ]);
    const ha = notes.find((c: {id: string}) => c.id === "high-availability");
    expect(ha.figures.map((f: {title: string}) => f.title)).toEqual(["A majority decides", "Masters and ZooKeeper", "Agents, zones and tasks", "Marathon, frameworks and health checks"]);
    for (const c of notes) for (const f of c.figures) expect(f.notes.length, `${c.id}: ${f.title}`).toBeGreaterThan(0);
  });

  it("a chapter that is not in the course stops the loader with its place", () => {
    const dir = brokenCopy("speaker-notes.yaml", (t) => t.replace("- id: roadmap\n", "- id: road-map\n"));
    const result = run("speaker-notes.json.ts", {DATA_DIR: dir});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/speaker-notes.yaml: road-map: id: no chapter "road-map" in ${dir}/chapters.yaml`);
    expect(result.stdout).toBe("");
  });

  it("a figure without notes, an empty hint and a repeated title are each named", () => {
    const input = [
      {
        id: "offer-cycle",
        opening: "Go.",
        figures: [
          {title: "DRF by progressive filling", notes: []},
          {title: "Free-play simulator", notes: ["x"], beats: [{when: "ACCEPT", hint: " "}]},
          {title: "Free-play simulator", notes: ["y"]}
        ]
      }
    ];
    let problems: string[] = [];
    try {
      parseSpeakerNotes(input, "data/speaker-notes.yaml", CHAPTERS);
    } catch (error) {
      problems = (error as DataError).problems;
    }
    expect(problems).toEqual([
      "data/speaker-notes.yaml: offer-cycle: figures[0].notes: expected at least one note",
      "data/speaker-notes.yaml: offer-cycle: figures[1].beats[0].hint: must not be empty",
      'data/speaker-notes.yaml: offer-cycle: figures[2].title: duplicate figure title "Free-play simulator"'
    ]);
  });

  it("fills in defaults and sorts by the course", () => {
    const notes = parseSpeakerNotes(
      [
        {id: "offer-cycle", opening: "Offers.", figures: [{title: "F", notes: ["n"]}]},
        {id: "architecture", opening: "Parts.", figures: []}
      ],
      "f.yaml",
      CHAPTERS
    );
    expect(notes).toEqual([
      {id: "architecture", opening: "Parts.", figures: [], title: "Architecture", minutes: 35},
      {id: "offer-cycle", opening: "Offers.", figures: [{title: "F", notes: ["n"], beats: []}], title: "The offer cycle", minutes: 45}
    ]);
  });
});

describe("exercises.json", () => {
  it("lists every exercise with its part, chapter and section, the DRF example with the paper's numbers", () => {
    const exercises = load("exercises.json.ts");
    const byPart = (part: string) => exercises.filter((e: {part: string}) => e.part === part).map((e: {id: string}) => e.id);
    expect(byPart("start")).toEqual(["analogy-kernel", "analogy-schedulers"]);
    expect(byPart("system")).toEqual(["boot-order", "public-agent", "launch-flow", "layers-marathon"]);
    expect(byPart("mechanisms")).toEqual(["arch-example", "drf-paper", "drf-twelve", "quorum", "agent-unreachable", "failover-timeout", "dns-names", "vip"]);
    expect(byPart("evolution")).toEqual(["telemetry-opt-out", "maturity-models", "overlay-subnets", "dns-proxy-down"]);
    expect(byPart("practice")).toEqual(["practice-read-a-state", "practice-drf-next"]);
    const drf = exercises.find((e: {id: string}) => e.id === "drf-paper");
    expect(drf).toMatchObject({chapter: "offer-cycle", section: "who-gets-the-next-offer-dominant-resource-fairness", figure: "DRF by progressive filling"});
    expect(drf.prompt).toContain("<1 CPU, 4 GB>");
    expect(drf.answer).toContain("B, A, A, B, A: A gets 3 tasks and B gets 2.");
  });

  it("every section an exercise points to is a heading of its chapter page", () => {
    const exercises = parse(readFileSync("data/exercises.yaml", "utf8")) as {id: string; chapter: string; section: string}[];
    // Framework makes heading anchors from the words of the heading, lower case, joined by hyphens.
    const anchors = (chapter: string) =>
      [...readFileSync(`src/${chapter}.md`, "utf8").matchAll(/^## (.+)$/gm)].map((m) =>
        m[1]!
          .replace(/([a-z])([A-Z])/g, "$1-$2")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")
      );
    for (const e of exercises) expect(anchors(e.chapter), e.id).toContain(e.section);
  });

  it("an unknown part and an unknown chapter are named with the record", () => {
    const dir = brokenCopy("exercises.yaml", (t) => t.replace("  part: start\n  title: The kernel", "  part: beginning\n  title: The kernel"));
    const result = run("exercises.json.ts", {DATA_DIR: dir});
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir}/exercises.yaml: analogy-kernel: part: `);
    expect(() =>
      parseExercises([{id: "x", part: "system", title: "T", chapter: "nowhere", section: "s", figure: "F", prompt: "P", answer: "A"}], "data/exercises.yaml", CHAPTERS)
    ).toThrow('data/exercises.yaml: x: chapter: no chapter "nowhere" in data/chapters.yaml');
  });
});
