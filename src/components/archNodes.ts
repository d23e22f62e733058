// The three node types drawn over a cluster (the demo cluster by default): every node of the
// Mesos state is a button in its network zone (public DMZ, protected zone of the masters, private
// zone), labelled with its address and zone. Selecting one lists what runs on its node type in the
// chosen release: the components and the systemd units the knowledge base places there, grouped
// by category, with how the node type differs from the others.
import {clusterNodes, componentsOn, placementDiff, type ClusterNode} from "../lib/architecture/placement.js";
import type {KbNodeType} from "../lib/kb/common.js";
import type {DcosRelease} from "../lib/kb/releases.js";
import type {MesosState} from "../lib/state/types.js";
import {byCategoryThenName, KB_CATEGORY_LABELS, KB_CATEGORY_ORDER, KB_NODE_TYPE_LABELS, KB_RELEASES} from "../lib/kb/views.js";
import {componentChip, infoPanel, type ArchComponent, type ArchContext} from "./archInfo.js";
import {h, rovingKeydown} from "./dom.js";
import {figureFrame} from "./figure.js";

export interface NodesOptions {
  release?: DcosRelease;
  /** The node selected at first (its id); the first private agent by default. */
  selected?: string;
  /** What the cluster is called in the title and description (default: the demo cluster). */
  clusterName?: string;
}

interface Zone {
  nodeType: KbNodeType;
  title: string;
  about: string;
  /** What may come in from outside the cluster. */
  ingress: string;
  open: boolean;
}

/** The network zone of each node type (the node-types diagram of S-NODE21), in drawing order. */
const ZONES: readonly Zone[] = [
  {nodeType: "public-agent", title: "Public DMZ", about: "On a network open to the outside.", ingress: "anyone: requests to your public services", open: true},
  {nodeType: "master", title: "Protected zone", about: "Often reachable only from office addresses or a VPN.", ingress: "admins: GUI, CLI and APIs (ports 80, 443)", open: true},
  {nodeType: "private-agent", title: "Private zone", about: "Only the other nodes reach it.", ingress: "no way in from outside", open: false}
];

const PLURAL: Record<KbNodeType, string> = {master: "masters", "private-agent": "private agents", "public-agent": "public agents"};
const ARTICLE: Record<KbNodeType, string> = {master: "a master", "private-agent": "a private agent", "public-agent": "a public agent"};

/** The second line of a node's label: leader, zone, reserved role. */
export function nodeDetail(node: ClusterNode): string {
  return [node.leader ? "leading master" : "", node.zone !== undefined ? `zone ${node.zone}` : "", ...node.roles.map((r) => `role ${r}`)].filter(Boolean).join(" · ");
}

/** How a node type differs from the others in a release, in one or two sentences. */
export function nodeTypeContrast(components: readonly ArchComponent[], nodeType: KbNodeType, release: DcosRelease): string {
  const names = (list: readonly ArchComponent[]) => list.map((c) => c.name).join(", ");
  if (nodeType === "master") {
    const here = componentsOn(components, "master", release).map((p) => p.component);
    const everywhere = here.filter((c) => c.nodeTypes.includes("private-agent") && c.nodeTypes.includes("public-agent"));
    return `${here.length - everywhere.length} of these run only on masters; the other ${everywhere.length} run on every node type.`;
  }
  const other: KbNodeType = nodeType === "private-agent" ? "public-agent" : "private-agent";
  const {onlyA, onlyB} = placementDiff(components, nodeType, other, release);
  if (!onlyA.length && !onlyB.length) return `${KB_NODE_TYPE_LABELS[nodeType]}s and ${PLURAL[other]} run the same components.`;
  const here = onlyA.length ? `${names(onlyA)} here` : "nothing extra here";
  const there = onlyB.length ? `${names(onlyB)} on ${ARTICLE[other]}` : `nothing extra on ${ARTICLE[other]}`;
  return `Compared with ${ARTICLE[other]}, the only difference: ${here}, ${there}. Everything else is the same.`;
}

