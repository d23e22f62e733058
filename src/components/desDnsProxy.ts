// The distributed DNS proxy, one step at a time: the ready.spartan check, resolv.conf, the dual
// dispatch to two masters or two upstream resolvers, and gen-resolvconf's fallback to the
// upstreams when the proxy is down. Steps come from lib/design/dnsProxy.ts.
import {EXAMPLE_DNS_SETUP, SPARTAN_IPS, dnsProxySteps, type DnsProxyScenario, type DnsStep} from "../lib/design/dnsProxy.js";
import {createStepper} from "./archStepper.js";
import {h, s} from "./dom.js";
import {figureFrame} from "./figure.js";

export interface DnsPreset {
  id: string;
  label: string;
  scenario: DnsProxyScenario;
}

export const DNS_PRESETS: DnsPreset[] = [
  {id: "mesos", label: "leader.mesos, all well", scenario: {name: "leader.mesos", proxyUp: true}},
  {id: "master-down", label: "leader.mesos, one master silent", scenario: {name: "leader.mesos", proxyUp: true, down: [EXAMPLE_DNS_SETUP.masters[0]!]}},
  {id: "outside", label: "example.com, an outside name", scenario: {name: "example.com", proxyUp: true}},
  {id: "proxy-down", label: "leader.mesos, proxy down", scenario: {name: "leader.mesos", proxyUp: false}},
  {id: "proxy-down-outside", label: "example.com, proxy down", scenario: {name: "example.com", proxyUp: false}}
];

interface NodeBox {
  id: string;
  label: string;
  sub: string;
  x: number;
  y: number;
  kind: "agent" | "master" | "external";
}

const W = 640;
const H = 300;
const setup = EXAMPLE_DNS_SETUP;
const NODES: NodeBox[] = [
  {id: "app", label: "Application", sub: "on an agent", x: 80, y: 70, kind: "agent"},
  {id: "gen", label: "gen-resolvconf", sub: "writes resolv.conf", x: 80, y: 220, kind: "agent"},
  {id: "proxy", label: "DNS proxy", sub: `${SPARTAN_IPS[0]}–.3`, x: 300, y: 145, kind: "agent"},
  ...setup.masters.map((m, i): NodeBox => ({id: m, label: `Master ${i + 1}`, sub: m, x: 540, y: 40 + i * 58, kind: "master"})),
  ...setup.upstreams.map((u, i): NodeBox => ({id: u, label: `Upstream ${i + 1}`, sub: u, x: 540, y: 220 + i * 58, kind: "external"}))
];
const node = (id: string) => NODES.find((n) => n.id === id)!;

/** The edges a step lights up, as [from, to] node ids; with the proxy down, answers go straight to the application. */
export function stepEdges(step: DnsStep, proxyUp = true): [string, string][] {
  const servers = step.servers.filter((x) => NODES.some((n) => n.id === x));
  switch (step.actor) {
    case "gen-resolvconf":
      return step.servers.includes("ready.spartan") ? [["gen", "proxy"]] : [["gen", "app"]];
    case "app":
      if (step.servers.includes(SPARTAN_IPS[0])) return [["app", "proxy"]];
      if (servers.length) return servers.map((x) => ["app", x]);
      return step.text.endsWith("fails.") ? [] : [["proxy", "app"]];
    case "proxy":
      return servers.map((x) => ["proxy", x]);
    default:
      return servers.map((x): [string, string] => [x, proxyUp ? "proxy" : "app"]);
  }
}

