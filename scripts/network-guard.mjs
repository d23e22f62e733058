// Loaded with `node --import ./scripts/network-guard.mjs` in front of every build, preview and
// data loader. It refuses any connection to a host that is not loopback, and says which, so that
// a new `npm:` import (or anything else that reaches for the network) fails loudly.
// Extra hosts may be allowed by name in NETWORK_GUARD_ALLOW (comma separated). When the reader names
// a cluster state by URL (DCOS_STATE=https://host/..., see src/data/your-cluster.json.ts), exactly the
// hosts of those URLs are allowed too, and nothing else.
import net from "node:net";

/** The hosts of the http(s) URLs among DCOS_STATE's comma-separated sources. */
export function dcosStateHosts(spec) {
  return String(spec ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => /^https?:\/\//i.test(s))
    .flatMap((s) => {
      try {
        return [new URL(s).hostname.toLowerCase().replace(/^\[|\]$/g, "")];
      } catch {
        return [];
      }
    });
}

const allowed = new Set([
  ...(process.env.NETWORK_GUARD_ALLOW ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean),
  ...dcosStateHosts(process.env.DCOS_STATE)
]);

export function isLoopback(host) {
  if (!host) return true; // a local socket path, or Node's default of localhost
  const h = String(host).toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || h === "0.0.0.0";
}

function refuse(what) {
  const message =
    `network guard: refused ${what}. The workbook builds offline; ` +
    `if this is an npm: import, import the package from node_modules instead (see README).`;
  console.error(message);
  return new Error(message);
}

function hostOf(args) {
  const [first] = args;
  if (first && typeof first === "object") {
    if (Array.isArray(first)) return hostOf(first);
    if (first.path) return null; // a Unix socket
    return first.host ?? first.hostname ?? "localhost";
  }
  if (typeof first === "number") return typeof args[1] === "string" ? args[1] : "localhost";
  return null; // a path
}

function permitted(host) {
  return host == null || isLoopback(host) || allowed.has(String(host).toLowerCase());
}

const originalFetch = globalThis.fetch;
if (originalFetch) {
  globalThis.fetch = async function guardedFetch(input, init) {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    if (!permitted(url.hostname)) throw refuse(`a request to ${url.href}`);
    return originalFetch.call(this, input, init);
  };
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const host = hostOf(args);
  if (!permitted(host)) {
    const error = refuse(`a connection to ${host}`);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return originalConnect.apply(this, args);
};

process.env.OBSERVABLE_TELEMETRY_DISABLE = "true";
