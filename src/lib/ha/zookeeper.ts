// ZooKeeper: the ensemble's quorum and its own leader, client sessions (timed out by the client
// when cut off, expired by the ensemble), and the ephemeral sequential znodes contenders create.

import {ELECTION_READ_MS, ELECTION_WATCH_MS, ZK_ENSEMBLE_ELECTION_MS} from "./constants.js";
import type {HaComponent} from "./events.js";
import {quorumSize} from "./quorum.js";
import {at, componentName, emit, list, PRIORITY, secs, type HaRuntime} from "./runtime.js";
import type {HaProcessView} from "./state.js";
import {groupOf, lowestZnode, zkConnected, zkLargestGroup, zkQuorumGroup, zkQuorumServers, znodeName, znodePath} from "./topology.js";

export function componentOf(p: HaProcessView): HaComponent {
  return p.kind === "master" ? "mesos" : "marathon";
}

/** A contender's session is live while the process is up, still holds it and reaches the ensemble. */
function sessionLive(rt: HaRuntime, session: string): boolean {
  const s = rt.ctx.state;
  const owner = s.zk.sessions[session]?.owner;
  const p = owner === undefined ? undefined : s.processes[owner];
  return !!p && p.up && p.session === session && zkConnected(s, p.id);
}

function cancelExpiry(rt: HaRuntime, session: string): void {
  const e = rt.expiries.get(session);
  if (e) rt.ctx.cancel(e.handle);
  rt.expiries.delete(session);
}

function scheduleExpiry(rt: HaRuntime, session: string, due: number): void {
  const e = rt.expiries.get(session);
  if (e?.due === due) return;
  if (e) rt.ctx.cancel(e.handle);
  rt.expiries.set(session, {due, handle: rt.ctx.schedule(due, {type: "session-expire", session}, {priority: PRIORITY.expiry})});
}

/** Notices a lost majority or a lost ensemble leader, and starts the ensemble's election when a majority can talk. */
export function checkEnsemble(rt: HaRuntime): void {
  const {ctx} = rt;
  const s = ctx.state;
  const q = zkQuorumGroup(s);
  const leader = s.zk.leader;
  const need = quorumSize(s.masters);
  if ((leader !== null && (q === null || groupOf(s, leader) !== q)) || (leader === null && q === null && !s.zk.quorumLost)) {
    for (const session of [...rt.expiries.keys()]) cancelExpiry(rt, session);
    if (q === null) {
      const reachable = zkLargestGroup(s);
      emit(
        rt,
        "quorum-lost",
        leader ? [leader] : [],
        `ZooKeeper loses its quorum: ${reachable === 0 ? "no server is left" : `only ${reachable} of ${s.masters} servers can reach each other`}, and a majority is ${need}. No writes, no session expiry and no new leader until a majority is back.`,
        {reachable, needed: need, size: s.masters}
      );
    } else {
      emit(rt, "zk-leader-lost", [leader!], `${leader}, the ZooKeeper servers' own leader, is gone. The others still form a majority and elect a new one; clients wait a moment, their sessions intact.`, {
        server: leader!
      });
    }
  }
  if (s.zk.leader === null && q !== null && rt.zkElection === null) rt.zkElection = ctx.after(ZK_ENSEMBLE_ELECTION_MS, {type: "zk-elect"});
  if (q === null && rt.zkElection !== null) {
    ctx.cancel(rt.zkElection);
    rt.zkElection = null;
  }
}

/** The ensemble elects its leader (the highest server id among the majority) and gives every session a fresh timeout. */
export function electEnsemble(rt: HaRuntime): void {
  rt.zkElection = null;
  const s = rt.ctx.state;
  if (s.zk.leader !== null) return;
  const servers = zkQuorumServers(s);
  if (!servers.length) return;
  const server = servers[servers.length - 1]!;
  const need = quorumSize(s.masters);
  if (s.zk.quorumLost) {
    emit(
      rt,
      "quorum-restored",
      servers,
      `ZooKeeper has a quorum again: ${list(servers)} can talk (${need} of ${s.masters} needed) and elect ${server}. Every session gets a fresh ${secs(rt.timeoutMs)} timeout.`,
      {server, servers}
    );
  } else {
    emit(rt, "zk-leader-elected", servers, `The ZooKeeper servers ${list(servers)} form a majority (${need} of ${s.masters} needed) and elect ${server}, the highest id, to lead the ensemble.`, {
      server,
      servers
    });
  }
  for (const session of Object.keys(s.zk.sessions)) if (!sessionLive(rt, session)) scheduleExpiry(rt, session, rt.ctx.now + rt.timeoutMs);
}

/** After a change under a contender path, every detector is notified (watch) and reads the children (read). */
export function requestElection(rt: HaRuntime, component: HaComponent): void {
  rt.ctx.after(ELECTION_WATCH_MS + ELECTION_READ_MS, {type: "elect", component});
}

