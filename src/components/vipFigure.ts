// "A VIP at work": clients open connections to a named VIP and the layer-4 load balancer (IPVS,
// weighted least-connection, as dcos-net programs it) spreads them over the VIP's backends. Step or
// play one second at a time; untick a backend's health to give it weight 0 and watch new connections
// avoid it while its open ones run out. Bars drawn with D3: open connections, and connections handled.
// D3 comes as the three modules used (scale, selection, transition), not the whole "d3" bundle: with
// the validator this page ships for pasted states, all of d3 would put the page over its JavaScript budget.
import {max} from "d3-array";
import {scaleLinear} from "d3-scale";
import {select, type Selection} from "d3-selection";
import "d3-transition";
import {vipsOfState, type L4lbVip} from "../lib/discovery/vips.js";
import type {MesosState} from "../lib/state/types.js";
import {h, prefersReducedMotion, s, uniqueId} from "./dom.js";
import {errorBox, figureFrame} from "./figure.js";
import {VIP_SIM_DEFAULTS, VipSim, type VipBackendView, type VipSimOptions} from "../lib/discovery/view/vip-sim.js";
import {replayVip, vipCodec, type VipMoment} from "../lib/discovery/view/vip-url.js";
import {linkNotice, momentFromPage, shareBar} from "./shareLink.js";

export interface VipFigureOptions extends VipSimOptions {
  width?: number;
  /** Animate bar changes (default: unless the reader prefers reduced motion). */
  animate?: boolean;
  /** Milliseconds per step when playing (doubled under reduced motion). */
  interval?: number;
}

const backendId = (b: {ip: string; port: number}) => `${b.ip}:${b.port}`;
const ROW = 34;
const LEFT = 150;

/** Named VIPs that have backends, the one with the most backends first. */
export function namedVips(state: MesosState): L4lbVip[] {
  return vipsOfState(state)
    .filter((v) => v.kind === "named" && v.backends.length > 0)
    .sort((a, b) => b.backends.length - a.backends.length || (a.label < b.label ? -1 : 1));
}

