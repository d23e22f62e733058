// Majorities: a ZooKeeper ensemble (and the Mesos replicated log) works while more than half of
// its members can talk to each other.

/**
 * The smallest majority of `n` members: ⌊n/2⌋ + 1 (1 of 1, 2 of 3, 3 of 5). DC/OS sets
 * `master_quorum` the same way (dcos/dcos gen/calc.py); ZooKeeper serves while a majority is up.
 */
export function quorumSize(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`quorumSize: expected a whole number ≥ 1, got ${n}`);
  return Math.floor(n / 2) + 1;
}

/** How many members can fail while a majority remains: 0 of 1, 1 of 3, 2 of 5 (and only 1 of 4). */
export function toleratedFailures(n: number): number {
  return n - quorumSize(n);
}