function join(rt: HaRuntime, p: HaProcessView): void {
  const s = rt.ctx.state;
  const component = componentOf(p);
  const seq = s.zk.nextSeq[component];
  const session = `0x${s.zk.nextSession.toString(16).padStart(2, "0")}`;
  const znode = znodeName(component, seq);
  const lowest = lowestZnode(s, component);
  emit(
    rt,
    "contender-joined",
    [p.id],
    `${p.id} opens ZooKeeper session ${session} and creates the ephemeral sequential znode ${znodePath(component)}/${znode}. ${
      lowest
        ? `${lowest.owner === p.id ? "Its own old znode" : `${lowest.owner}'s znode`} ${lowest.name} (session ${lowest.session}) has a lower number, so ${p.id} waits as a ${component === "mesos" ? "backup" : "follower"}.`
        : "It holds the lowest number."
    }`,
    {component, id: p.id, session, seq, znode}
  );
  requestElection(rt, component);
}

/** Follows each contender's connection to the ensemble: joins, client-side timers, server-side expiry. */
export function checkClients(rt: HaRuntime): void {
  const {ctx} = rt;
  const s = ctx.state;
  for (const p of Object.values(s.processes)) {
    if (p.kind !== "master" && p.kind !== "marathon") continue;
    const conn = p.up && zkConnected(s, p.id);
    const was = rt.connected.get(p.id) ?? false;
    rt.connected.set(p.id, conn);
    if (conn) {
      if (!was) {
        const timer = rt.clientTimers.get(p.id);
        if (timer !== undefined) ctx.cancel(timer);
        rt.clientTimers.delete(p.id);
        if (p.session !== null) {
          cancelExpiry(rt, p.session);
          requestElection(rt, componentOf(p));
        }
      }
      if (p.session === null) join(rt, p);
      continue;
    }
    if (!was) continue;
    // Just cut off (or stopped): the ensemble expires its sessions after a timeout; the client times out its own.
    for (const session of Object.values(s.zk.sessions)) {
      if (session.owner === p.id && !rt.expiries.has(session.id) && s.zk.leader !== null) scheduleExpiry(rt, session.id, ctx.now + rt.timeoutMs);
    }
    if (p.up && p.session !== null) {
      rt.clientTimers.set(p.id, ctx.after(rt.timeoutMs, {type: "client-timeout", id: p.id, session: p.session}, {priority: PRIORITY.clientTimeout}));
    }
  }
}

/** The ensemble expires a session it has not heard from for a whole timeout, deleting its znodes. */
export function expireSession(rt: HaRuntime, session: string): void {
  const s = rt.ctx.state;
  const e = rt.expiries.get(session);
  if (!e || e.due !== rt.ctx.now) return;
  rt.expiries.delete(session);
  const record = s.zk.sessions[session];
  if (!record || sessionLive(rt, session) || s.zk.leader === null) return;
  const znodes = s.zk.znodes.filter((z) => z.session === session).map((z) => ({component: z.component, seq: z.seq, znode: z.name}));
  emit(
    rt,
    "session-expired",
    [record.owner],
    `ZooKeeper has heard nothing from ${record.owner} for ${secs(rt.timeoutMs)}: it expires session ${session}${
      znodes.length ? ` and deletes ${list(znodes.map((z) => `${znodePath(z.component)}/${z.znode}`))}` : ""
    }.`,
    {owner: record.owner, session, znodes}
  );
  for (const component of new Set(znodes.map((z) => z.component))) requestElection(rt, component);
}

/** Client side: cut off for a whole timeout, the process gives its session up; a leader fails fast. Returns whether it was the leader. */
export function timeOutClient(rt: HaRuntime, id: string, session: string): boolean {
  const s = rt.ctx.state;
  rt.clientTimers.delete(id);
  const p = s.processes[id]!;
  if (!p.up || p.session !== session || zkConnected(s, id)) return false;
  const component = componentOf(p);
  const wasLeader = p.role === "leader";
  if (wasLeader) {
    emit(
      rt,
      "leader-lost",
      [id],
      `${id} has been cut off from ZooKeeper for ${secs(rt.timeoutMs)} and can no longer be sure it leads: it gives up leadership ${at(rt.ctx.now)}.`,
      {component, id, reason: "session-lost"}
    );
  }
  emit(
    rt,
    "session-timed-out",
    [id],
    wasLeader
      ? `${id} treats its session ${session} as expired (Mesos and Marathon time it out themselves) and, failing fast, exits.`
      : `${id}, a ${componentName(component)} cut off from ZooKeeper for ${secs(rt.timeoutMs)}, drops session ${session}; it will contend again once it can reach a majority.`,
    {component, id, session, wasLeader}
  );
  return wasLeader;
}
