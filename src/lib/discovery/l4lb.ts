// A layer-4 load balancer model: one IPVS virtual service with the weighted least-connection scheduler,
// as dcos-net programs it (apps/dcos_l4lb/src/dcos_l4lb_ipvs_mgr.erl: `sched_name` "wlc", MASQ).
// Source for the scheduler: Linux net/netfilter/ipvs/ip_vs_wlc.c `ip_vs_wlc_schedule` and
// include/net/ip_vs.h `ip_vs_dest_conn_overhead`; destination order from ip_vs_ctl.c
// `__ip_vs_update_dest` (`list_add_rcu` puts a new destination at the head of the list).
//
// overhead = active connections × 256 + inactive connections. Walking the destinations in list order,
// the first one with weight > 0 starts as the pick; a later one replaces it only when
// overhead(pick) × weight(later) > overhead(later) × weight(pick), so ties go to the earlier one. A
// destination of weight 0 never gets new connections but keeps the ones it has. A removed destination
// keeps its connections too (IPVS moves it to a trash list) until they close.

export interface WlcCandidate {
  weight: number;
  active: number;
  inactive: number;
}

export function ipvsOverhead(d: {active: number; inactive: number}): number {
  return d.active * 256 + d.inactive;
}

/** Index of the destination `wlc` picks, or -1 when none has weight > 0. */
export function ipvsWlcPick(dests: readonly WlcCandidate[]): number {
  let least = -1;
  for (let i = 0; i < dests.length; i++) {
    const d = dests[i]!;
    if (least < 0) {
      if (d.weight > 0) least = i;
      continue;
    }
    const l = dests[least]!;
    if (ipvsOverhead(l) * d.weight > ipvsOverhead(d) * l.weight) least = i;
  }
  return least;
}

export interface L4lbBackendOptions {
  /** IPVS weight, default 1. */
  weight?: number;
  /** An unhealthy backend gets no new connections (weight 0), default true. */
  healthy?: boolean;
  /** A backend whose task is being killed gets no new connections (weight 0), default false. */
  killing?: boolean;
}

export interface L4lbBackendState {
  id: string;
  weight: number;
  healthy: boolean;
  killing: boolean;
  removed: boolean;
  /** The weight the scheduler uses: 0 when removed, unhealthy or being killed. */
  effectiveWeight: number;
  active: number;
  inactive: number;
}

export interface L4lbConnection {
  id: number;
  backend: string;
  state: "active" | "inactive";
}

interface Dest {
  id: string;
  weight: number;
  healthy: boolean;
  killing: boolean;
  removed: boolean;
}

export class L4lb {
  /** IPVS list order: the most recently added destination first. */
  private dests: Dest[] = [];
  private conns = new Map<number, L4lbConnection>();
  private nextId = 1;

  /** Backends are added in the given order (so the last one heads the IPVS list). */
  constructor(backends: readonly (string | ({id: string} & L4lbBackendOptions))[] = []) {
    for (const b of backends) {
      if (typeof b === "string") this.addBackend(b);
      else this.addBackend(b.id, b);
    }
  }

  private dest(id: string): Dest {
    const d = this.dests.find((x) => x.id === id);
    if (!d) throw new Error(`no backend ${id}`);
    return d;
  }

  private count(id: string, state: L4lbConnection["state"]): number {
    let n = 0;
    for (const c of this.conns.values()) if (c.backend === id && c.state === state) n++;
    return n;
  }

  private effectiveWeight(d: Dest): number {
    return d.removed || !d.healthy || d.killing ? 0 : d.weight;
  }

  private prune(): void {
    this.dests = this.dests.filter((d) => !d.removed || this.count(d.id, "active") + this.count(d.id, "inactive") > 0);
  }

  /** Adds a backend at the head of the list; re-adding a removed one restores it there with its connections. */
  addBackend(id: string, options: L4lbBackendOptions = {}): void {
    const existing = this.dests.find((d) => d.id === id);
    if (existing && !existing.removed) throw new Error(`backend ${id} already present`);
    this.dests = this.dests.filter((d) => d.id !== id);
    this.dests.unshift({
      id,
      weight: checkWeight(options.weight ?? 1),
      healthy: options.healthy ?? true,
      killing: options.killing ?? false,
      removed: false
    });
  }

  /** Stops new connections to the backend; its open connections stay until closed. */
  removeBackend(id: string): void {
    this.dest(id).removed = true;
    this.prune();
  }

  setWeight(id: string, weight: number): void {
    this.dest(id).weight = checkWeight(weight);
  }

  setHealthy(id: string, healthy: boolean): void {
    this.dest(id).healthy = healthy;
  }

  setKilling(id: string, killing: boolean): void {
    this.dest(id).killing = killing;
  }

  /** Schedules a new connection with wlc; null when no backend has weight > 0. */
  connect(): {connId: number; backend: string} | null {
    const candidates = this.dests.map((d) => ({weight: this.effectiveWeight(d), active: this.count(d.id, "active"), inactive: this.count(d.id, "inactive")}));
    const i = ipvsWlcPick(candidates);
    if (i < 0) return null;
    const backend = this.dests[i]!.id;
    const connId = this.nextId++;
    this.conns.set(connId, {id: connId, backend, state: "active"});
    return {connId, backend};
  }

  /** Closes a connection: it turns inactive (TIME_WAIT) and still counts until `expire`. */
  close(connId: number): boolean {
    const c = this.conns.get(connId);
    if (!c || c.state !== "active") return false;
    c.state = "inactive";
    return true;
  }

  /** Forgets inactive connections: one by id, or all of them. */
  expire(connId?: number): void {
    for (const [id, c] of [...this.conns]) {
      if (c.state === "inactive" && (connId === undefined || id === connId)) this.conns.delete(id);
    }
    this.prune();
  }

  /** Backends in IPVS list order with their connection counts. */
  backends(): L4lbBackendState[] {
    return this.dests.map((d) => ({
      id: d.id,
      weight: d.weight,
      healthy: d.healthy,
      killing: d.killing,
      removed: d.removed,
      effectiveWeight: this.effectiveWeight(d),
      active: this.count(d.id, "active"),
      inactive: this.count(d.id, "inactive")
    }));
  }

  /** Active and inactive connection counts per backend id. */
  counts(): Record<string, {active: number; inactive: number}> {
    const out: Record<string, {active: number; inactive: number}> = {};
    for (const b of this.backends()) out[b.id] = {active: b.active, inactive: b.inactive};
    return out;
  }

  connections(): L4lbConnection[] {
    return [...this.conns.values()].map((c) => ({...c}));
  }
}

function checkWeight(w: number): number {
  if (!Number.isInteger(w) || w < 0) throw new Error(`weight must be a non-negative integer, got ${w}`);
  return w;
}
