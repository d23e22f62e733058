// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {beforeEach, describe, expect, it} from "vitest";
import {dnsResolveFigure} from "../../src/components/dnsResolve.js";
import {checkDnsName} from "../../src/lib/discovery/view/name-check.js";
import type {MesosState} from "../../src/lib/state/types.js";

const demo = JSON.parse(readFileSync("data/clusters/demo.json", "utf8")) as MesosState;
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
const labelOf = (el: Element) => document.querySelector(`label[for="${el.id}"]`)?.textContent;
const hops = () => $$(".dns-hop").map((li) => li.dataset.role);
const answers = (section = "answer") => $$(`.dns-answers tr[data-section="${section}"]`).map((tr) => tr.lastElementChild!.textContent);
const log = () => $$('[role="log"] p').map((p) => p.textContent);

function ask(name: string, qtype?: string): void {
  const input = $<HTMLInputElement>("input.dns-name");
  input.value = name;
  if (qtype) $<HTMLSelectElement>("select").value = qtype;
  input.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true}));
}

describe("dnsResolveFigure", () => {
  beforeEach(() => {
    document.body.replaceChildren(dnsResolveFigure(demo));
  });

  it("is a labelled figure with a labelled name field and type menu, resolving the default name quietly", () => {
    const figure = $("figure");
    expect(document.getElementById(figure.getAttribute("aria-labelledby")!)?.textContent).toBe("Type a name and resolve it");
    expect(labelOf($("input.dns-name"))).toBe("Name");
    expect(labelOf($("select"))).toBe("Type");
    expect([...$<HTMLSelectElement>("select").options].map((o) => o.value)).toEqual(["A", "AAAA", "SRV", "ANY"]);
    expect(hops()).toEqual(["task", "dcos-dns", "mesos-dns"]);
    expect(answers()).toEqual(["10.0.1.21", "10.0.1.22", "10.0.1.23"]);
    expect($(".dns-rcode").textContent).toMatch(/^NOERROR Mesos-DNS knows the name and returns 3 records\. .* 60 seconds\.$/);
    expect(log()).toEqual([]);
  });

  it("traces a .mesos SRV query to Mesos-DNS on the three masters, with additional records", () => {
    ask("_web._tcp.marathon.mesos", "SRV");
    expect($$(".dns-hop")[2]!.textContent).toContain("10.0.0.11, 10.0.0.12, 10.0.0.13, port 61053");
    expect(answers()).toEqual(["web-9fn4u-s2.marathon.mesos. port 31018", "web-eddeu-s0.marathon.mesos. port 23145", "web-z5q9e-s1.marathon.mesos. port 11207"]);
    expect(answers("additional")).toEqual(["10.0.1.23", "10.0.1.21", "10.0.1.22"]);
    expect(log()).toEqual([
      "SRV _web._tcp.marathon.mesos. was forwarded to Mesos-DNS; NOERROR with 3 records: web-9fn4u-s2.marathon.mesos. port 31018; web-eddeu-s0.marathon.mesos. port 23145; web-z5q9e-s1.marathon.mesos. port 11207."
    ]);
  });

  it("answers thisdcos.directory names on the agent: the named VIP", () => {
    ask("Web.Marathon.L4LB.thisdcos.directory.", "A");
    expect(hops()).toEqual(["task", "dcos-dns"]);
    expect(answers()).toEqual(["11.225.37.144"]);
    expect($(".dns-answers").textContent).toContain("web.marathon.l4lb.thisdcos.directory.");
    expect($(".dns-rcode").textContent).toContain("5 seconds");
  });

  it("says NOERROR with no data for a known name of another type, NXDOMAIN for an unknown one, with suggestions", () => {
    ask("web.marathon.mesos", "AAAA");
    expect($(".dns-rcode").className).toBe("dns-rcode is-nodata");
    expect($(".dns-rcode").textContent).toMatch(/^NOERROR, no data The name exists, but only with A records, not AAAA\./);
    expect($(".dns-answers")).toBeNull();
    ask("wbe.marathon.mesos", "A");
    expect($(".dns-rcode").className).toBe("dns-rcode is-nx");
    expect($(".dns-rcode strong").textContent).toBe("NXDOMAIN");
    const suggestion = $$(".dns-suggestion");
    expect(suggestion.map((b) => b.textContent)).toEqual(["web.marathon.mesos"]);
    suggestion[0]!.click();
    expect($<HTMLInputElement>("input.dns-name").value).toBe("web.marathon.mesos");
    expect(answers()).toHaveLength(3);
  });

  it("explains Mesos-DNS's empty NOERROR for SRV names it does not have, and dcos-dns's NXDOMAIN", () => {
    ask("_wbe._tcp.marathon.mesos", "SRV");
    expect($(".dns-rcode").textContent).toContain("answers every SRV query it cannot match with an empty NOERROR");
    ask("nope.marathon.autoip.dcos.thisdcos.directory", "SRV");
    expect($(".dns-rcode strong").textContent).toBe("NXDOMAIN");
  });

  it("sends other names upstream and says the figure does not follow them", () => {
    ask("www.example.com", "A");
    expect(hops()).toEqual(["task", "dcos-dns", "upstream"]);
    expect($$(".dns-hop")[2]!.textContent).toContain("8.8.8.8 and 4.2.2.1");
    expect($(".dns-rcode").textContent).toContain("outside the cluster");
  });

  it.each([
    ["", "Type a name first, for example web.marathon.mesos."],
    ["web marathon.mesos", 'The label "web marathon" contains a space. DNS names use letters, digits and hyphens (and underscores in SRV names).'],
    ["web..mesos", "The name has two dots in a row: every label between dots needs at least one character."],
    [`${"a".repeat(64)}.mesos`, 'The label "aaaaaaaaaaaaaaaaaaaa…" is 64 characters long; a label (the part between two dots) can have at most 63.'],
    ["wéb.mesos", 'The label "wéb" contains "é". DNS names use letters, digits and hyphens (and underscores in SRV names).']
  ])("bad input %j gets a clear message and no lookup", (name, message) => {
    ask(name);
    expect($('.dns-result [role="alert"]').textContent).toBe(message);
    expect($$(".dns-hop")).toHaveLength(0);
    expect($("input.dns-name").getAttribute("aria-invalid")).toBe("true");
    expect(log()).toEqual([`Not looked up: ${message}`]);
  });

  it("examples fill the field and the type, and resolve", () => {
    const example = $$(".dns-example").find((b) => b.dataset.name === "leader.mesos")!;
    example.click();
    expect($<HTMLInputElement>("input.dns-name").value).toBe("leader.mesos");
    expect(answers()).toEqual(["10.0.0.11"]);
    $$(".dns-example").find((b) => b.dataset.qtype === "SRV")!.click();
    expect($<HTMLSelectElement>("select").value).toBe("SRV");
    expect(answers()).toHaveLength(3);
  });

  it("changing the type resolves again; the Resolve button works too", () => {
    $<HTMLSelectElement>("select").value = "ANY";
    $("select").dispatchEvent(new Event("change"));
    expect(answers()).toHaveLength(3);
    $<HTMLInputElement>("input.dns-name").value = "master.dcos.thisdcos.directory";
    [...document.querySelectorAll("button")].find((b) => b.textContent === "Resolve")!.click();
    expect(answers()).toEqual(["10.0.0.11", "10.0.0.12", "10.0.0.13"]);
  });
});

describe("checkDnsName", () => {
  it("normalises good names", () => {
    expect(checkDnsName("  Web.Marathon.MESOS ")).toEqual({ok: true, name: "web.marathon.mesos."});
    expect(checkDnsName("_http._web._tcp.marathon.mesos.")).toEqual({ok: true, name: "_http._web._tcp.marathon.mesos."});
  });
  it("refuses a name over 253 characters and a lone dot", () => {
    expect(checkDnsName(`${"a".repeat(60)}.`.repeat(5))).toEqual({ok: false, message: "The name is 304 characters long; a DNS name can have at most 253."});
    expect(checkDnsName(".")).toEqual({ok: false, message: "A name needs at least one label before the final dot."});
    expect(checkDnsName(".mesos")).toEqual({ok: false, message: "The name starts with a dot; remove it."});
  });
});
