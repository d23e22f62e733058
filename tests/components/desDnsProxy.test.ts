// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {desDnsProxy} from "../../src/components/desDnsProxy.js";
import {desDiagram, desFacts} from "../../src/components/desNotes.js";
import {design} from "../lib/design/data.js";

afterEach(() => document.body.replaceChildren());
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true, cancelable: true}));
const active = (root: Element) => [...root.querySelectorAll(".des-node.is-active")].map((n) => n.getAttribute("data-node"));

describe("desDnsProxy", () => {
  it("steps through a .mesos lookup by keyboard: check, resolv.conf, dual dispatch, first answer", () => {
    const root = desDnsProxy();
    document.body.append(root);
    const stage = root.querySelector(".des-dns-stage")!;
    key(stage, "ArrowRight");
    expect(root.querySelector(".wb-log")?.lastElementChild?.textContent).toBe("gen-resolvconf asks for ready.spartan and gets an answer: the proxy is alive.");
    key(stage, "ArrowRight");
    key(stage, "ArrowRight");
    key(stage, "ArrowRight");
    expect(active(root)).toEqual(["proxy", "10.0.0.1", "10.0.0.2"]);
    expect(root.querySelector(".des-dns-caption")?.textContent).toBe("Step 4 of 6");
    expect(root.querySelector(".des-dns-steps li.is-current")?.textContent).toBe("leader.mesos ends in .mesos, so the proxy sends it to two masters at once: 10.0.0.1 and 10.0.0.2.");
    key(stage, "End");
    expect(root.querySelectorAll(".des-dns-steps li")).toHaveLength(6);
    key(stage, "Home");
    expect(root.querySelectorAll(".des-dns-steps li")).toHaveLength(0);
  });

  it("shows the fallback to the upstream resolvers when the proxy is down", () => {
    const root = desDnsProxy();
    const select = root.querySelector<HTMLSelectElement>(".des-dns-preset")!;
    select.value = "proxy-down-outside";
    select.dispatchEvent(new Event("change"));
    expect(root.querySelector('[data-node="proxy"]')?.classList.contains("is-down")).toBe(true);
    const stage = root.querySelector(".des-dns-stage")!;
    key(stage, "End");
    expect([...root.querySelectorAll(".des-dns-steps li")].map((li) => li.textContent)).toEqual([
      "gen-resolvconf asks for ready.spartan and gets no answer: the proxy is not running.",
      "It rewrites resolv.conf to list the upstream resolvers 203.0.113.53 and 203.0.113.54 directly.",
      "The application asks 203.0.113.53 for example.com itself, with no proxy in between.",
      "203.0.113.53 answers example.com; outside names still work."
    ]);
    expect(active(root)).toEqual(["app", "203.0.113.53"]);
  });
});

describe("desNotes", () => {
  it("lists a note's key facts and draws its sequence", () => {
    const install = design.find((t) => t.id === "installation")!;
    const facts = desFacts(install);
    expect(facts.querySelectorAll("li")).toHaveLength(5);
    expect(facts.querySelector(".des-versions")?.textContent).toBe("In the DC/OS docs 1.7–2.2 · Design notes, Design notes (1.7)");
    const fig = desDiagram(install);
    expect([...fig.querySelectorAll(".des-box-label")].map((t) => t.textContent)).toEqual(["dcos_install.sh", "/opt/mesosphere", "Pkgpanda", "ZooKeeper quorum"]);
    expect(fig.querySelectorAll("line")).toHaveLength(3);
    expect(fig.querySelector("svg")?.getAttribute("aria-label")).toMatch(/^dcos_install\.sh: downloads the artifact, then /);
    expect(desDiagram(design.find((t) => t.id === "api")!).querySelectorAll("line")).toHaveLength(0);
  });
});
