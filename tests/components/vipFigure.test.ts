// @vitest-environment jsdom
import {readFileSync} from "node:fs";
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {vipFigure} from "../../src/components/vipFigure.js";
import {VipSim} from "../../src/lib/discovery/view/vip-sim.js";
import {scaleApp} from "../../src/lib/discovery/mutate.js";
import type {MesosState} from "../../src/lib/state/types.js";

const demo = JSON.parse(readFileSync("data/clusters/demo.json", "utf8")) as MesosState;
const IDS = ["10.0.1.21:23145", "10.0.1.22:11207", "10.0.1.23:31018"];
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
const button = (text: string) => $$("button").find((b) => b.textContent === text)!;
const rows = () => $$("g.vip-row").map((g) => `${g.dataset.backend} open ${g.dataset.active} served ${g.dataset.served} w${g.dataset.weight}`);
const log = () => $$('[role="log"] p').map((p) => p.textContent);
const steps = (n: number) => {
  for (let i = 0; i < n; i++) button("Step 1 s").click();
};

describe("VipSim", () => {
  it("is deterministic for a seed, and every connection goes somewhere", () => {
    const a = new VipSim(IDS);
    const b = new VipSim(IDS);
    const ra = Array.from({length: 30}, () => a.step());
    const rb = Array.from({length: 30}, () => b.step());
    expect(ra).toEqual(rb);
    const opened = ra.reduce((n, r) => n + r.opened.length, 0);
    expect(a.backends().reduce((n, x) => n + x.served, 0)).toBe(opened);
    expect(new VipSim(IDS, {seed: 7}).step()).not.toEqual(new VipSim(IDS).step());
  });

  it("weight 0 takes no new connection; its open ones close on their own time", () => {
    const sim = new VipSim(IDS);
    for (let i = 0; i < 10; i++) sim.step();
    sim.setHealthy(IDS[1]!, false);
    const before = sim.backends()[1]!;
    for (let i = 0; i < 15; i++) sim.step();
    const after = sim.backends()[1]!;
    expect(after.served).toBe(before.served);
    expect(after.active).toBe(0);
    expect(after.weight).toBe(0);
  });

  it("with every backend at weight 0, new connections are refused", () => {
    const sim = new VipSim(IDS);
    for (const id of IDS) sim.setHealthy(id, false);
    const refused = Array.from({length: 5}, () => sim.step().refused).reduce((a, b) => a + b, 0);
    expect(refused).toBeGreaterThan(0);
    expect(sim.backends().every((b) => b.served === 0)).toBe(true);
  });
});

describe("vipFigure", () => {
  beforeEach(() => {
    document.body.replaceChildren(vipFigure(demo, {width: 700, animate: false}));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is labelled, names the VIP and its address, and lists each backend with a labelled health box", () => {
    expect(document.getElementById($("figure").getAttribute("aria-labelledby")!)?.textContent).toBe("A VIP at work");
    expect($(".vip-address").textContent).toBe("Clients connect to web.marathon.l4lb.thisdcos.directory:80 = 11.225.37.144:80; the balancer on the client's own agent picks one of 3 backends.");
    const boxes = $$('.vip-health input[type="checkbox"]') as HTMLInputElement[];
    expect(boxes.map((b) => document.querySelector(`label[for="${b.id}"]`)?.textContent)).toEqual([
      " 10.0.1.21:23145 healthy (task on 10.0.1.21)",
      " 10.0.1.22:11207 healthy (task on 10.0.1.22)",
      " 10.0.1.23:31018 healthy (task on 10.0.1.23)"
    ]);
    expect(boxes.every((b) => b.checked)).toBe(true);
    expect([...$<HTMLSelectElement>("select").options].map((o) => o.textContent)).toEqual(["web.marathon.l4lb.thisdcos.directory:80", "datapostgres.marathon.l4lb.thisdcos.directory:5432"]);
    expect($(".vip-clock").textContent).toBe("t = 0 s. No connections yet: press Step or Play.");
    expect(rows()).toEqual(IDS.map((id) => `${id} open 0 served 0 w1`));
  });

  it("Step moves one second and narrates where each new connection went", () => {
    steps(1);
    expect(log()).toEqual(["t = 1 s: 3 new → 10.0.1.23:31018, 10.0.1.22:11207, 10.0.1.21:23145."]);
    steps(9);
    expect(rows()).toEqual(["10.0.1.21:23145 open 3 served 6 w1", "10.0.1.22:11207 open 3 served 4 w1", "10.0.1.23:31018 open 3 served 4 w1"]);
    expect($(".vip-clock").textContent).toBe("t = 10 s · 14 connections opened · 9 open now");
    const bars = $$("rect.vip-open").map((r) => Number(r.getAttribute("width")));
    expect(bars[0]).toBeGreaterThan(0);
    expect(new Set(bars).size).toBe(1);
  });

  it("an unhealthy backend gets weight 0: no new connections, its open ones run out", () => {
    steps(10);
    const box = $$('.vip-health input[type="checkbox"]')[1] as HTMLInputElement;
    box.click();
    expect(log().at(-1)).toBe("10.0.1.22:11207 is unhealthy: weight 0. It gets no new connections; its 3 open ones run to their end.");
    expect(rows()[1]).toBe("10.0.1.22:11207 open 3 served 4 w0");
    expect($$("text.vip-open-n")[1]!.textContent).toBe("3 · weight 0, no new ones");
    steps(15);
    expect(rows()).toEqual(["10.0.1.21:23145 open 8 served 19 w1", "10.0.1.22:11207 open 0 served 4 w0", "10.0.1.23:31018 open 9 served 16 w1"]);
    box.click();
    expect(log().at(-1)).toBe("10.0.1.22:11207 is healthy again: weight 1, it takes new connections.");
  });

  it("Play steps on a timer and Pause stops it; Reset starts over", () => {
    vi.useFakeTimers();
    const play = button("Play");
    play.click();
    expect(play.getAttribute("aria-pressed")).toBe("true");
    expect(play.textContent).toBe("Pause");
    vi.advanceTimersByTime(700 * 3);
    expect($(".vip-clock").textContent).toMatch(/^t = 3 s/);
    play.click();
    vi.advanceTimersByTime(700 * 3);
    expect($(".vip-clock").textContent).toMatch(/^t = 3 s/);
    expect(play.getAttribute("aria-pressed")).toBe("false");
    button("Reset").click();
    expect($(".vip-clock").textContent).toBe("t = 0 s. No connections yet: press Step or Play.");
    expect(log().at(-1)).toBe("Reset to t = 0 s: no connections, every backend healthy.");
  });

  it("another VIP can be chosen; a scaled app has more backends", () => {
    const s = $<HTMLSelectElement>("select");
    s.value = "1";
    s.dispatchEvent(new Event("change"));
    expect(rows()).toEqual(["9.0.2.2:5432 open 0 served 0 w1"]);
    document.body.replaceChildren(vipFigure(scaleApp(demo, "web", 5), {animate: false}));
    expect(rows()).toHaveLength(5);
  });

  it("says so when the cluster has no named VIP", () => {
    document.body.replaceChildren(vipFigure(scaleApp(scaleApp(demo, "web", 0), "postgres.data", 0), {animate: false}));
    expect($('[role="alert"]').textContent).toBe("This cluster has no named VIP with a running backend, so there is nothing to balance.");
  });
});
