// libprocess PIDs (`slave(1)@10.0.0.1:5051`, `scheduler(1)@[2001:db8::1]:25501`) and host:port splitting.
// Source: mesosphere/mesos-dns records/state/upid/upid.go (Parse: exactly one `@`, then
// net.SplitHostPort); Go's net.SplitHostPort rules for brackets and colons.

export interface MesosPid {
  id: string;
  host: string;
  port: string;
}

/**
 * Go's net.SplitHostPort: `host:port`, or `[host]:port` for hosts containing colons. Returns null where Go
 * returns an error (missing port, unbracketed IPv6, stray brackets).
 */
export function splitHostPort(hostport: string): {host: string; port: string} | null {
  const last = hostport.lastIndexOf(":");
  if (last < 0) return null;
  let host: string;
  if (hostport.startsWith("[")) {
    const end = hostport.indexOf("]");
    if (end < 0 || end + 1 !== last) return null;
    host = hostport.slice(1, end);
  } else {
    host = hostport.slice(0, last);
    if (host.includes(":")) return null;
  }
  const port = hostport.slice(last + 1);
  if (host.includes("[") || host.includes("]") || port.includes("[") || port.includes("]")) return null;
  return {host, port};
}

/** Parses a libprocess PID; null when it has not exactly one `@` or no port (upid.go `Parse`). */
export function parseMesosPid(pid: string | undefined | null): MesosPid | null {
  if (typeof pid !== "string") return null;
  const parts = pid.trim().split("@");
  if (parts.length !== 2) return null;
  const hp = splitHostPort(parts[1]!);
  if (hp === null) return null;
  return {id: parts[0]!, host: hp.host, port: hp.port};
}

/** Go's net.JoinHostPort: brackets a host that contains a colon. */
export function joinHostPort(host: string, port: string | number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}
