// A finished run: the list of events plus the state at any moment, with checkpoints so a figure
// can step, play and scrub in both directions cheaply.
//
// State is event-sourced: the model's `apply(state, event)` is the only thing that changes state,
// during the run and when seeking, so a seek always lands on exactly the state the run had.

/** One thing that happened, in words a learner can read (`explain`) and in data a figure can use. */
export interface SimTraceEvent<K extends string = string, D = unknown> {
  /** Virtual time in milliseconds. */
  readonly time: number;
  /** Position in the trace: 0, 1, 2, … */
  readonly seq: number;
  readonly kind: K;
  /** Ids of the agents, frameworks, masters … involved. */
  readonly actors: readonly string[];
  /** One plain sentence. */
  readonly explain: string;
  readonly data?: D;
}

/** How a model's state is changed by an event and copied. */
export interface SimStateReducer<State, E extends SimTraceEvent> {
  apply(state: State, event: E): void;
  clone(state: State): State;
}

export interface SimCheckpoint<State> {
  /** The state after event `index` (-1: before any event). */
  readonly index: number;
  readonly state: State;
}

export interface SimTraceInit<State, E extends SimTraceEvent> {
  events: readonly E[];
  endTime: number;
  seed: number;
  checkpoints: readonly SimCheckpoint<State>[];
  reducer: SimStateReducer<State, E>;
  /** True when the run stopped early because it hit its event limit. */
  truncated?: boolean;
}

export class SimTrace<State, E extends SimTraceEvent = SimTraceEvent> {
  readonly events: readonly E[];
  /** The time the run covers, in ms (the `until` of the run). */
  readonly endTime: number;
  readonly seed: number;
  readonly truncated: boolean;
  readonly #checkpoints: readonly SimCheckpoint<State>[];
  readonly #reducer: SimStateReducer<State, E>;
  // A working copy that moves along the events, so stepping forward costs one `apply`.
  #cursorIndex: number;
  #cursor: State;

  constructor(init: SimTraceInit<State, E>) {
    if (!init.checkpoints.length || init.checkpoints[0]!.index !== -1) {
      throw new Error("SimTrace: the first checkpoint must be the initial state (index -1)");
    }
    this.events = init.events;
    this.endTime = init.endTime;
    this.seed = init.seed;
    this.truncated = init.truncated ?? false;
    this.#checkpoints = init.checkpoints;
    this.#reducer = init.reducer;
    this.#cursorIndex = -1;
    this.#cursor = init.reducer.clone(init.checkpoints[0]!.state);
  }

  /** The index of the last event at or before `time`, or -1 when none is. */
  indexAt(time: number): number {
    const events = this.events;
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (events[mid]!.time <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The state after every event with `time ≤ t` has happened. A fresh copy: yours to keep. */
  stateAt(time: number): State {
    return this.stateAfter(this.indexAt(time));
  }

  /** The state after event `index` (-1: the initial state). A fresh copy: yours to keep. */
  stateAfter(index: number): State {
    return this.#reducer.clone(this.viewAfter(index));
  }

  /**
   * Like `stateAt`, without copying: the trace's own working state, for drawing frames. Do not
   * change it, and do not keep it: the next seek moves it. Stepping forward costs only the
   * events in between.
   */
  viewAt(time: number): Readonly<State> {
    return this.viewAfter(this.indexAt(time));
  }

  /** Like `stateAfter`, without copying (see `viewAt`). */
  viewAfter(index: number): Readonly<State> {
    const target = Math.max(-1, Math.min(Math.trunc(index), this.events.length - 1));
    const checkpoint = this.#checkpointBefore(target);
    // Replay from the cursor when it is behind the target and not much further than the
    // checkpoint (a copy costs about as much as one checkpoint spacing of events).
    const spacing = this.events.length / this.#checkpoints.length;
    const fromCursor = target - this.#cursorIndex;
    if (!(fromCursor >= 0 && fromCursor <= target - checkpoint.index + spacing)) {
      this.#cursor = this.#reducer.clone(checkpoint.state);
      this.#cursorIndex = checkpoint.index;
    }
    while (this.#cursorIndex < target) {
      this.#cursorIndex++;
      this.#reducer.apply(this.#cursor, this.events[this.#cursorIndex]!);
    }
    return this.#cursor;
  }

  /** Events with `from < time ≤ to`. */
  eventsBetween(from: number, to: number): E[] {
    return this.events.slice(this.indexAt(from) + 1, this.indexAt(to) + 1);
  }

  /** The time of the first event after `time`, or undefined at the end. */
  nextTime(time: number): number | undefined {
    return this.events[this.indexAt(time) + 1]?.time;
  }

  /** The time of the last event before `time`, or undefined at the start. */
  previousTime(time: number): number | undefined {
    let i = this.indexAt(time);
    while (i >= 0 && this.events[i]!.time >= time) i--;
    return i >= 0 ? this.events[i]!.time : undefined;
  }

  /** How many checkpoints the trace holds (for tests and tuning). */
  get checkpointCount(): number {
    return this.#checkpoints.length;
  }

  #checkpointBefore(index: number): SimCheckpoint<State> {
    const cps = this.#checkpoints;
    let lo = 0;
    let hi = cps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cps[mid]!.index <= index) lo = mid;
      else hi = mid - 1;
    }
    return cps[lo]!;
  }
}
