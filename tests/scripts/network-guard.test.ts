// The build guard refuses every connection that is not to loopback and names it.
import {execFile, spawnSync} from "node:child_process";
import {promisify} from "node:util";
import {createServer} from "node:http";
import {describe, expect, it} from "vitest";

const guarded = (code: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "./scripts/network-guard.mjs", "--input-type=module", "-e", code], {
    encoding: "utf8",
    env: {...process.env, ...env},
    timeout: 15_000
  });

describe("network guard", () => {
  it("refuses fetch to an outside host, naming the URL", () => {
    const r = guarded(`try { await fetch("https://cdn.jsdelivr.net/npm/d3/+esm"); console.log("fetched"); } catch (e) { console.log("refused:", e.message); }`);
    expect(r.stdout).toContain("refused: network guard: refused a request to https://cdn.jsdelivr.net/npm/d3/+esm");
    expect(r.stdout).not.toContain("fetched");
  });

  it("refuses a raw https connection, naming the host", () => {
    const r = guarded(`import https from "node:https"; https.get("https://registry.npmjs.org/d3").on("error", (e) => console.log("error:", e.message));`);
    expect(r.stdout).toContain("error: network guard: refused a connection to registry.npmjs.org");
  });

  it("allows loopback", async () => {
    const server = createServer((_, res) => res.end("local ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as {port: number}).port;
    // Asynchronous: the server answers from this process while the child waits.
    const r = await promisify(execFile)(process.execPath, ["--import", "./scripts/network-guard.mjs", "--input-type=module", "-e", `console.log(await (await fetch("http://127.0.0.1:${port}/")).text());`], {encoding: "utf8", timeout: 15_000});
    server.close();
    expect(r.stdout.trim()).toBe("local ok");
  });

  it("allows a host named in NETWORK_GUARD_ALLOW (and only that one)", () => {
    const r = guarded(
      `for (const u of ["https://state.example.invalid/x", "https://other.example.invalid/x"]) { try { await fetch(u); } catch (e) { console.log(u, "->", e.message.startsWith("network guard") ? "guard" : "passed-guard"); } }`,
      {NETWORK_GUARD_ALLOW: "state.example.invalid"}
    );
    expect(r.stdout).toContain("https://state.example.invalid/x -> passed-guard");
    expect(r.stdout).toContain("https://other.example.invalid/x -> guard");
  });

  it("allows exactly the hosts of the URLs named in DCOS_STATE", () => {
    const r = guarded(
      `for (const u of ["https://master.example.invalid/state", "https://other.example.invalid/x"]) { try { await fetch(u); } catch (e) { console.log(u, "->", e.message.startsWith("network guard") ? "guard" : "passed-guard"); } }`,
      {DCOS_STATE: "state.json, https://master.example.invalid:5050/state", NETWORK_GUARD_ALLOW: ""}
    );
    expect(r.stdout).toContain("https://master.example.invalid/state -> passed-guard");
    expect(r.stdout).toContain("https://other.example.invalid/x -> guard");
  });
});
