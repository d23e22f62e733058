// The event queue: a binary min-heap ordered by (time, priority, sequence).
// `priority` is a small integer lane for things that happen at the same instant (lower runs first,
// default 0); `sequence` is the insertion order, so equal (time, priority) pairs run first-in,
// first-out and every run is deterministic.

export interface SimQueueEntry<T> {
  readonly time: number;
  readonly priority: number;
  readonly seq: number;
  readonly item: T;
}

function before<T>(a: SimQueueEntry<T>, b: SimQueueEntry<T>): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

export class SimEventQueue<T> {
  #heap: SimQueueEntry<T>[] = [];
  #nextSeq = 0;

  get size(): number {
    return this.#heap.length;
  }

  /** Adds `item` at `time`; returns its sequence number. */
  push(time: number, item: T, priority = 0): number {
    if (!Number.isFinite(time)) throw new Error(`SimEventQueue: time must be finite, got ${time}`);
    const entry: SimQueueEntry<T> = {time, priority, seq: this.#nextSeq++, item};
    const heap = this.#heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(entry, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = entry;
    return entry.seq;
  }

  /** The earliest entry, without removing it. */
  peek(): SimQueueEntry<T> | undefined {
    return this.#heap[0];
  }

  /** Removes and returns the earliest entry. */
  pop(): SimQueueEntry<T> | undefined {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const child = r < n && before(heap[r]!, heap[l]!) ? r : l;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }
}
