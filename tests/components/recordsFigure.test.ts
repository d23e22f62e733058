// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {beforeEach, describe, expect, it} from "vitest";
import {recordsFigure} from "../../src/components/recordsFigure.js";
import type {MesosState} from "../../src/lib/state/types.js";

const demo = JSON.parse(readFileSync("data/clusters/demo.json", "utf8")) as MesosState;
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
const labelOf = (el: Element) => document.querySelector(`label[for="${el.id}"]`)?.textContent;
const button = (text: string) => $$("button").find((b) => b.textContent === text || b.getAttribute("aria-label") === text)!;
const select = (label: string) => $$("select").find((s) => labelOf(s) === label) as HTMLSelectElement;
const choose = (label: string, value: string) => {
  const s = select(label);
  s.value = value;
  s.dispatchEvent(new Event("change"));
};
const tasksOn = (n: number) => $$(`[data-agent$="-S${n}"] .cluster-task`).map((b) => b.textContent);
const changed = (kind: "added" | "removed") => $$(`.records-table tr.is-${kind}`).map((tr) => `${tr.children[1]!.textContent} ${tr.children[2]!.textContent} ${tr.children[4]!.textContent}`);
const names = () => Object.fromEntries($$(".names-table tbody tr[data-scheme]").map((tr) => [tr.dataset.scheme, [...tr.children[2]!.querySelectorAll("li code")].map((c) => c.textContent)]));
const log = () => $$('[role="log"] p').map((p) => p.textContent);

