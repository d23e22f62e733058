import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {ignoredNotice, MAX_PARAM_LENGTH, momentFromSearch, searchWith} from "../../../src/lib/course/scenarioUrl.js";
import {replayVip, vipCodec, type VipMoment} from "../../../src/lib/discovery/view/vip-url.js";
import {VipSim} from "../../../src/lib/discovery/view/vip-sim.js";
import {haCodec, type HaMoment} from "../../../src/lib/ha/url.js";
import {archCodec, drfCodec, playCodec, type DrfMoment, type PlayMoment} from "../../../src/lib/mesos/url.js";

const PRESETS = ["free-play", "greedy-decliner-starvation", "weights"];
const play = playCodec(PRESETS);
const ha = haCodec("masters", ["ha-kill-leader", "ha-lose-quorum", "ha-partition-leader"]);
const drf = drfCodec();
const arch = archCodec(25);
const vip = vipCodec(2, () => 3);

const roundTrip = <T>(codec: {encode(x: T): string; decode(s: string): unknown}, x: T): void => {
  expect(codec.decode(codec.encode(x))).toEqual({ok: true, value: x});
};
const problem = (codec: {decode(s: string): unknown}, raw: string) => {
  const r = codec.decode(raw) as {ok: boolean; problem?: string};
  expect(r.ok).toBe(false);
  return r.problem;
};

