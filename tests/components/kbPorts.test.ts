// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
import {dodge, kbPorts} from "../../src/components/kbPorts.js";
import {portsOn} from "../../src/lib/kb/views.js";
import {ports} from "../lib/kb/data.js";

const rows = (root: Element, n = 0) => [...root.querySelectorAll(".kb-ports-table")[n]!.querySelectorAll("tbody tr")];
const cells = (tr: Element) => [...tr.querySelectorAll("td")].map((td) => td.textContent);

describe("kbPorts", () => {
  it("lists a master's 2.2 ports: those to open between nodes, then those on the node itself", () => {
    const root = kbPorts(ports, {nodeType: "master", release: "2.2"});
    const {reachable, local} = portsOn(ports, "master", "2.2");
    expect(rows(root, 0).length).toBe(reachable.length);
    expect(rows(root, 1).length).toBe(local.length);
    expect(rows(root, 0).map((tr) => tr.getAttribute("data-port"))).toEqual(reachable.map((p) => p.id));
    expect(cells(rows(root, 0)[0]!).slice(0, 4)).toEqual(["53", "TCP", "DC/OS Net", "masters and agents"]);
    expect(cells(rows(root, 1)[0]!).slice(0, 4)).toEqual(["7070", "TCP", "DC/OS Package Manager (Cosmos)", "this node only"]);
    expect(root.querySelector(".kb-ports-summary")?.textContent).toBe(
      `A master node in DC/OS 2.2: ${reachable.length} port entries that other machines connect to, and ${local.length} that only the node itself uses.`
    );
    expect(rows(root, 0)[0]!.querySelector("a")?.getAttribute("href")).toBe("#dcos-net");
  });

  it("has a labelled node-type radio group and release menu; changing them redraws and narrates", () => {
    const root = kbPorts(ports);
    expect(root.querySelector("fieldset legend")?.textContent).toBe("Node type");
    expect([...root.querySelectorAll("fieldset label")].map((l) => l.textContent?.trim())).toEqual(["Master", "Private agent", "Public agent"]);
    const radio = root.querySelector<HTMLInputElement>('input[value="private-agent"]')!;
    radio.checked = true;
    radio.dispatchEvent(new Event("change"));
    const select = root.querySelector<HTMLSelectElement>(".kb-field select")!;
    select.value = "1.10";
    select.dispatchEvent(new Event("change"));
    const open = portsOn(ports, "private-agent", "1.10").reachable;
    expect(rows(root, 0).length).toBe(open.length);
    const owner = (port: number) => cells(rows(root, 0).find((tr) => cells(tr)[0] === String(port))!)[2];
    expect(owner(62080)).toBe("Navstar (virtual network service)");
    select.value = "1.11";
    select.dispatchEvent(new Event("change"));
    expect(owner(62080)).toBe("DC/OS Net");
    expect(root.querySelector("[role=log]")?.textContent).toMatch(/^A private agent node in DC\/OS 1\.11: \d+ port entries/);
    // The task port range, with the ports it skips.
    expect(cells(rows(root, 0).find((tr) => cells(tr)[0] === "1025–32000")!)[4]).toMatch(/Skips 2181, 3888, 5050, 5051, 8080, 8081, 8181\.$/);
  });

  it("says there is no 1.7 table rather than drawing an empty figure", () => {
    const root = kbPorts(ports, {release: "1.7"});
    expect(root.querySelector(".kb-ports-summary")?.textContent).toBe("No ports table was published for DC/OS 1.7; the first one is for 1.8.");
    expect(root.querySelector(".kb-ports-table")).toBeNull();
  });

  it("draws each port on a log strip, TCP above the axis and UDP below, piling up ports too close to tell apart", () => {
    const root = kbPorts(ports, {nodeType: "private-agent", release: "2.2"});
    const svg = root.querySelector(".kb-ports-chart svg")!;
    const {reachable} = portsOn(ports, "private-agent", "2.2");
    const single = reachable.filter((p) => p.port !== "ephemeral" && p.portEnd === undefined);
    const circles = [...svg.querySelectorAll("circle")];
    expect(circles.length).toBe(single.length);
    expect(svg.querySelectorAll("rect").length).toBe(1);
    expect(svg.querySelector("rect title")?.textContent).toBe("1025-32000/tcp Mesos agent");
    const axis = Number(svg.querySelector("line")!.getAttribute("y1"));
    const side = (c: Element) => (Number(c.getAttribute("cy")) < axis ? "tcp" : "udp");
    expect(circles.map((c) => `${c.querySelector("title")!.textContent!.split(" ")[0]} ${side(c)}`).map((t) => t.split(" ")).every(([label, s]) => label!.endsWith(`/${s}`))).toBe(true);
    for (let i = 0; i < circles.length; i++)
      for (let j = i + 1; j < circles.length; j++) {
        const [a, b] = [circles[i]!, circles[j]!];
        const d = Math.hypot(Number(a.getAttribute("cx")) - Number(b.getAttribute("cx")), Number(a.getAttribute("cy")) - Number(b.getAttribute("cy")));
        expect(d).toBeGreaterThanOrEqual(9);
      }
  });

  it("dodge puts a dot on the lowest free level", () => {
    expect(dodge([0, 5, 20, 6, 30, 25], 10)).toEqual([0, 1, 0, 2, 0, 1]);
    expect(dodge([], 10)).toEqual([]);
  });
});