export function desDnsProxy({preset: initial = "mesos"}: {preset?: string} = {}): HTMLElement {
  let preset = DNS_PRESETS.find((p) => p.id === initial) ?? DNS_PRESETS[0]!;
  let steps = dnsProxySteps(preset.scenario, setup);
  const frame = figureFrame({
    title: "One lookup through the distributed DNS proxy",
    description: "Step through a name lookup on an agent: the readiness check, the dual dispatch to masters or upstream resolvers, and the fallback when the proxy is down. Arrow keys step, Home resets, P plays.",
    className: "des-dns"
  });
  const select = h(
    "select",
    {class: "des-dns-preset", onchange: () => choose(select.value)},
    DNS_PRESETS.map((p) => h("option", {value: p.id, selected: p.id === preset.id}, p.label))
  );
  const svg = s("svg", {viewBox: `0 0 ${W} ${H + 40}`, class: "des-dns-svg", role: "img", "aria-label": "The application, gen-resolvconf, the DNS proxy, three masters and two upstream resolvers"});
  const list = h("ol", {class: "des-dns-steps"});
  const stepper = createStepper({count: steps.length, noun: "step", label: "DNS lookup", onChange: ({position}) => draw(position)});
  frame.controls.append(h("label", {class: "des-field"}, "Lookup ", select), stepper.controls);
  const stage = h("div", {class: "des-dns-stage", tabindex: 0, "aria-label": "DNS lookup figure: arrow keys step, Home resets, P plays"}, svg);
  stage.addEventListener("keydown", (e) => stepper.handleKey(e));
  frame.body.append(stage, list);

  function choose(id: string): void {
    preset = DNS_PRESETS.find((p) => p.id === id) ?? DNS_PRESETS[0]!;
    steps = dnsProxySteps(preset.scenario, setup);
    stepper.setCount(steps.length);
    stepper.reset();
    draw(0);
    frame.narrate(`New lookup: ${preset.label}. ${steps.length} steps.`);
  }

  function draw(position: number): void {
    const step = position > 0 ? steps[position - 1]! : undefined;
    const down = new Set([...(preset.scenario.down ?? []), ...(preset.scenario.proxyUp ? [] : ["proxy"])]);
    const edges = step ? stepEdges(step, preset.scenario.proxyUp) : [];
    const active = new Set(edges.flat());
    const base: [string, string][] = [["app", "proxy"], ["gen", "proxy"], ...setup.masters.map((m): [string, string] => ["proxy", m]), ...setup.upstreams.map((u): [string, string] => ["proxy", u])];
    svg.replaceChildren(
      s("defs", {}, s("marker", {id: "des-dns-arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse"}, s("path", {d: "M0,0L10,5L0,10z", class: "des-arrowhead"}))),
      ...base.map(([a, b]) => line(a, b, "des-edge")),
      ...edges.map(([a, b]) => line(a, b, "des-edge is-active", true)),
      ...NODES.map((n) => {
        const cls = `des-node des-k-${n.kind}${active.has(n.id) ? " is-active" : ""}${down.has(n.id) ? " is-down" : ""}`;
        return s(
          "g",
          {class: cls, transform: `translate(${n.x},${n.y})`, "data-node": n.id},
          s("rect", {x: -70, y: -22, width: 140, height: 44, rx: 6}),
          s("text", {y: -4, "text-anchor": "middle", class: "des-node-label"}, n.label),
          s("text", {y: 13, "text-anchor": "middle", class: "des-node-sub"}, down.has(n.id) ? "no answer" : n.sub)
        );
      }),
      s("text", {x: W / 2, y: H + 30, "text-anchor": "middle", class: "des-dns-caption"}, step ? `Step ${position} of ${steps.length}` : `Ready: ${preset.label}`)
    );
    list.replaceChildren(...steps.slice(0, position).map((st, i) => h("li", {class: i === position - 1 ? "is-current" : ""}, st.text)));
    if (step) frame.narrate(step.text);
  }

  function line(a: string, b: string, cls: string, arrow = false): SVGElement {
    const p = node(a);
    const q = node(b);
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy) || 1;
    // Leave the boxes: start and end where the segment meets each box's edge (approximately).
    const cut = (n: number) => Math.min(70 / Math.abs(dx / len || 1e-9), 22 / Math.abs(dy / len || 1e-9), n);
    const c = cut(len / 2);
    return s("line", {class: cls, x1: p.x + (dx / len) * c, y1: p.y + (dy / len) * c, x2: q.x - (dx / len) * c, y2: q.y - (dy / len) * c, "marker-end": arrow ? "url(#des-dns-arrow)" : null});
  }

  draw(0);
  return frame.root;
}
