import {describe, expect, it} from "vitest";
import {describeRoadmapItem} from "../../../src/lib/evolution/helpers.js";
import {roadmap} from "./data.js";

const item = (id: string) => roadmap.find((i) => i.id === id)!;

describe("describeRoadmapItem", () => {
  it("tells where each roadmap put an item and whether it shipped", () => {
    expect(describeRoadmapItem(item("pods"))).toBe("Pods: medium term on the 1.7 roadmap, near term on the 1.8 roadmap. It shipped in 1.9 as Preview.");
    expect(describeRoadmapItem(item("jobs"))).toBe("Jobs: long term on the 1.7 roadmap, long term on the 1.8 roadmap until 2016-09-15. It shipped in 1.8 as Preview (Jobs (Metronome)).");
    expect(describeRoadmapItem(item("windows"))).toBe("DC/OS on Windows: medium term on the 1.7 roadmap, near term on the 1.8 roadmap. Nothing shows it shipping (our reading).");
    expect(describeRoadmapItem(item("edge-load-balancing"))).toBe("Edge load balancing: near term on the 1.7 roadmap, not on the 1.8 roadmap. It shipped in 1.11 with no maturity label (our reading).");
  });
});
