// The overlay network figure: agents join one by one and receive their /24, its two /25 bridges
// and a VTEP; pick two containers and follow a packet between them, over VXLAN when they sit on
// different agents. Draws from the pure model in lib/design/overlay.ts.
import {
  AGENT_CAPACITY, BRIDGES, OVERLAY, agentOverlay, containerAddress, overlayPath,
  type AgentOverlay, type BridgeKind, type ContainerRef, type PathHop
} from "../lib/design/overlay.js";
import {h, s} from "./dom.js";
import {figureFrame} from "./figure.js";

export interface DesOverlayOptions {
  /** Agents at the start. */
  agents?: number;
  /** Most agents the figure shows (the model itself takes up to AGENT_CAPACITY). */
  maxAgents?: number;
  /** Containers drawn on each bridge. */
  perBridge?: number;
}

const KINDS: BridgeKind[] = ["mesos", "docker"];
const key = (c: ContainerRef) => `${c.agent}-${c.bridge}-${c.slot}`;
const label = (c: ContainerRef) => `${containerAddress(c)} (agent ${c.agent}, ${BRIDGES[c.bridge].name})`;

export function desOverlay({agents: initial = 2, maxAgents = 6, perBridge = 2}: DesOverlayOptions = {}): HTMLElement {
  const max = Math.min(maxAgents, AGENT_CAPACITY);
  let agents: AgentOverlay[] = Array.from({length: Math.max(1, Math.min(initial, max))}, (_, i) => agentOverlay(i + 1));
  let from: ContainerRef = {agent: 1, bridge: "mesos", slot: 1};
  let to: ContainerRef = {agent: agents.length, bridge: "docker", slot: 1};

  const frame = figureFrame({
    title: "The overlay: a subnet per agent, a path per packet",
    description: `Each agent that joins gets the next /24 of ${OVERLAY.network}, split into two /25 bridges, and a VTEP address from ${OVERLAY.vtepSubnet}. Choose two containers to see the hops of a packet between them.`,
    className: "des-overlay"
  });

  const addButton = h("button", {type: "button", class: "wb-button des-add", "data-beat": "next", onclick: () => add()}, "Add an agent");
  const removeButton = h("button", {type: "button", class: "wb-button des-remove", "data-beat": "prev", onclick: () => remove()}, "Remove the last agent");
  const fromSelect = h("select", {class: "des-from", onchange: () => pick(parse(fromSelect.value), to)});
  const toSelect = h("select", {class: "des-to", onchange: () => pick(from, parse(toSelect.value))});
  frame.controls.append(
    addButton,
    removeButton,
    h("label", {class: "des-field"}, "From ", fromSelect),
    h("label", {class: "des-field"}, "To ", toSelect)
  );
  const summary = h("p", {class: "des-summary", "aria-live": "polite"});
  const cards = h("div", {class: "des-agents"});
  const diagram = h("div", {class: "des-path-figure"});
  const hops = h("ol", {class: "des-hops"});
  frame.body.append(summary, cards, h("h4", {class: "des-subhead"}, "The packet's path"), diagram, hops);

  function parse(value: string): ContainerRef {
    const [agent, bridge, slot] = value.split("-");
    return {agent: Number(agent), bridge: bridge as BridgeKind, slot: Number(slot)};
  }

  function containers(): ContainerRef[] {
    return agents.flatMap((a) => KINDS.flatMap((bridge) => Array.from({length: perBridge}, (_, i) => ({agent: a.index, bridge, slot: i + 1}))));
  }

  function add(): void {
    if (agents.length >= max) return;
    const a = agentOverlay(agents.length + 1);
    agents = [...agents, a];
    render();
    frame.narrate(`Agent ${a.index} joins and gets ${a.subnet}: ${a.bridges.mesos.name} ${a.bridges.mesos.subnet}, ${a.bridges.docker.name} ${a.bridges.docker.subnet}, VTEP ${a.vtepIp} (${a.vtepMac}).`);
  }

  function remove(): void {
    if (agents.length <= 1) return;
    const gone = agents.at(-1)!;
    agents = agents.slice(0, -1);
    if (from.agent === gone.index) from = {agent: 1, bridge: "mesos", slot: 1};
    if (to.agent === gone.index) to = {agent: agents.length, bridge: "docker", slot: 1};
    if (key(from) === key(to)) to = {agent: to.agent, bridge: to.bridge === "mesos" ? "docker" : "mesos", slot: 1};
    render();
    frame.narrate(`Agent ${gone.index} leaves; ${gone.subnet} is no longer in use in this figure.`);
  }

  function pick(f: ContainerRef, t: ContainerRef): void {
    if (key(f) === key(t)) {
      frame.narrate(`${containerAddress(f)} cannot send to itself: pick another container.`);
      render();
      return;
    }
    from = f;
    to = t;
    render();
    const path = overlayPath(from, to);
    const vxlan = path.some((p) => p.at === OVERLAY.vtepDevice);
    frame.narrate(`From ${containerAddress(from)} to ${containerAddress(to)}: ${path.length} hops, ${vxlan ? `through VXLAN VNI ${OVERLAY.vni}` : "without leaving the agent"}.`);
  }

  function containerButton(c: ContainerRef): HTMLElement {
    const role = key(c) === key(from) ? "from" : key(c) === key(to) ? "to" : "";
    return h(
      "button",
      {
        type: "button",
        class: `des-container${role ? ` is-${role}` : ""}`,
        "data-address": containerAddress(c),
        "aria-pressed": role === "from" ? "true" : "false",
        title: "Send from this container",
        onclick: () => {
          if (key(c) === key(from)) return;
          pick(c, key(c) === key(to) ? from : to);
        }
      },
      containerAddress(c)
    );
  }

  function card(a: AgentOverlay, path: PathHop[]): HTMLElement {
    const onPath = (at: string) => path.some((p) => p.agent === a.index && p.at === at);
    return h(
      "section",
      {class: "des-agent", "data-agent": a.index, "aria-label": `Agent ${a.index}`},
      h("h4", {}, `Agent ${a.index}`, h("span", {class: "des-subnet"}, a.subnet)),
      h("p", {class: `des-vtep${onPath(OVERLAY.vtepDevice) ? " is-on-path" : ""}`}, `${OVERLAY.vtepDevice} ${a.vtepIp}`, h("br"), h("span", {class: "des-mac"}, a.vtepMac)),
      KINDS.map((kind) => {
        const b = a.bridges[kind];
        return h(
          "div",
          {class: `des-bridge des-${kind}${onPath(b.name) ? " is-on-path" : ""}`, "data-bridge": b.name},
          h("p", {class: "des-bridge-name"}, h("strong", {}, b.name), ` ${b.subnet}`),
          h("div", {class: "des-containers"}, Array.from({length: perBridge}, (_, i) => containerButton({agent: a.index, bridge: kind, slot: i + 1})))
        );
      })
    );
  }

  function pathDiagram(path: PathHop[]): SVGSVGElement {
    const w = 640;
    const gap = w / path.length;
    const y = 46;
    const tunnel = path.findIndex((p) => p.at === OVERLAY.vtepDevice);
    return s(
      "svg",
      {viewBox: `0 0 ${w} 96`, class: "des-path-svg", role: "img", "aria-label": path.map((p) => `${p.at} ${p.address} on agent ${p.agent}`).join(", then ")},
      tunnel >= 0
        ? s("g", {class: "des-tunnel"},
            s("line", {x1: gap * (tunnel + 0.5), x2: gap * (tunnel + 1.5), y1: y, y2: y}),
            s("text", {x: gap * (tunnel + 1), y: y - 16, "text-anchor": "middle"}, `VXLAN, VNI ${OVERLAY.vni}`))
        : null,
      path.map((p, i) =>
        s(
          "g",
          {class: `des-hop-node${p.at === OVERLAY.vtepDevice ? " is-vtep" : ""}`, transform: `translate(${gap * (i + 0.5)},${y})`},
          i < path.length - 1 && i !== tunnel ? s("line", {class: "des-link", x1: 12, x2: gap - 12, y1: 0, y2: 0}) : null,
          s("circle", {r: 10}),
          s("text", {y: 28, "text-anchor": "middle", class: "des-hop-at"}, p.at),
          s("text", {y: 42, "text-anchor": "middle", class: "des-hop-addr"}, p.address),
          s("text", {y: -16, "text-anchor": "middle", class: "des-hop-agent"}, `agent ${p.agent}`)
        )
      )
    );
  }

  function render(): void {
    const all = containers();
    const options = (select: HTMLSelectElement, chosen: ContainerRef) =>
      select.replaceChildren(...all.map((c) => h("option", {value: key(c), selected: key(c) === key(chosen)}, label(c))));
    options(fromSelect, from);
    options(toSelect, to);
    addButton.disabled = agents.length >= max;
    removeButton.disabled = agents.length <= 1;
    const path = overlayPath(from, to);
    summary.textContent = `${agents.length} agent${agents.length === 1 ? "" : "s"} on ${OVERLAY.network}: ${agents.map((a) => a.subnet).join(", ")}.`;
    cards.replaceChildren(...agents.map((a) => card(a, path)));
    diagram.replaceChildren(pathDiagram(path));
    hops.replaceChildren(...path.map((p) => h("li", {}, p.note)));
  }

  render();
  return frame.root;
}
