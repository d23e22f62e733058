// @vitest-environment jsdom
import {execFileSync} from "node:child_process";
import {readFileSync} from "node:fs";
import {parse} from "yaml";
import {beforeEach, describe, expect, it} from "vitest";
import {archContext, type ArchComponent} from "../../src/components/archInfo.js";
import {archNodes} from "../../src/components/archNodes.js";
import type {MesosState} from "../../src/lib/state/types.js";

const load = (file: string) => JSON.parse(execFileSync("node_modules/.bin/tsx", [file], {encoding: "utf8", maxBuffer: 1 << 26}));
const components = load("src/data/components.json.ts") as ArchComponent[];
const state = load("src/data/demo-cluster.json.ts") as MesosState;
const ctx = archContext(components, []);

// What the data places on a node type, read from the YAML itself (its header says how units narrow).
type RawUnit = string | {name: string; nodeTypes?: string[]; since?: string; until?: string | null};
const raw = parse(readFileSync("data/components.yaml", "utf8")) as {id: string; nodeTypes: string[]; since: string; until: string | null; units?: RawUnit[]}[];
const R = ["1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "2.0", "2.1", "2.2"];
const within = (r: string, since: string, until: string | null) => R.indexOf(since) <= R.indexOf(r) && (until === null || R.indexOf(r) <= R.indexOf(until));
const expected = (type: string, release: string) =>
  Object.fromEntries(
    raw
      .filter((c) => c.nodeTypes.includes(type) && within(release, c.since, c.until))
      .map((c) => [
        c.id,
        (c.units ?? [])
          .map((u) => (typeof u === "string" ? {name: u} : u))
          .filter((u) => (u.nodeTypes ?? c.nodeTypes).includes(type) && within(release, u.since ?? c.since, u.until !== undefined ? u.until : c.until))
          .map((u) => u.name)
          .join(" ") || "no unit of its own"
      ])
  );

let figure: HTMLElement;
const q = (sel: string) => figure.querySelector<HTMLElement>(sel)!;
const qa = (sel: string) => [...figure.querySelectorAll<HTMLElement>(sel)];
const drawn = () =>
  Object.fromEntries(
    qa(".arch-runs-item").map((item) => {
      const units = [...item.querySelectorAll(".arch-unit")].map((u) => u.textContent);
      return [item.querySelector<HTMLElement>(".arch-chip")!.dataset.component, units.length ? units.join(" ") : item.querySelector(".arch-units")!.textContent];
    })
  );
const lastLog = () => q('[role="log"]').lastElementChild?.textContent;
const setRelease = (r: string) => {
  const select = q(".arch-nodes-release") as HTMLSelectElement;
  select.value = r;
  select.dispatchEvent(new Event("change"));
};

describe("archNodes", () => {
  beforeEach(() => {
    figure = archNodes(state, components, ctx);
    document.body.replaceChildren(figure);
  });

  it("draws every node of the cluster in its zone, labelled with its address, zone and role", () => {
    expect(document.getElementById(figure.getAttribute("aria-labelledby")!)?.textContent).toBe("Node types, drawn over the demo cluster");
    const zone = (type: string) => qa(`.arch-zone[data-node-type="${type}"] .arch-node`).map((b) => b.textContent);
    expect(zone("master")).toEqual(["Master 10.0.0.11 leading master", "Master 10.0.0.12", "Master 10.0.0.13"]);
    expect(zone("private-agent")).toEqual([
      "Private agent 10.0.1.21 zone a running web",
      "Private agent 10.0.1.22 zone b running web, postgres.data",
      "Private agent 10.0.1.23 zone c running web",
      "Private agent 10.0.1.24 zone a running api.shop"
    ]);
    expect(zone("public-agent")).toEqual(["Public agent 10.0.4.31 role slave_public running marathon-lb"]);
    expect(qa(".arch-zone-head strong").map((s) => s.textContent)).toEqual(["Public DMZ", "Protected zone", "Private zone"]);
    expect(qa(".arch-ingress").map((s) => s.textContent)).toEqual(["↓ anyone: requests to your public services", "↓ admins: GUI, CLI and APIs (ports 80, 443)", "✕ no way in from outside"]);
    // The node type is said to screen readers only; the drawing shows it by zone and colour.
    expect(q('[data-node$="-S4"] .sr-only').textContent).toBe("Public agent ");
  });

  it("lists on the drawing exactly the components and units the data places on each node type (2.1)", () => {
    expect(q('.arch-node[aria-pressed="true"]').textContent).toBe("Private agent 10.0.1.21 zone a running web");
    expect(drawn()).toEqual(expected("private-agent", "2.1"));
    q('[data-node="master-10.0.0.12"]').click();
    expect(drawn()).toEqual(expected("master", "2.1"));
    q('[data-node$="-S4"]').click();
    expect(drawn()).toEqual(expected("public-agent", "2.1"));
  });

  it("follows the release chosen", () => {
    for (const release of ["1.7", "1.10", "1.11", "2.2"]) {
      setRelease(release);
      expect(drawn(), release).toEqual(expected("private-agent", release));
    }
    q('[data-node="master-10.0.0.11"]').click();
    setRelease("1.8");
    expect(drawn()).toEqual(expected("master", "1.8"));
  });

  it("counts and compares: a public agent differs from a private one only in its Mesos agent", () => {
    q('[data-node$="-S4"]').click();
    const n = Object.keys(expected("public-agent", "2.1")).length;
    const units = new Set(Object.values(expected("public-agent", "2.1")).flatMap((u) => (u === "no unit of its own" ? [] : u.split(" ")))).size;
    expect(q(".arch-runs-count").textContent).toBe(`${n} components, ${units} systemd units`);
    expect(q(".arch-runs-contrast").textContent).toBe(
      "Compared with a private agent, the only difference: Mesos agent (public) here, Mesos agent on a private agent. Everything else is the same."
    );
    expect(lastLog()).toBe(`Public agent 10.0.4.31 (role slave_public): ${n} components and ${units} systemd units in DC/OS 2.1.`);
    q('[data-node="master-10.0.0.11"]').click();
    expect(q(".arch-runs-contrast").textContent).toMatch(/^\d+ of these run only on masters; the other \d+ run on every node type\.$/);
  });

  it("selecting a node highlights the other nodes of its type", () => {
    q('[data-node="master-10.0.0.13"]').click();
    expect(qa(".arch-node.is-same-type").map((b) => b.dataset.node)).toEqual(["master-10.0.0.11", "master-10.0.0.12", "master-10.0.0.13"]);
    expect(qa('.arch-node[aria-pressed="true"]').map((b) => b.dataset.node)).toEqual(["master-10.0.0.13"]);
  });

  it("arrow keys move between nodes and select them; the list is a second tab stop", () => {
    const first = q('.arch-node[aria-pressed="true"]');
    expect(qa(".arch-node").filter((b) => b.tabIndex === 0)).toEqual([first]);
    first.focus();
    first.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowRight", bubbles: true}));
    expect((document.activeElement as HTMLElement).textContent).toBe("Private agent 10.0.1.22 zone b running web, postgres.data");
    expect(q('.arch-node[aria-pressed="true"]').dataset.node).toBe((document.activeElement as HTMLElement).dataset.node);
    expect(qa(".arch-runs .arch-chip").filter((c) => c.tabIndex === 0).length).toBe(1);
  });

  it("a component in the list describes itself in the panel, with its units in the release", () => {
    q('.arch-runs [data-component="dcos-diagnostics"]').dispatchEvent(new Event("mouseenter"));
    expect(q(".arch-info .arch-info-title").textContent).toBe("DC/OS Diagnostics");
    expect(q(".arch-info").textContent).toContain("systemd units in 2.1: ");
    expect(q(".arch-info").textContent).not.toContain("dcos-3dt.service");
  });
});
