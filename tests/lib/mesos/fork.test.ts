import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {compareMesosMoments, forkMesosScenario, mesosMomentSummary} from "../../../src/lib/mesos/fork.js";
import {runMesosScenario} from "../../../src/lib/mesos/resolve.js";
import {mesosScenarios} from "../../../src/lib/mesos/scenarios.js";
import {simulate} from "../../../src/lib/mesos/simulate.js";
import type {MesosForkChange} from "../../../src/lib/mesos/url.js";
import {firstDivergence} from "../../../src/lib/sim/fork.js";

const starve = mesosScenarios["greedy-decliner-starvation"]!;
const strip = (events: readonly {time: number; kind: string; explain: string}[]) => events.map((e) => `${e.time} ${e.kind} ${e.explain}`);

describe("forking a Mesos run", () => {
  it("published example: greedy's refuse_seconds becomes 5 at 5 s, and spark gets its turn", () => {
    const original = runMesosScenario(starve);
    const fork = runMesosScenario(forkMesosScenario(starve, 5000, {kind: "setting", set: "refuseSeconds", target: "greedy", value: 5}));
    const before = (t: {events: readonly {time: number; kind: string; explain: string}[]}) => t.events.filter((e) => e.time < 5000);
    expect(strip(before(fork))).toEqual(strip(before(original)));
    expect(before(original).length).toBe(23);
    expect(firstDivergence(original.events, fork.events)).toBe(23);
    expect(fork.events[23]!.explain).toBe("From now on greedy declines with refuse_seconds 5 (it was 0).");
    expect(fork.events[23]!.time).toBe(5000);
    const a = mesosMomentSummary(original, 15000);
    const b = mesosMomentSummary(fork, 15000);
    expect([a.byFramework, b.byFramework]).toEqual([{spark: 1, greedy: 0}, {spark: 3, greedy: 0}]);
    expect(compareMesosMoments(a, b, "15 s")).toBe("At 15 s: 3 tasks run in the fork against 1 (spark 1 → 3); 9 offers made so far in the fork, 16 in the original.");
  });

  it("a bigger weight for spark changes nothing: 0 divided by any weight is still 0", () => {
    const original = runMesosScenario(starve);
    const fork = runMesosScenario(forkMesosScenario(starve, 5000, {kind: "setting", set: "weight", target: "analytics", value: 3}));
    expect(mesosMomentSummary(fork, 15000)).toEqual({...mesosMomentSummary(original, 15000), shares: {...mesosMomentSummary(fork, 15000).shares}});
    expect(fork.stateAt(15000).roles.analytics!.weight).toBe(3);
    expect(fork.events.filter((e) => e.kind === "setting-changed").map((e) => e.explain)).toEqual([
      "The operator sets role analytics's weight to 3 (it was 1): its dominant share is now divided by 3."
    ]);
  });

  it("the light resolver and the zod parse give the same fork trace", () => {
    const s = forkMesosScenario(mesosScenarios["offer-timeout"]!, 3000, {kind: "setting", set: "offerTimeoutMs", value: null});
    expect(strip(runMesosScenario(s).events)).toEqual(strip(simulate(s).events));
    // Only the offer made before 3 s keeps its 5 s timeout; none made later times out.
    expect(runMesosScenario(s).events.filter((e) => e.kind === "offer-timeout").map((e) => e.time)).toEqual([5000]);
  });

  it("for any fork time and change on free play, the runs agree on every event before the fork", () => {
    const free = mesosScenarios["free-play"]!;
    const original = runMesosScenario({...free, parameters: {untilMs: 30000}});
    const change = fc.constantFrom<MesosForkChange>(
      {kind: "fault", action: "kill-agent", target: "agent-1"},
      {kind: "fault", action: "remove-agent", target: "agent-4"},
      {kind: "setting", set: "refuseSeconds", target: "spark", value: 0},
      {kind: "setting", set: "weight", target: "ci", value: 4},
      {kind: "setting", set: "offerTimeoutMs", value: 500}
    );
    fc.assert(
      fc.property(fc.integer({min: 0, max: 29_000}), change, (at, c) => {
        const fork = runMesosScenario(forkMesosScenario({...free, parameters: {untilMs: 30000}}, at, c));
        const i = firstDivergence(original.events, fork.events);
        expect(i === -1 || fork.events[i]!.time >= at).toBe(true);
        expect(strip(original.events.filter((e) => e.time < at))).toEqual(strip(fork.events.filter((e) => e.time < at)));
      }),
      {numRuns: 25}
    );
  });

  it("refuses changes that name nothing", () => {
    expect(() => runMesosScenario(forkMesosScenario(starve, 1000, {kind: "setting", set: "weight", target: "nobody", value: 2}))).toThrow('changes[0].target: unknown role "nobody"');
    expect(() => simulate(forkMesosScenario(starve, 1000, {kind: "setting", set: "refuseSeconds", target: "ghost", value: 2}))).toThrow('changes[0].target: unknown framework "ghost"');
  });
});
