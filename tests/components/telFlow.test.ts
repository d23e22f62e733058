// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {readData} from "../../src/data/load.js";
import {loadTelemetry} from "../../src/lib/design/design.schema.js";
import {telFlow} from "../../src/components/telFlow.js";
import {telCollected, telEvents} from "../../src/components/telTables.js";
import {kb} from "../lib/design/data.js";

const telemetry = loadTelemetry(readData("data/telemetry.yaml"), kb);
afterEach(() => document.body.replaceChildren());
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true, cancelable: true}));

describe("telFlow", () => {
  it("steps from the timer to Segment by keyboard, narrating each move", () => {
    const root = telFlow(telemetry);
    document.body.append(root);
    expect(root.querySelector(".tel-caption")?.textContent).toBe("Ready: 5 steps.");
    const stage = root.querySelector(".tel-stage")!;
    key(stage, "ArrowRight");
    key(stage, "ArrowRight");
    expect(root.querySelector(".wb-log")?.lastElementChild?.textContent).toBe(
      "Signal asks for a report: Signal queries the diagnostics endpoint /system/health/v1/report on the leading master."
    );
    expect([...root.querySelectorAll(".tel-node.is-active")].map((n) => n.getAttribute("data-node"))).toEqual(["dcos-signal.service", "Leading master"]);
    key(stage, "ArrowRight");
    key(stage, "ArrowRight");
    expect(root.querySelector(".tel-caption")?.textContent).toBe("Step 4 of 5: The events leave the cluster.");
    expect(root.querySelector(".tel-edge.is-active")?.getAttribute("data-step")).toBe("send");
    expect(root.querySelectorAll(".tel-edge.is-done")).toHaveLength(4);
    expect(root.querySelectorAll(".tel-packet")).toHaveLength(1);
    key(stage, "Home");
    expect(root.querySelectorAll(".tel-packet")).toHaveLength(0);
  });
});

describe("telemetry tables", () => {
  it("names the producer of each event and splits what was sent from what was not", () => {
    const table = telEvents(telemetry);
    expect([...table.querySelectorAll("tbody tr")].map((r) => `${r.querySelector("th")?.textContent}: ${r.querySelector("code")?.textContent}`)).toEqual([
      "DC/OS Diagnostics: health", "Apache Mesos: mesos_track", "Cosmos: package_list", "dcos-signal: (every event)", "DC/OS GUI: (GUI events)"
    ]);
    const lists = telCollected(telemetry);
    expect(lists.querySelectorAll(".is-collected li")).toHaveLength(4);
    expect([...lists.querySelectorAll(".is-not li")].map((li) => li.getAttribute("data-id"))).toEqual(["workload", "identity"]);
  });
});
