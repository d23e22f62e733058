// Connections arriving at one VIP, spread over its backends by the model's IPVS load balancer
// (L4lb, weighted least-connection), one second of cluster time per step. Pure and deterministic:
// arrivals and connection lengths come from a seeded generator. No DOM.
// Closed connections stay in IPVS's table as inactive for TIME_WAIT (2 minutes, ip_vs_proto_tcp.c) and
// count 1/256 of an open one in the scheduler's overhead.
import {L4lb} from "../l4lb.js";
import {SeededRandom} from "../../sim/random.js";

export interface VipSimOptions {
  seed?: number;
  /** Mean new connections per second (Poisson). */
  rate?: number;
  /** Connection length in seconds, uniform in [min, max]. */
  minDuration?: number;
  maxDuration?: number;
  /** Seconds a closed connection stays in the table. */
  timeWait?: number;
}

export interface VipStepReport {
  time: number;
  opened: {connId: number; backend: string}[];
  closed: {connId: number; backend: string}[];
  /** New connections with no backend to go to (every weight 0). */
  refused: number;
}

export interface VipBackendView {
  id: string;
  healthy: boolean;
  weight: number;
  active: number;
  inactive: number;
  served: number;
}

export const VIP_SIM_DEFAULTS = {seed: 42, rate: 1.6, minDuration: 4, maxDuration: 14, timeWait: 120} as const;

export class VipSim {
  readonly ids: readonly string[];
  time = 0;
  private lb: L4lb;
  private random: SeededRandom;
  private readonly opts: Required<VipSimOptions>;
  private closing = new Map<number, number>(); // connId → time it closes
  private expiring = new Map<number, number>(); // connId → time it leaves the table
  private served = new Map<string, number>();
  private owner = new Map<number, string>();

  constructor(ids: readonly string[], options: VipSimOptions = {}) {
    this.ids = [...ids];
    this.opts = {...VIP_SIM_DEFAULTS, ...options};
    this.random = new SeededRandom(this.opts.seed);
    this.lb = new L4lb(this.ids);
  }

  private poisson(): number {
    const limit = Math.exp(-this.opts.rate);
    let k = 0;
    let p = this.random.next();
    while (p > limit) {
      k++;
      p *= this.random.next();
    }
    return k;
  }

  /** One second: connections due close, old entries leave the table, new connections arrive. */
  step(): VipStepReport {
    this.time++;
    const report: VipStepReport = {time: this.time, opened: [], closed: [], refused: 0};
    for (const [connId, at] of [...this.closing]) {
      if (at > this.time) continue;
      this.closing.delete(connId);
      this.lb.close(connId);
      this.expiring.set(connId, this.time + this.opts.timeWait);
      report.closed.push({connId, backend: this.owner.get(connId)!});
    }
    for (const [connId, at] of [...this.expiring]) {
      if (at > this.time) continue;
      this.expiring.delete(connId);
      this.lb.expire(connId);
      this.owner.delete(connId);
    }
    const arrivals = this.poisson();
    for (let i = 0; i < arrivals; i++) {
      const c = this.lb.connect();
      if (!c) {
        report.refused++;
        continue;
      }
      const length = this.opts.minDuration + this.random.int(this.opts.maxDuration - this.opts.minDuration + 1);
      this.closing.set(c.connId, this.time + length);
      this.owner.set(c.connId, c.backend);
      this.served.set(c.backend, (this.served.get(c.backend) ?? 0) + 1);
      report.opened.push(c);
    }
    return report;
  }

  /** An unhealthy backend gets weight 0: no new connections, while its open ones run to their end. */
  setHealthy(id: string, healthy: boolean): void {
    this.lb.setHealthy(id, healthy);
  }

  backends(): VipBackendView[] {
    const state = new Map(this.lb.backends().map((b) => [b.id, b]));
    return this.ids.map((id) => {
      const b = state.get(id)!;
      return {id, healthy: b.healthy, weight: b.effectiveWeight, active: b.active, inactive: b.inactive, served: this.served.get(id) ?? 0};
    });
  }
}