describe("recordsFigure", () => {
  beforeEach(() => {
    document.body.replaceChildren(recordsFigure(demo));
  });

  it("shows the masters, five agents with their running tasks, and labelled controls", () => {
    expect(document.getElementById($("figure").getAttribute("aria-labelledby")!)?.textContent).toBe("Live records: scale, kill, move");
    expect($(".cluster-masters").textContent).toBe("Masters: 10.0.0.11 (leader), 10.0.0.12, 10.0.0.13 · Mesos-DNS runs on each master");
    expect($$(".cluster-agent").map((a) => a.getAttribute("aria-label"))).toEqual([
      "Agent 10.0.1.21, private · zone a",
      "Agent 10.0.1.22, private · zone b",
      "Agent 10.0.1.23, private · zone c",
      "Agent 10.0.1.24, private · zone a",
      "Agent 10.0.4.31, public"
    ]);
    expect(tasksOn(1)).toEqual(["web :11207", "postgres.data"]);
    expect(tasksOn(4)).toEqual(["marathon-lb :80, :443, :9090-9091"]);
    expect([...select("App").options].map((o) => o.value)).toEqual(["web", "api.shop", "postgres.data", "marathon-lb"]);
    expect(labelOf(select("Mesos-DNS IP sources")!)).toBe("Mesos-DNS IP sources");
    expect($(".records-count").textContent).toBe("3 tasks");
    expect($(".records-summary").textContent).toBe("The cluster has 115 records: 91 in Mesos-DNS and 24 in dcos-dns.");
    expect($$('.cluster-task[aria-pressed="true"]').map((b) => b.textContent)).toEqual(["web :23145"]);
  });

  it("shows the selected task under every naming scheme", () => {
    expect(Object.keys(names())).toEqual([
      "the app (every task)",
      "this task only",
      "the agents of the app",
      "SRV: host and port",
      "agentip",
      "containerip",
      "autoip",
      "mirror of Mesos-DNS",
      "named VIP /web:80"
    ]);
    expect(names()["this task only"]).toEqual(["10.0.1.21"]);
    expect(names()["named VIP /web:80"]).toEqual(["11.225.37.144"]);
    expect($$(".names-table .is-mine").map((li) => li.textContent)).toContain("web-eddeu-s0.marathon.mesos. port 23145 this task");
    expect($$(".names-table tbody").map((t) => t.dataset.server)).toEqual(["Mesos-DNS", "dcos-dns"]);
    expect($$('.names-table th[scope="rowgroup"]').map((t) => t.textContent)).toEqual([
      "Mesos-DNS (names ending in .mesos, answered on the masters)",
      "dcos-dns (names ending in thisdcos.directory, answered on every node)"
    ]);
  });

  it("+ adds a web task on 10.0.1.24 and marks its 8 Mesos-DNS and 3 dcos-dns records new", () => {
    button("One task more").click();
    expect($(".records-count").textContent).toBe("4 tasks");
    expect(tasksOn(3)).toEqual(["api.shop :12087", "web :23985"]);
    expect(changed("added")).toHaveLength(11);
    expect(changed("added")).toContain("Mesos-DNS _web._tcp.marathon.mesos. web-68wab-s3.marathon.mesos. port 23985");
    expect(changed("added")).toContain("dcos-dns web.marathon.autoip.dcos.thisdcos.directory. 10.0.1.24");
    expect(changed("removed")).toEqual([]);
    expect($(".records-summary").textContent).toBe("Your last change: Mesos-DNS 8 new, 0 gone; dcos-dns 3 new, 0 gone. In all the cluster has 126 records.");
    expect(log()).toEqual(["Scaled web from 3 to 4: new task web :23985 on 10.0.1.24. Mesos-DNS: 8 new, 0 gone. dcos-dns: 3 new, 0 gone."]);
  });

  it("− kills the youngest web task and marks its records gone", () => {
    button("One task fewer").click();
    expect($(".records-count").textContent).toBe("2 tasks");
    expect(tasksOn(2)).toEqual([]);
    expect(changed("added")).toEqual([]);
    expect(changed("removed")).toContain("Mesos-DNS web-9fn4u-s2.marathon.mesos. 10.0.1.23");
    expect($$(".records-table tr.is-removed td:first-child").every((td) => td.textContent === "gone")).toBe(true);
    expect(log()).toEqual(["Scaled web from 3 to 2: Marathon killed the youngest task, web :31018 on 10.0.1.23. Mesos-DNS: 0 new, 8 gone. dcos-dns: 0 new, 3 gone."]);
  });

  it("selecting a task and killing it; nothing replaces it", () => {
    $$(".cluster-task").find((b) => b.textContent === "web :11207")!.click();
    expect($(".records-task-title").textContent).toBe("Selected task: web :11207 on 10.0.1.22");
    button("Kill this task").click();
    expect(tasksOn(1)).toEqual(["postgres.data"]);
    expect($(".records-count").textContent).toBe("2 tasks");
    expect(log().at(-1)).toBe("Killed web :11207 on 10.0.1.22; nothing replaces it here. Mesos-DNS: 0 new, 8 gone. dcos-dns: 0 new, 3 gone.");
  });

  it("moving the overlay database gives it a new agent and container address, the VIP name stays", () => {
    $$(".cluster-task").find((b) => b.textContent === "postgres.data")!.click();
    expect(select("App").value).toBe("postgres.data");
    expect(names()["containerip"]).toEqual(["9.0.2.2"]);
    const move = select("Move to agent");
    expect([...move.options].map((o) => o.textContent)).toEqual(["10.0.1.21", "10.0.1.23", "10.0.1.24"]);
    move.value = move.options[2]!.value;
    button("Move").click();
    expect(tasksOn(3)).toEqual(["api.shop :12087", "postgres.data"]);
    expect(names()["containerip"]).toEqual(["9.0.4.2"]);
    expect(names()["named VIP /data/postgres:5432"]).toEqual(["11.29.71.206"]);
    expect($(".records-task-title").textContent).toBe("Selected task: postgres.data on 10.0.1.24");
  });

  it("switching Mesos-DNS to its own IP sources makes .mesos names give the container address", () => {
    choose("App", "postgres.data");
    expect(names()["the app (every task)"]).toEqual(["10.0.1.22"]);
    choose("Mesos-DNS IP sources", "mesos-dns");
    expect(names()["the app (every task)"]).toEqual(["9.0.2.2"]);
    expect(changed("added")).toContain("Mesos-DNS postgres-data.marathon.mesos. 9.0.2.2");
    expect(changed("removed")).toContain("Mesos-DNS postgres-data.marathon.mesos. 10.0.1.22");
    expect(log().at(-1)).toEqual("Mesos-DNS now takes a task's address from the first of netinfo, mesos, host that has one. Mesos-DNS: 8 new, 8 gone. dcos-dns: 0 new, 0 gone.");
  });

  it("says why a change is not possible, and offers no move for the only public agent", () => {
    choose("App", "marathon-lb");
    expect(select("Move to agent").disabled).toBe(true);
    expect(select("Move to agent").textContent).toBe("no other agent of this kind");
    button("One task more").click();
    expect($(".records-status").textContent).toBe('Not possible: no public agent has room for another "marathon-lb" task.');
    expect($(".records-count").textContent).toBe("1 task");
  });

  it("shows the whole cluster's records on request, and Reset brings the cluster back", () => {
    choose("Records of", "all");
    expect($$(".records-table tbody tr")).toHaveLength(115);
    button("One task more").click();
    button("Reset cluster").click();
    expect($(".records-count").textContent).toBe("3 tasks");
    expect($$(".records-table tr.is-added")).toHaveLength(0);
    expect(log().at(-1)).toBe("The cluster is back as it started.");
  });
});
