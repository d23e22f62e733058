// Virtual time: milliseconds of cluster time, advanced only by the simulation loop.

export class SimClock {
  #now = 0;

  /** The current virtual time in milliseconds. */
  get now(): number {
    return this.#now;
  }

  /** Moves time forward to `time`. Time never goes backwards. */
  advanceTo(time: number): void {
    if (!(time >= this.#now)) throw new Error(`SimClock: cannot go back from ${this.#now} ms to ${time} ms`);
    this.#now = time;
  }
}
