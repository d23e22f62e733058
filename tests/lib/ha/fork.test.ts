import {describe, expect, it} from "vitest";
import {compareHaMoments, haMomentSummary} from "../../../src/lib/ha/fork.js";
import {haScenarios, runHa} from "../../../src/lib/ha/index.js";
import {parseHaScenario} from "../../../src/lib/ha/scenario.schema.js";
import {forkHaScenario} from "../../../src/lib/ha/url.js";
import {firstDivergence} from "../../../src/lib/sim/fork.js";

const kill = haScenarios["ha-kill-leader"];
const strip = (events: readonly {time: number; kind: string; explain: string}[]) => events.map((e) => `${e.time} ${e.kind} ${e.explain}`);

describe("forking an HA run", () => {
  it("published example: a 4 s session timeout from 10 s on elects master-2 at 24.1 s instead of 30.1 s", () => {
    const original = runHa(kill);
    const fork = runHa(forkHaScenario(kill, 10_000, {kind: "session", value: 4000}));
    const before = (t: {events: readonly {time: number; kind: string; explain: string}[]}) => t.events.filter((e) => e.time < 10_000);
    expect(strip(before(fork))).toEqual(strip(before(original)));
    const i = firstDivergence(original.events, fork.events);
    expect(fork.events[i]!.explain).toBe("The operator sets the ZooKeeper session timeout to 4 s (it was 10 s): every session timer started from now on uses it.");
    const elected = (t: typeof original) => t.events.find((e) => e.kind === "leader-elected" && e.time > 0 && e.data.component === "mesos")!.time;
    expect([elected(original), elected(fork)]).toEqual([30_100, 24_100]);
    expect(compareHaMoments(haMomentSummary(original, 40_000, 10_000), haMomentSummary(fork, 40_000, 10_000), 40_000)).toBe(
      "At 40 s: both led by master-2; 3 instances serving in both. After the fork the original is without a leading master for 10.1 s, the fork without a leading master for 4.1 s. The original is without a Marathon leader for 10.1 s, the fork without a Marathon leader for 4.1 s."
    );
  });

  it("a fault added at the fork time leaves everything before it alone", () => {
    const original = runHa(kill);
    for (const at of [0, 5000, 19_999, 20_000, 35_000]) {
      const fork = runHa(forkHaScenario(kill, at, {kind: "fault", action: "kill", target: "master-2"}));
      expect(strip(fork.events.filter((e) => e.time < at))).toEqual(strip(original.events.filter((e) => e.time < at)));
    }
    const fork = runHa(forkHaScenario(kill, 10_000, {kind: "fault", action: "kill", target: "master-2"}));
    expect(compareHaMoments(haMomentSummary(original, 40_000, 10_000), haMomentSummary(fork, 40_000, 10_000), 40_000)).toBe(
      "At 40 s: led by nobody in the fork, master-2 in the original; 3 instances serving in both. After the fork the original is without a leading master for 10.1 s, the fork without a leading master until the end. The original is without a Marathon leader for 10.1 s, the fork without a Marathon leader until the end."
    );
  });

  it("the zod schema accepts a change and refuses one out of range", () => {
    expect(parseHaScenario(forkHaScenario(kill, 1000, {kind: "session", value: 4000})).changes).toEqual([{at: 1000, set: "zkSessionTimeoutMs", value: 4000}]);
    expect(() => runHa(forkHaScenario(kill, 1000, {kind: "session", value: 100}))).toThrow("changes[0].value: expected a session timeout from 4000 to 40000 ms");
  });
});