export function vipFigure(state: MesosState, {width = 640, animate = !prefersReducedMotion(), interval = 700, ...simOptions}: VipFigureOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "A VIP at work",
    description:
      "Connections to a named VIP, one second of cluster time per step, spread over the VIP's backends by weighted least-connection. For each backend a checkbox sets it healthy or unhealthy, and two bars show its open connections and the connections it has handled.",
    keep: 5
  });
  const vips = namedVips(state);
  if (vips.length === 0) {
    frame.body.append(errorBox("This cluster has no named VIP with a running backend, so there is nothing to balance."));
    return frame.root;
  }
  const id = uniqueId("vip");
  let vip = vips[0]!;
  let sim: VipSim;
  let timer: ReturnType<typeof setInterval> | undefined;
  // Health changes made so far in this run, for a link to the moment.
  let healthLog: VipMoment["health"] = [];

  const vipSelect = h("select", {id: `${id}-vip`}, vips.map((v, i) => h("option", {value: String(i)}, `${v.dnsName?.replace(/\.$/, "")}:${v.port}`)));
  const step = h("button", {type: "button", class: "wb-button vip-step", "data-beat": "next"}, "Step 1 s");
  const play = h("button", {type: "button", class: "wb-button vip-play", "aria-pressed": "false"}, "Play");
  const reset = h("button", {type: "button", class: "wb-button vip-reset"}, "Reset");
  const clock = h("p", {class: "vip-clock", "aria-live": "off"});
  const address = h("p", {class: "vip-address"});
  const health = h("fieldset", {class: "vip-health"});
  const chartWidth = Math.max(320, Math.min(width, 760));
  const svg = s("svg", {class: "vip-chart", width: chartWidth, role: "img"});

  const x = scaleLinear().range([0, (chartWidth - LEFT - 20) / 2 - 40]);
  const xServed = scaleLinear().range([0, (chartWidth - LEFT - 20) / 2 - 40]);

  function draw(): void {
    const rows = sim.backends();
    const open = rows.reduce((n, r) => n + r.active, 0);
    const total = rows.reduce((n, r) => n + r.served, 0);
    clock.textContent = sim.time === 0 ? "t = 0 s. No connections yet: press Step or Play." : `t = ${sim.time} s · ${total} connections opened · ${open} open now`;
    x.domain([0, Math.max(8, max(rows, (r) => r.active) ?? 0)]);
    xServed.domain([0, Math.max(8, max(rows, (r) => r.served) ?? 0)]);
    const height = 28 + rows.length * ROW;
    svg.setAttribute("height", String(height));
    svg.setAttribute("viewBox", `0 0 ${chartWidth} ${height}`);
    svg.setAttribute("aria-label", rows.map((r) => `${r.id}: ${r.active} open, ${r.served} handled${r.weight === 0 ? ", weight 0" : ""}`).join("; "));
    const half = LEFT + (chartWidth - LEFT) / 2;
    const root = select(svg);
    root
      .selectAll("text.vip-head")
      .data(["open now", "handled so far"])
      .join("text")
      .attr("class", "vip-head")
      .attr("x", (_, i) => (i ? half : LEFT))
      .attr("y", 14)
      .attr("fill", "currentColor")
      .style("font", "600 12px var(--sans-serif)")
      .text((d) => d);
    const g = root
      .selectAll<SVGGElement, VipBackendView>("g.vip-row")
      .data(rows, (d) => d.id)
      .join((enter) => {
        const row = enter.append("g").attr("class", "vip-row");
        row.append("text").attr("class", "vip-label").attr("x", 0).attr("y", ROW / 2 + 4).attr("fill", "currentColor").style("font", "12px var(--monospace)");
        row.append("rect").attr("class", "vip-open").attr("x", LEFT).attr("y", 4).attr("height", ROW - 12).attr("rx", 2);
        row.append("text").attr("class", "vip-open-n").attr("y", ROW / 2 + 4).attr("fill", "currentColor").style("font", "12px var(--sans-serif)");
        row.append("rect").attr("class", "vip-served").attr("x", half).attr("y", 8).attr("height", ROW - 20).attr("rx", 2);
        row.append("text").attr("class", "vip-served-n").attr("y", ROW / 2 + 4).attr("fill", "currentColor").style("font", "12px var(--sans-serif)");
        return row;
      })
      .attr("transform", (_, i) => `translate(0,${22 + i * ROW})`)
      .attr("data-backend", (d) => d.id)
      .attr("data-active", (d) => d.active)
      .attr("data-served", (d) => d.served)
      .attr("data-weight", (d) => d.weight);
    g.select("text.vip-label").text((d) => d.id);
    const fill = (d: VipBackendView) => (d.weight === 0 ? "var(--c-task-killed)" : "var(--c-task-running)");
    const bars = g.select<SVGRectElement>("rect.vip-open").attr("fill", fill).attr("stroke", (d) => (d.weight === 0 ? "currentColor" : "none")).attr("stroke-dasharray", "4 3");
    const served = g.select<SVGRectElement>("rect.vip-served").attr("fill", "var(--c-master)").attr("opacity", 0.55);
    const width = (sel: Selection<SVGRectElement, VipBackendView, SVGSVGElement, unknown>, w: (d: VipBackendView) => number) => {
      if (animate) sel.transition().duration(250).attr("width", w);
      else sel.attr("width", w);
    };
    width(bars, (d) => Math.max(d.active ? 2 : 0, x(d.active)));
    width(served, (d) => xServed(d.served));
    g.select("text.vip-open-n")
      .attr("x", (d) => LEFT + x(d.active) + 6)
      .text((d) => `${d.active}${d.weight === 0 ? " · weight 0, no new ones" : ""}`);
    g.select("text.vip-served-n")
      .attr("x", (d) => half + xServed(d.served) + 6)
      .text((d) => String(d.served));
  }

  function buildHealth(): void {
    health.replaceChildren(
      h("legend", {}, "Backends: untick one to mark it unhealthy (weight 0)"),
      ...vip.backends.map((b, i) => {
        const box = h("input", {type: "checkbox", id: `${id}-h${i}`, checked: true, "data-backend": backendId(b)});
        box.addEventListener("change", () => {
          sim.setHealthy(backendId(b), box.checked);
          healthLog.push({at: sim.time, backend: i, healthy: box.checked});
          draw();
          frame.narrate(
            box.checked
              ? `${backendId(b)} is healthy again: weight 1, it takes new connections.`
              : `${backendId(b)} is unhealthy: weight 0. It gets no new connections; its ${sim.backends().find((r) => r.id === backendId(b))?.active ?? 0} open ones run to their end.`
          );
        });
        return h("label", {for: `${id}-h${i}`, class: "vip-backend"}, box, ` ${backendId(b)} healthy `, h("span", {class: "vip-agent"}, `(task on ${b.agentIp})`));
      })
    );
  }

  function start(): void {
    stop();
    sim = new VipSim(vip.backends.map(backendId), simOptions);
    healthLog = [];
    address.replaceChildren(
      "Clients connect to ",
      h("code", {}, `${vip.dnsName?.replace(/\.$/, "")}:${vip.port}`),
      ...(vip.ip ? [" = ", h("code", {}, `${vip.ip}:${vip.port}`)] : []),
      `; the balancer on the client's own agent picks one of ${vip.backends.length} backends.`
    );
    buildHealth();
    draw();
  }

  function once(): void {
    const r = sim.step();
    draw();
    const parts: string[] = [];
    if (r.opened.length) parts.push(`${r.opened.length} new → ${r.opened.map((c) => c.backend).join(", ")}`);
    if (r.closed.length) parts.push(`${r.closed.length} closed`);
    if (r.refused) parts.push(`${r.refused} refused: no backend has weight above 0`);
    frame.narrate(`t = ${r.time} s: ${parts.length ? parts.join("; ") : "nothing happens"}.`);
  }

  function stop(): void {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = "Play";
    play.setAttribute("aria-pressed", "false");
  }

  step.addEventListener("click", () => {
    stop();
    once();
  });
  play.addEventListener("click", () => {
    if (timer !== undefined) return stop();
    play.textContent = "Pause";
    play.setAttribute("aria-pressed", "true");
    timer = setInterval(() => {
      if (!frame.root.isConnected) return stop();
      once();
    }, prefersReducedMotion() ? interval * 2 : interval);
  });
  reset.addEventListener("click", () => {
    start();
    frame.narrate("Reset to t = 0 s: no connections, every backend healthy.");
  });
  vipSelect.addEventListener("change", () => {
    vip = vips[Number(vipSelect.value)] ?? vips[0]!;
    start();
    frame.narrate(`Now balancing ${vip.dnsName?.replace(/\.$/, "")}:${vip.port} over ${vip.backends.length} backend${vip.backends.length === 1 ? "" : "s"}.`);
  });

  // ---- links to a moment: ?vip=v1,v:0,s:42,t:12,h:5~1~0
  const codec = vipCodec(vips.length, (i) => vips[i]!.backends.length);
  const seed = simOptions.seed ?? VIP_SIM_DEFAULTS.seed;
  const share = shareBar(codec, () => ({vip: vips.indexOf(vip), seed, time: sim.time, health: healthLog.map((c) => ({...c}))}), frame.narrate);
  frame.controls.append(h("label", {for: `${id}-vip`}, "VIP"), vipSelect, step, play, reset, share.element);
  frame.body.append(address, health, clock, svg);
  start();
  const linked = momentFromPage(codec);
  if (linked && !linked.ok) frame.body.prepend(linkNotice(linked.problem));
  if (linked?.ok) {
    const m = linked.value;
    vip = vips[m.vip]!;
    vipSelect.value = String(m.vip);
    start();
    sim = replayVip(vip.backends.map(backendId), simOptions, m);
    healthLog = m.health.map((c) => ({...c}));
    for (const r of sim.backends()) {
      const box = health.querySelector<HTMLInputElement>(`input[data-backend="${r.id}"]`);
      if (box) box.checked = r.healthy;
    }
    draw();
    frame.narrate(`Opened the linked moment: ${clock.textContent}`);
  }
  return frame.root;
}
