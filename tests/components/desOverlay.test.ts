// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {desOverlay} from "../../src/components/desOverlay.js";

afterEach(() => document.body.replaceChildren());
const click = (el: Element | null) => (el as HTMLElement).click();
const agents = (root: Element) => [...root.querySelectorAll(".des-agent h4 .des-subnet")].map((x) => x.textContent);
const hops = (root: Element) => [...root.querySelectorAll(".des-hops li")].map((x) => x.textContent);

describe("desOverlay", () => {
  it("starts with two agents and their subnets, bridges and VTEPs", () => {
    const root = desOverlay();
    expect(agents(root)).toEqual(["9.0.1.0/24", "9.0.2.0/24"]);
    expect([...root.querySelectorAll('[data-agent="2"] .des-bridge-name')].map((x) => x.textContent)).toEqual(["m-dcos 9.0.2.0/25", "d-dcos 9.0.2.128/25"]);
    expect(root.querySelector('[data-agent="2"] .des-vtep')?.textContent).toBe("vtep1024 44.128.0.270:B3:D5:00:00:02");
    expect(root.querySelector(".des-summary")?.textContent).toBe("2 agents on 9.0.0.0/8: 9.0.1.0/24, 9.0.2.0/24.");
  });

  it("adding a third agent assigns 9.0.3.0/24 and narrates it", () => {
    const root = desOverlay();
    click(root.querySelector(".des-add"));
    expect(agents(root)).toEqual(["9.0.1.0/24", "9.0.2.0/24", "9.0.3.0/24"]);
    expect(root.querySelector(".wb-log")?.lastElementChild?.textContent).toBe(
      "Agent 3 joins and gets 9.0.3.0/24: m-dcos 9.0.3.0/25, d-dcos 9.0.3.128/25, VTEP 44.128.0.3 (70:B3:D5:00:00:03)."
    );
    expect(root.querySelectorAll('[data-agent="3"] .des-container')).toHaveLength(4);
  });

  it("shows the VXLAN path between containers on two agents and highlights its hops", () => {
    const root = desOverlay();
    expect(hops(root)).toHaveLength(6);
    expect(hops(root)[2]).toBe("VTEP 44.128.0.1 wraps it in VXLAN (VNI 1024) addressed to 44.128.0.2, MAC 70:B3:D5:00:00:02, and sends it over the host network.");
    expect(root.querySelector(".des-tunnel text")?.textContent).toBe("VXLAN, VNI 1024");
    expect(root.querySelectorAll(".des-vtep.is-on-path")).toHaveLength(2);
    // Pick a container on agent 2's Mesos bridge as the sender: same agent, no tunnel.
    click(root.querySelector('[data-address="9.0.2.2"]'));
    expect(root.querySelector(".des-container.is-from")?.textContent).toBe("9.0.2.2");
    expect(hops(root)).toEqual([
      "The packet leaves 9.0.2.2 for 9.0.2.130.",
      "The bridge m-dcos of agent 2 takes it.",
      "Both /25s are on agent 2, so it is routed locally to d-dcos; no VXLAN is needed.",
      "The container 9.0.2.130 receives it."
    ]);
    expect(root.querySelector(".des-tunnel")).toBeNull();
    expect(root.querySelector(".wb-log")?.lastElementChild?.textContent).toBe("From 9.0.2.2 to 9.0.2.130: 4 hops, without leaving the agent.");
  });

  it("chooses the destination with the To select and respects the agent limits", () => {
    const root = desOverlay({agents: 1, maxAgents: 2});
    expect(root.querySelector<HTMLButtonElement>(".des-remove")!.disabled).toBe(true);
    click(root.querySelector(".des-add"));
    expect(root.querySelector<HTMLButtonElement>(".des-add")!.disabled).toBe(true);
    const to = root.querySelector<HTMLSelectElement>(".des-to")!;
    to.value = "2-mesos-2";
    to.dispatchEvent(new Event("change"));
    expect(hops(root).at(-1)).toBe("The container 9.0.2.3 receives it.");
    click(root.querySelector(".des-remove"));
    expect(agents(root)).toEqual(["9.0.1.0/24"]);
    expect(hops(root).at(-1)).toBe("The container 9.0.1.130 receives it.");
  });
});
