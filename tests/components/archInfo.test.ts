// @vitest-environment jsdom
import {execFileSync} from "node:child_process";
import {describe, expect, it} from "vitest";
import {archContext, chapterLink, componentChip, infoPanel, shortLabel, type ArchChapter, type ArchComponent} from "../../src/components/archInfo.js";

const components = JSON.parse(execFileSync("node_modules/.bin/tsx", ["src/data/components.json.ts"], {encoding: "utf8", maxBuffer: 1 << 26})) as ArchComponent[];
const chapters = (available: string[]): ArchChapter[] =>
  ["what-is-dcos", "architecture", "components", "concepts"].map((id) => ({id, path: `/${id}`, available: available.includes(id)}));
const text = (el: Element) => [...el.children].map((c) => c.textContent);

describe("the component panel", () => {
  it("says what a component does, its units, ports, node types and releases", () => {
    const panel = infoPanel(archContext(components, chapters([])));
    panel.show("mesos-dns");
    expect(text(panel.element)).toEqual([
      "Mesos-DNS",
      components.find((c) => c.id === "mesos-dns")!.purpose,
      "Group: Networking",
      "Runs on: master",
      "systemd units: dcos-mesos-dns.service",
      "Ports: 8123/tcp, 61053/tcp, 61053/udp",
      "Ships in: DC/OS 1.7 to 2.2",
      "Terms: Mesos-DNS"
    ]);
    expect(panel.element.querySelectorAll("a").length).toBe(0);
  });

  it("links to Components and Concepts only when those pages exist", () => {
    const panel = infoPanel(archContext(components, chapters(["components"])));
    panel.show("mesos-master");
    expect([...panel.element.querySelectorAll("a")].map((a) => `${a.textContent} ${a.getAttribute("href")}`)).toEqual(["More about Mesos master in Components ./components#mesos-master"]);
    const both = infoPanel(archContext(components, chapters(["components", "concepts"])));
    both.show("mesos-master");
    expect([...both.element.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "./concepts#master-node", "./concepts#mesos", "./concepts#mesos-master", "./concepts#two-level-scheduling", "./concepts#drf", "./components#mesos-master"
    ]);
    expect(chapterLink(archContext(components, chapters(["concepts"])), "concepts", "role")).toBe("./concepts#role");
    expect(chapterLink(archContext(components, chapters([])), "concepts", "role")).toBeUndefined();
  });

  it("with a release, lists only that release's units; explains a component without one", () => {
    let release = "1.9";
    const panel = infoPanel(archContext(components), {release: () => release as "1.9"});
    panel.show("dcos-diagnostics");
    expect(panel.element.textContent).toContain("systemd units in 1.9: dcos-3dt.service, dcos-3dt.socket");
    release = "2.1";
    panel.show("dcos-diagnostics");
    expect(panel.element.textContent).toContain(
      "systemd units in 2.1: dcos-diagnostics.service, dcos-diagnostics.socket, dcos-diagnostics-mesos-state.service (master), dcos-diagnostics-mesos-state.timer (master)"
    );
    panel.show("zookeeper");
    expect(panel.element.textContent).toContain("systemd units in 2.1: Has no systemd unit of its own; Exhibitor writes its configuration and starts it.");
    panel.show("ucr");
    expect(panel.element.textContent).toContain("systemd units in 2.1: Part of the Mesos agent, so it has no unit.");
  });

  it("without a release, gives each unit its releases where they differ from the component's", () => {
    const panel = infoPanel(archContext(components));
    panel.show("dcos-history");
    expect(panel.element.textContent).toContain("systemd units: dcos-history-service.service [1.7 to 1.8], dcos-history.service [1.9 to 2.0]");
  });

  it("describes the actors that are not components, and shows the hint for anything else", () => {
    const panel = infoPanel(archContext(components));
    panel.show("executor");
    expect(text(panel.element)).toEqual(["Executor", "Started by the agent; launches and watches a framework's tasks.", "Where: a private agent; not a DC/OS component"]);
    panel.show("nothing-here");
    expect(panel.shown()).toBeUndefined();
    expect(panel.element.textContent).toBe("Point at or focus any component to read about it here.");
  });

  it("a chip fills the panel on hover and on focus, and names Enterprise components", () => {
    const ctx = archContext(components);
    const panel = infoPanel(ctx);
    const chip = componentChip(ctx, "dcos-secrets", {panel});
    const other = componentChip(ctx, "metronome", {panel});
    document.body.replaceChildren(chip, other, panel.element);
    expect(chip.textContent).toBe("DC/OS Secrets E, Enterprise only");
    expect(other.textContent).toBe("Metronome, DC/OS Jobs (Metronome)");
    expect(other.querySelector(".sr-only")?.textContent).toBe(", DC/OS Jobs (Metronome)");
    expect(shortLabel(ctx, "metronome")).toBe("Metronome");
    chip.dispatchEvent(new Event("mouseenter"));
    expect(panel.shown()).toBe("dcos-secrets");
    expect(panel.element.textContent).toContain("Enterprise only");
    other.focus();
    expect(panel.shown()).toBe("metronome");
  });
});