describe("moment codecs round-trip", () => {
  it("writes the published examples exactly", () => {
    expect(arch.encode({step: 16})).toBe("v1,n:16");
    expect(drf.encode({total: {cpus: 12, mem: 18}, demands: {A: {cpus: 1, mem: 4}, B: {cpus: 3, mem: 1}}, step: 2})).toBe("v1,c:12~18,a:1~4,b:3~1,n:2");
    expect(play.encode({preset: "free-play", seed: 42, time: 24000, faults: [{at: 20000, action: "kill-agent", target: "agent-3"}, {at: 10000, action: "remove-agent", target: "agent-4"}]})).toBe(
      "v1,p:free-play,s:42,t:24000,f:20000~kill-agent~agent-3;10000~remove-agent~agent-4"
    );
    expect(ha.encode({preset: "ha-kill-leader", seed: 1, time: 31200, masters: 3, sessionMs: 4000, pingMs: 15000, fork: {at: 12000, change: {kind: "session", value: 20000}}})).toBe(
      "v1,p:ha-kill-leader,s:1,t:31200,m:3,z:4000,g:15000,k:12000~session~~20000"
    );
    expect(vip.encode({vip: 0, seed: 42, time: 12, health: [{at: 5, backend: 1, healthy: false}]})).toBe("v1,v:0,s:42,t:12,h:5~1~0");
  });

  it("arch and drf, for any values in range", () => {
    fc.assert(fc.property(fc.integer({min: 0, max: 25}), (step) => roundTrip(arch, {step})));
    const amount = fc.integer({min: 1, max: 1_000_000}).map((n) => n / 1000);
    const pair = fc.record({cpus: amount, mem: amount});
    fc.assert(fc.property(pair, pair, pair, fc.integer({min: 0, max: 200}), (total, A, B, step) => roundTrip<DrfMoment>(drf, {total, demands: {A, B}, step})));
  });

  it("the free-play simulator, with edited settings, faults and a fork", () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
    const row = fc.record({
      base: fc.option(fc.integer({min: 0, max: 5})),
      name,
      role: fc.oneof(fc.constant("*"), name),
      weight: fc.integer({min: 1, max: 9000}).map((n) => n / 1000),
      cpus: fc.integer({min: 1, max: 8000}).map((n) => n / 1000),
      mem: fc.integer({min: 1, max: 8000}).map((n) => n / 100),
      instances: fc.integer({min: 0, max: 50}),
      behaviour: fc.constantFrom("launch" as const, "decline" as const, "hold" as const),
      refuseSeconds: fc.integer({min: 0, max: 600})
    });
    const moment: fc.Arbitrary<PlayMoment> = fc.record(
      {
        preset: fc.constantFrom(...PRESETS),
        seed: fc.integer({min: 0, max: 2 ** 31 - 1}),
        time: fc.integer({min: 0, max: 300_000}),
        form: fc.record({agents: fc.integer({min: 1, max: 2000}), cpus: fc.option(fc.constantFrom(1, 2.5, 16)), mem: fc.option(fc.constantFrom(0.5, 4, 64)), untilS: fc.integer({min: 1, max: 300}), frameworks: fc.array(row, {maxLength: 6})}),
        faults: fc.array(fc.record({at: fc.integer({min: 0, max: 300_000}), action: fc.constantFrom("kill-agent" as const, "remove-agent" as const, "kill-task" as const), target: name}), {maxLength: 20}),
        fork: fc.record({
          at: fc.integer({min: 0, max: 300_000}),
          change: fc.oneof(
            fc.record({kind: fc.constant("fault" as const), action: fc.constant("kill-agent" as const), target: name}),
            fc.record({kind: fc.constant("setting" as const), set: fc.constant("refuseSeconds" as const), target: name, value: fc.integer({min: 0, max: 100})}),
            fc.record({kind: fc.constant("setting" as const), set: fc.constant("offerTimeoutMs" as const), value: fc.option(fc.integer({min: 1, max: 60_000}))})
          )
        })
      },
      {requiredKeys: ["preset", "seed", "time"]}
    );
    fc.assert(fc.property(moment, (m) => roundTrip(play, m)));
  });

  it("the HA simulator and the VIP figure", () => {
    const m: fc.Arbitrary<HaMoment> = fc.record(
      {
        preset: fc.constant("ha-kill-leader"),
        seed: fc.integer({min: 0, max: 1000}),
        time: fc.integer({min: 0, max: 60_000}),
        masters: fc.constant(3 as const),
        sessionMs: fc.integer({min: 4000, max: 40_000}),
        pingMs: fc.integer({min: 1000, max: 60_000}),
        faults: fc.array(fc.record({at: fc.integer({min: 0, max: 60_000}), action: fc.constantFrom("kill" as const, "restart" as const), target: fc.constantFrom("master-1", "zk-2", "agent-3")}), {maxLength: 5}),
        fork: fc.record({at: fc.integer({min: 0, max: 60_000}), change: fc.record({kind: fc.constant("session" as const), value: fc.integer({min: 4000, max: 40_000})})})
      },
      {requiredKeys: ["preset", "seed", "time", "masters", "sessionMs", "pingMs"]}
    );
    fc.assert(fc.property(m, (x) => roundTrip(ha, x)), {numRuns: 30});
    const v: fc.Arbitrary<VipMoment> = fc
      .record({vip: fc.integer({min: 0, max: 1}), seed: fc.integer({min: 0, max: 99}), time: fc.integer({min: 0, max: 3600}), health: fc.array(fc.record({at: fc.nat(), backend: fc.integer({min: 0, max: 2}), healthy: fc.boolean()}), {maxLength: 30})})
      .map((x) => ({...x, health: x.health.map((c) => ({...c, at: c.at % (x.time + 1)})).sort((a, b) => a.at - b.at)}));
    fc.assert(fc.property(v, (x) => roundTrip(vip, x)));
  });
});

