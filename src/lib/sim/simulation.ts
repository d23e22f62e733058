// The generic discrete-event loop. A model (Mesos offers, ZooKeeper elections, DNS…) supplies its
// initial state, a reducer that applies trace events to state, and a handler for its own jobs;
// the loop supplies virtual time, the event queue, the seeded random source and the trace.

import {SimClock} from "./clock.js";
import {SimEventQueue} from "./queue.js";
import {SeededRandom} from "./random.js";
import {SimTrace, type SimCheckpoint, type SimTraceEvent} from "./trace.js";

/** A trace event as a handler writes it: the loop adds `time` and `seq`. */
export type SimEventInput<E extends SimTraceEvent> = E extends SimTraceEvent ? Omit<E, "time" | "seq"> : never;

export interface SimScheduleOptions {
  /** Among jobs at the same time, lower priorities run first (default 0). */
  priority?: number;
}

export interface SimContext<State, Job, E extends SimTraceEvent = SimTraceEvent> {
  /** Virtual time in ms. */
  readonly now: number;
  readonly random: SeededRandom;
  /** The live state. Read it freely; change it only by emitting events. */
  readonly state: Readonly<State>;
  /** Runs `job` at absolute time `time` (not before now). Returns a handle for `cancel`. */
  schedule(time: number, job: Job, options?: SimScheduleOptions): number;
  /** Runs `job` `delay` ms from now. */
  after(delay: number, job: Job, options?: SimScheduleOptions): number;
  /** Cancels a scheduled job; harmless if it already ran. */
  cancel(handle: number): void;
  /** Records an event in the trace and applies it to the state. */
  emit(event: SimEventInput<E>): E;
  /** Ends the run after the current job. */
  stop(): void;
}

export type SimJobHandler<State, Job, E extends SimTraceEvent> = (job: Job, ctx: SimContext<State, Job, E>) => void;

export interface SimModel<State, Job, E extends SimTraceEvent = SimTraceEvent> {
  initialState(): State;
  /** The reducer: the only way state changes. Must depend on nothing but `state` and `event`. */
  apply(state: State, event: E): void;
  /** A deep copy of the state (default: structuredClone). */
  cloneState?(state: State): State;
  /**
   * Roughly how many records the state holds (agents, tasks …). Checkpoints are then spaced at
   * least this many events apart, so copying stays proportional to the events, not to
   * events × state size. Default: 0 (space them by `checkpointEvery` only).
   */
  stateSize?(state: State): number;
  /**
   * Called once at time 0 before any job runs: schedule the first jobs and return the job handler.
   * Keep per-run helpers (sorters, indexes) in the closure; they are not part of the trace.
   */
  start(ctx: SimContext<State, Job, E>): SimJobHandler<State, Job, E>;
}

export interface RunSimulationOptions {
  seed: number;
  /** Stop after the last job at or before this time (ms). */
  until: number;
  /** A checkpoint (full copy of the state) at least every this many events (more when the state is large; see SimModel.stateSize). */
  checkpointEvery?: number;
  /** Safety limit; a run that reaches it stops and its trace is marked `truncated`. */
  maxEvents?: number;
}

/** Fewest trace events between two stored copies of the state (a seek replays at most max(this, state size) events). */
export const DEFAULT_CHECKPOINT_EVERY = 256;
/** Safety limit on events in one run. */
export const DEFAULT_MAX_EVENTS = 2_000_000;

export function runSimulation<State, Job, E extends SimTraceEvent>(
  model: SimModel<State, Job, E>,
  options: RunSimulationOptions
): SimTrace<State, E> {
  const {seed, until} = options;
  const checkpointEvery = Math.max(1, Math.trunc(options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY));
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  if (!(until >= 0)) throw new Error(`runSimulation: until must be a time ≥ 0 ms, got ${until}`);
  const clone = model.cloneState ?? ((s: State) => structuredClone(s));
  const clock = new SimClock();
  const queue = new SimEventQueue<Job>();
  const cancelled = new Set<number>();
  const random = new SeededRandom(seed);
  const state = model.initialState();
  const events: E[] = [];
  const checkpoints: SimCheckpoint<State>[] = [{index: -1, state: clone(state)}];
  const spacing = () => Math.max(checkpointEvery, Math.ceil(model.stateSize?.(state) ?? 0));
  let nextCheckpoint = spacing() - 1;
  let stopped = false;
  let truncated = false;

  const ctx: SimContext<State, Job, E> = {
    get now() {
      return clock.now;
    },
    random,
    state,
    schedule(time, job, opts) {
      if (!(time >= clock.now)) throw new Error(`schedule: ${time} ms is in the past (now ${clock.now} ms)`);
      return queue.push(time, job, opts?.priority ?? 0);
    },
    after(delay, job, opts) {
      if (!(delay >= 0)) throw new Error(`after: delay must be ≥ 0 ms, got ${delay}`);
      return queue.push(clock.now + delay, job, opts?.priority ?? 0);
    },
    cancel(handle) {
      cancelled.add(handle);
    },
    emit(input) {
      const event = {...input, time: clock.now, seq: events.length} as unknown as E;
      events.push(event);
      model.apply(state, event);
      if (events.length - 1 === nextCheckpoint) {
        checkpoints.push({index: nextCheckpoint, state: clone(state)});
        nextCheckpoint += spacing();
      }
      if (events.length >= maxEvents) {
        truncated = true;
        stopped = true;
      }
      return event;
    },
    stop() {
      stopped = true;
    }
  };

  const handle = model.start(ctx);
  while (!stopped) {
    const next = queue.peek();
    if (next === undefined || next.time > until) break;
    queue.pop();
    if (cancelled.delete(next.seq)) continue;
    clock.advanceTo(next.time);
    handle(next.item, ctx);
  }

  return new SimTrace<State, E>({
    events,
    endTime: truncated ? clock.now : until,
    seed,
    checkpoints,
    reducer: {apply: model.apply.bind(model), clone},
    truncated
  });
}
