import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {runSimulation, type SimModel, type SimTraceEvent} from "../../../src/lib/index.js";

// A toy model: a few "walkers" each take random steps at random intervals; state is their positions.
interface WalkState {
  positions: Record<string, number>;
  steps: number;
}
type WalkEvent = SimTraceEvent<"step" | "start", {walker: string; by: number}>;
type WalkJob = {walker: string};

function walkModel(walkers: number, cancelEvery = 0): SimModel<WalkState, WalkJob, WalkEvent> {
  return {
    initialState: () => ({positions: {}, steps: 0}),
    apply(state, event) {
      const d = event.data!;
      state.positions[d.walker] = (state.positions[d.walker] ?? 0) + d.by;
      if (event.kind === "step") state.steps++;
    },
    start(ctx) {
      for (let i = 0; i < walkers; i++) {
        const walker = `w${i}`;
        ctx.emit({kind: "start", actors: [walker], explain: `${walker} starts.`, data: {walker, by: 0}});
        ctx.after(ctx.random.int(100), {walker});
      }
      let n = 0;
      return (job, c) => {
        const by = c.random.int(7) - 3;
        c.emit({kind: "step", actors: [job.walker], explain: `${job.walker} moves ${by}.`, data: {walker: job.walker, by}});
        const handle = c.after(1 + c.random.int(50), job);
        if (cancelEvery && ++n % cancelEvery === 0) {
          c.cancel(handle);
          c.after(10, job);
        }
      };
    }
  };
}

function replay(trace: ReturnType<typeof runSimulation<WalkState, WalkJob, WalkEvent>>, index: number): WalkState {
  const model = walkModel(0);
  const state = model.initialState();
  for (let i = 0; i <= index; i++) model.apply(state, trace.events[i]!);
  return state;
}

describe("runSimulation", () => {
  it("runs jobs in time order up to `until`, numbering events", () => {
    const trace = runSimulation(walkModel(3), {seed: 1, until: 1000});
    expect(trace.endTime).toBe(1000);
    expect(trace.truncated).toBe(false);
    expect(trace.events.length).toBeGreaterThan(50);
    trace.events.forEach((e, i) => {
      expect(e.seq).toBe(i);
      if (i > 0) expect(e.time).toBeGreaterThanOrEqual(trace.events[i - 1]!.time);
      expect(e.time).toBeLessThanOrEqual(1000);
    });
  });

  it("is deterministic for a seed and differs across seeds", () => {
    const a = runSimulation(walkModel(3), {seed: 5, until: 500});
    const b = runSimulation(walkModel(3), {seed: 5, until: 500});
    const c = runSimulation(walkModel(3), {seed: 6, until: 500});
    expect(b.events).toEqual(a.events);
    expect(c.events).not.toEqual(a.events);
  });

  it("keeps checkpoints every N events", () => {
    const trace = runSimulation(walkModel(2), {seed: 1, until: 2000, checkpointEvery: 10});
    expect(trace.checkpointCount).toBe(1 + Math.floor(trace.events.length / 10));
  });

  it("spaces checkpoints by the state's size when the model reports one", () => {
    const sized = {...walkModel(2), stateSize: () => 50};
    const trace = runSimulation(sized, {seed: 1, until: 2000, checkpointEvery: 10});
    expect(trace.events.length).toBeGreaterThan(150);
    expect(trace.checkpointCount).toBe(1 + Math.floor(trace.events.length / 50));
    expect(trace.stateAfter(trace.events.length - 1)).toEqual(replay(trace, trace.events.length - 1));
  });

  it("honours cancel", () => {
    const trace = runSimulation(walkModel(1, 2), {seed: 1, until: 300});
    // After every second step the next step is cancelled and replaced by one exactly 10 ms later.
    const steps = trace.events.filter((e) => e.kind === "step");
    for (let i = 1; i < steps.length; i += 2) {
      if (steps[i + 1]) expect(steps[i + 1]!.time - steps[i]!.time).toBe(10);
    }
  });

  it("stops at maxEvents and marks the trace truncated", () => {
    const trace = runSimulation(walkModel(2), {seed: 1, until: 1e9, maxEvents: 100});
    expect(trace.events.length).toBe(100);
    expect(trace.truncated).toBe(true);
    expect(trace.endTime).toBe(trace.events[99]!.time);
  });

  it("rejects jobs scheduled in the past", () => {
    const model: SimModel<object, null> = {
      initialState: () => ({}),
      apply() {},
      start(ctx) {
        ctx.after(10, null);
        return (_job, c) => c.schedule(5, null);
      }
    };
    expect(() => runSimulation(model, {seed: 1, until: 100})).toThrow(/in the past/);
  });
});

describe("SimTrace seeking", () => {
  const trace = runSimulation(walkModel(4), {seed: 11, until: 3000, checkpointEvery: 16});

  it("stateAt(time) includes every event at or before that time", () => {
    const t = trace.events[40]!.time;
    const last = trace.indexAt(t);
    expect(trace.events[last]!.time).toBe(t);
    expect(trace.events[last + 1]?.time ?? Infinity).toBeGreaterThan(t);
    expect(trace.stateAt(t)).toEqual(replay(trace, last));
    expect(trace.stateAt(-1)).toEqual({positions: {}, steps: 0});
    expect(trace.stateAt(1e9)).toEqual(replay(trace, trace.events.length - 1));
  });

  it("gives the same state as a fresh replay, whatever order the seeks come in", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: -1, max: trace.events.length - 1}), {minLength: 1, maxLength: 30}), (indexes) => {
        for (const i of indexes) expect(trace.stateAfter(i)).toEqual(replay(trace, i));
      }),
      {numRuns: 30}
    );
  });

  it("returns copies the caller may keep", () => {
    const s = trace.stateAfter(20);
    const copy = structuredClone(s);
    trace.stateAfter(200);
    trace.stateAfter(21);
    expect(s).toEqual(copy);
    s.steps = -5;
    expect(trace.stateAfter(20).steps).toBe(copy.steps);
  });

  it("viewAt gives the same state without copying, moving as you step", () => {
    const times = [500, 900, 100, 2999, 0];
    for (const t of times) expect(trace.viewAt(t)).toEqual(trace.stateAt(t));
    const a = trace.viewAt(1000);
    const b = trace.viewAt(1010);
    expect(a).toBe(b); // a short step forward moves the same working state
    expect(b).toEqual(replay(trace, trace.indexAt(1010)));
  });

  it("steps between event times", () => {
    const t0 = trace.events[10]!.time;
    const next = trace.nextTime(t0)!;
    expect(next).toBeGreaterThan(t0);
    expect(trace.previousTime(next)).toBe(t0);
    expect(trace.eventsBetween(t0, next).every((e) => e.time === next)).toBe(true);
    expect(trace.nextTime(trace.endTime + 1)).toBeUndefined();
  });
});