describe("malformed and hostile links are refused with a sentence", () => {
  it("says exactly what is wrong", () => {
    expect(problem(play, "v1,p:free-play,t:<script>alert(1)</script>")).toBe('it contains the character "<", which no setting uses');
    expect(problem(play, "v2,p:free-play")).toBe('expected version v1 first, got "v2"');
    expect(problem(play, "v1,p:nope")).toBe('preset (p): unknown "nope" (expected free-play, greedy-decliner-starvation, weights)');
    expect(problem(play, "v1,p:free-play,t:1e99")).toBe('time (t): expected a whole number, got "1e99"');
    expect(problem(play, "v1,p:free-play,t:99999999999")).toBe('time (t): expected a whole number from 0 to 300000, got "99999999999"');
    expect(problem(play, "v1,p:free-play,t:-5")).toBe('time (t): expected a whole number from 0 to 300000, got "-5"');
    expect(problem(play, "v1,p:free-play,x:1")).toBe('unknown setting "x" (known: p, s, t, a, u, w, f, k)');
    expect(problem(play, "v1,p:free-play,t:1,t:2")).toBe('the setting "t" appears twice');
    expect(problem(play, "v1,p:free-play,f:1~explode~agent-1")).toBe('fault 1 action: unknown "explode" (expected remove-agent, kill-agent, kill-task)');
    expect(problem(play, `v1,p:free-play,f:${Array.from({length: 21}, () => "1~kill-agent~agent-1").join(";")}`)).toBe("fault: at most 20 expected, got 21");
    expect(problem(play, `v1,p:free-play,s:${"9".repeat(MAX_PARAM_LENGTH)}`)).toBe(`the value is ${MAX_PARAM_LENGTH + 17} characters long; at most ${MAX_PARAM_LENGTH} are accepted`);
    expect(problem(drf, "v1,c:0~18,a:1~4,b:3~1")).toBe('cluster (c) CPUs: expected a number from 0.001 to 100000, got "0"');
    expect(problem(arch, "v1,n:26")).toBe('step (n): expected a whole number from 0 to 25, got "26"');
    expect(problem(ha, "v1,p:ha-kill-leader,m:4")).toBe("master nodes (m): expected 1, 3 or 5");
    expect(problem(ha, "v1,p:ha-agent-dies")).toBe('preset (p): unknown "ha-agent-dies" (expected ha-kill-leader, ha-lose-quorum, ha-partition-leader)');
    expect(problem(ha, "v1,p:ha-kill-leader,f:1000~kill~master-9")).toBe(
      'fault 1.target: unknown target "master-9" (expected master-1…master-3, zk-N, marathon-N, agent-1…agent-6, zone-a or a task such as web.1)'
    );
    expect(problem(vip, "v1,t:10,h:5~1~0;3~1~1")).toBe("health change 2: the changes must be in time order");
  });

  it("reads the parameter from a query string; bad percent-encoding and absence are told apart", () => {
    expect(momentFromSearch("?a=1&sim=v1,p:weights,t:500", play)).toEqual({ok: true, value: {preset: "weights", seed: 1, time: 500}});
    expect(momentFromSearch("?sim=v1%2Cp%3Aweights", play)).toEqual({ok: true, value: {preset: "weights", seed: 1, time: 0}});
    expect(momentFromSearch("?sim=%E0%A4%A", play)).toEqual({ok: false, problem: "it is not properly percent-encoded"});
    expect(momentFromSearch("?other=1", play)).toBeNull();
    expect(searchWith("?a=1&sim=old&b=2", "sim", "v1,p:weights")).toBe("?a=1&b=2&sim=v1,p:weights");
    expect(ignoredNotice("x")).toBe("The link's settings for this figure were ignored: x. It starts from its default instead.");
  });
});

describe("replayVip", () => {
  it("gives the same moment as stepping by hand", () => {
    const ids = ["a:80", "b:80", "c:80"];
    const byHand = new VipSim(ids, {seed: 7});
    for (let t = 0; t < 12; t++) {
      if (t === 5) byHand.setHealthy("b:80", false);
      byHand.step();
    }
    const replayed = replayVip(ids, {}, {vip: 0, seed: 7, time: 12, health: [{at: 5, backend: 1, healthy: false}]});
    expect(replayed.time).toBe(12);
    expect(replayed.backends()).toEqual(byHand.backends());
  });
});