export function archNodes(state: MesosState, components: readonly ArchComponent[], ctx: ArchContext, {release: initial = "2.1", selected: initialNode, clusterName = "the demo cluster"}: NodesOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: `Node types, drawn over ${clusterName}`,
    description:
      `The nodes of ${clusterName} as buttons in three network zones: the public DMZ with the public agent, the protected zone with the masters, the private zone with the private agents. Selecting a node lists the components and systemd units that run on that type of node in the chosen release. Arrow keys move between nodes, and between components in the list.`,
    keep: 3,
    className: "arch-nodes-figure"
  });
  const nodes = clusterNodes(state);
  let release: DcosRelease = initial;
  let selectedNode = nodes.find((n) => n.id === initialNode) ?? nodes.find((n) => n.nodeType === "private-agent") ?? nodes[0];
  const panel = infoPanel(ctx, {release: () => release});

  const releaseSelect = h(
    "select",
    {class: "arch-select arch-nodes-release", id: `${frame.root.getAttribute("aria-labelledby")}-release`, onchange: () => setRelease(releaseSelect.value as DcosRelease)},
    KB_RELEASES.map((r) => h("option", {value: r, selected: r === release}, `DC/OS ${r}`))
  );
  frame.controls.append(h("label", {for: releaseSelect.id}, "Release"), releaseSelect);

  const buttons: HTMLButtonElement[] = [];
  const outside = h(
    "div",
    {class: "arch-outside"},
    h("strong", {class: "arch-outside-head"}, "Outside the cluster (the internet, your office)"),
    ZONES.map((zone) =>
      h("span", {class: `arch-ingress ${zone.open ? "is-open" : "is-closed"}`, "data-node-type": zone.nodeType}, h("span", {"aria-hidden": "true"}, zone.open ? "↓ " : "✕ "), zone.ingress)
    )
  );
  const zones = h(
    "div",
    {class: "arch-zones"},
    ZONES.map((zone) => {
      const here = nodes.filter((n) => n.nodeType === zone.nodeType);
      return h(
        "section",
        {class: `arch-zone arch-zone-${zone.nodeType}`, "data-node-type": zone.nodeType, "aria-label": `${zone.title}: ${PLURAL[zone.nodeType]}`},
        h("div", {class: "arch-zone-head"}, h("strong", {}, zone.title), h("span", {}, zone.about)),
        h("div", {class: "arch-zone-type"}, `${KB_NODE_TYPE_LABELS[zone.nodeType]}s (${here.length})`),
        here.map((node) => {
          const detail = nodeDetail(node);
          const b = h(
            "button",
            {
              type: "button",
              class: "arch-node",
              "data-node": node.id,
              "data-node-type": node.nodeType,
              "aria-pressed": "false",
              tabindex: -1,
              onclick: () => select(node, true)
            },
            h("span", {class: "sr-only"}, `${KB_NODE_TYPE_LABELS[node.nodeType]} `),
            h("span", {class: "arch-node-host"}, node.host),
            detail ? [" ", h("span", {class: "arch-node-detail"}, detail)] : null,
            node.tasks.length ? [" ", h("span", {class: "arch-node-tasks"}, `running ${node.tasks.join(", ")}`)] : null
          );
          buttons.push(b);
          return b;
        })
      );
    })
  );
  const runs = h("div", {class: "arch-runs", role: "region", "aria-label": "What runs on the selected node"});
  frame.body.append(h("div", {class: "arch-cluster"}, outside, zones), runs, panel.element);

  function drawRuns(): void {
    if (!selectedNode) return runs.replaceChildren(h("p", {}, "This cluster state has no nodes."));
    const type = selectedNode.nodeType;
    const placed = componentsOn(components, type, release).sort((a, b) => byCategoryThenName(a.component, b.component));
    const unitCount = new Set(placed.flatMap((p) => p.units)).size;
    const detail = nodeDetail(selectedNode);
    const groups = KB_CATEGORY_ORDER.map((category) => ({category, items: placed.filter((p) => p.component.category === category)})).filter((g) => g.items.length);
    runs.replaceChildren(
      h(
        "p",
        {class: "arch-runs-title"},
        h("strong", {}, `What runs on ${ARTICLE[type]} in DC/OS ${release}`),
        ` (like ${selectedNode.host}${detail ? `, ${detail}` : ""}): `,
        h("span", {class: "arch-runs-count"}, `${placed.length} components, ${unitCount} systemd units`)
      ),
      h("p", {class: "arch-runs-contrast"}, nodeTypeContrast(components, type, release)),
      h(
        "div",
        {class: "arch-runs-groups"},
        groups.map((g) =>
          h(
            "div",
            {class: "arch-runs-group", role: "group", "aria-label": KB_CATEGORY_LABELS[g.category]},
            h("div", {class: "arch-category-head"}, KB_CATEGORY_LABELS[g.category]),
            g.items.map((p) => {
              const chip = componentChip(ctx, p.component.id, {panel, describe: p.units.length ? `units ${p.units.join(", ")}` : "no unit of its own"});
              chip.tabIndex = -1;
              return h(
                "div",
                {class: "arch-runs-item"},
                chip,
                h("span", {class: "arch-units", "aria-hidden": "true"}, p.units.length ? p.units.map((u) => h("span", {class: "arch-unit"}, u)) : "no unit of its own")
              );
            })
          )
        )
      )
    );
    const first = runs.querySelector<HTMLButtonElement>(".arch-chip");
    if (first) first.tabIndex = 0;
  }

  function select(node: ClusterNode | undefined, announce: boolean): void {
    selectedNode = node;
    for (const b of buttons) {
      b.setAttribute("aria-pressed", String(b.dataset.node === node?.id));
      b.classList.toggle("is-same-type", b.dataset.nodeType === node?.nodeType);
      b.tabIndex = b.dataset.node === node?.id ? 0 : -1;
    }
    drawRuns();
    if (announce && node) frame.narrate(summary());
  }

  function summary(): string {
    if (!selectedNode) return "";
    const placed = componentsOn(components, selectedNode.nodeType, release);
    const units = new Set(placed.flatMap((p) => p.units)).size;
    const detail = nodeDetail(selectedNode);
    return `${KB_NODE_TYPE_LABELS[selectedNode.nodeType]} ${selectedNode.host}${detail ? ` (${detail})` : ""}: ${placed.length} components and ${units} systemd units in DC/OS ${release}.`;
  }

  function setRelease(r: DcosRelease): void {
    release = r;
    drawRuns();
    frame.narrate(summary());
  }


  zones.addEventListener("keydown", rovingKeydown(() => buttons, (next) => next.click()));
  runs.addEventListener("keydown", rovingKeydown(() => [...runs.querySelectorAll<HTMLElement>(".arch-chip")]));

  select(selectedNode, false);
  return frame.root;
}
