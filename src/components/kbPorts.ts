// The port map: for one node type and one release, the ports other machines connect to (what a
// firewall between nodes must allow) and those bound to the node itself. A strip on a log scale
// shows where the numbers fall; the table lists port, protocol, component, who connects and why.
import * as d3 from "d3";
import type {KbNodeType} from "../lib/kb/common.js";
import type {PortView} from "../lib/kb/join.js";
import type {DcosRelease} from "../lib/kb/releases.js";
import {firstPortsRelease, KB_NODE_TYPE_LABELS, KB_NODE_TYPE_ORDER, KB_RELEASES, KB_SCOPE_LABELS, portsOn} from "../lib/kb/views.js";
import {h, s, uniqueId} from "./dom.js";
import {figureFrame} from "./figure.js";
import {labelledSelect} from "./kbControls.js";
import {categoryColor, enterpriseBadge, fill, nodeTypeColor} from "./kbShared.js";

export interface PortsOptions {
  width?: number;
  nodeType?: KbNodeType;
  release?: DcosRelease;
}

const portText = (p: PortView) => (p.portEnd === undefined ? String(p.port) : `${p.port}–${p.portEnd}`);

export function kbPorts(ports: readonly PortView[], {width = 720, nodeType: initialNode = "master", release: initialRelease = "2.2"}: PortsOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "Ports a firewall between nodes must allow",
    description:
      "Choose a node type and a release. A strip on a logarithmic scale from port 1 to 65535 marks each port that other machines connect to, TCP above and UDP below. The table after it lists each port with its protocol, component, who connects and what it is for, then the ports that only the node itself uses.",
    keep: 1,
    visibleLog: false
  });
  let nodeType: KbNodeType = initialNode;
  let release: DcosRelease = initialRelease;
  const first = firstPortsRelease(ports);

  const name = uniqueId("kb-node");
  const radios = h(
    "fieldset",
    {class: "kb-radios"},
    h("legend", {}, "Node type"),
    KB_NODE_TYPE_ORDER.map((t) =>
      h(
        "label",
        {style: `border-bottom:3px solid ${nodeTypeColor(t)}`},
        h("input", {type: "radio", name, value: t, checked: t === nodeType, onchange: () => ((nodeType = t), render(true))}),
        ` ${KB_NODE_TYPE_LABELS[t]}`
      )
    )
  );
  const releaseSelect = labelledSelect("Release", KB_RELEASES.map((r) => [r, `DC/OS ${r}`] as const), release, (v) => {
    release = v as DcosRelease;
    render(true);
  });
  frame.controls.append(radios, releaseSelect.root);

  const summary = h("p", {class: "kb-ports-summary"});
  const chart = h("div", {class: "kb-ports-chart"});
  const tables = h("div", {class: "kb-ports-tables"});
  frame.body.append(summary, chart, tables);

  function render(announce = false): void {
    const {reachable, local} = portsOn(ports, nodeType, release);
    const where = `${KB_NODE_TYPE_LABELS[nodeType].toLowerCase()} node`;
    if (!reachable.length && !local.length) {
      const text = first && release !== first && KB_RELEASES.indexOf(release) < KB_RELEASES.indexOf(first)
        ? `No ports table was published for DC/OS ${release}; the first one is for ${first}.`
        : `No ports are documented for a ${where} in DC/OS ${release}.`;
      summary.textContent = text;
      chart.replaceChildren();
      tables.replaceChildren();
      if (announce) frame.narrate(text);
      return;
    }
    const text = `A ${where} in DC/OS ${release}: ${reachable.length} port entries that other machines connect to, and ${local.length} that only the node itself uses.`;
    summary.textContent = text;
    chart.replaceChildren(strip(reachable, width));
    fill(
      tables,
      h("h4", {}, "Open these between nodes"),
      portTable(reachable, `Ports other machines connect to on a ${where}, DC/OS ${release}`),
      local.length ? h("h4", {}, "Used on the node itself (no firewall rule needed)") : null,
      local.length ? portTable(local, `Ports used only on the node itself, ${where}, DC/OS ${release}`) : null,
      h("p", {class: "kb-footnote"}, "“Not stated”: the ports table gives no direction for this port, so allow it from the other nodes.")
    );
    if (announce) frame.narrate(text);
  }

  render();
  return frame.root;
}

function portTable(list: readonly PortView[], caption: string): HTMLElement {
  return h(
    "table",
    {class: "kb-ports-table"},
    h("caption", {class: "sr-only"}, caption),
    h(
      "thead",
      {},
      h("tr", {}, h("th", {scope: "col"}, "Port"), h("th", {scope: "col"}, "Protocol"), h("th", {scope: "col"}, "Component"), h("th", {scope: "col"}, "Who connects"), h("th", {scope: "col"}, "What for"))
    ),
    h(
      "tbody",
      {},
      list.map((p) =>
        h(
          "tr",
          {"data-port": p.id},
          h("td", {class: "kb-num"}, portText(p)),
          h("td", {}, p.protocol.toUpperCase()),
          h("td", {}, h("span", {class: "kb-swatch", "aria-hidden": "true", style: `display:inline-block;width:9px;height:9px;border-radius:2px;margin-right:.35em;background:${categoryColor(p.category)}`}), h("a", {href: `#${p.component}`}, p.componentName), p.enterprise ? [" ", enterpriseBadge()] : null),
          h("td", {}, p.scope ? KB_SCOPE_LABELS[p.scope] ?? p.scope : "not stated"),
          h("td", {}, p.purpose, p.excludes.length ? ` Skips ${p.excludes.join(", ")}.` : "")
        )
      )
    )
  );
}

/**
 * Stacks dots that would overlap: each dot takes the lowest level where no dot already placed
 * on that level lies within `gap` pixels. Returns each dot's level, in input order.
 */
export function dodge(xs: readonly number[], gap: number): number[] {
  const placed: {x: number; level: number}[] = [];
  return xs.map((x) => {
    let level = 0;
    while (placed.some((p) => p.level === level && Math.abs(p.x - x) < gap)) level++;
    placed.push({x, level});
    return level;
  });
}

/**
 * Where the port numbers fall, on a log scale from 1 to 65535: TCP dots stacked above the axis,
 * UDP dots below, so that ports too close to tell apart pile up instead of hiding each other.
 */
function strip(list: readonly PortView[], width: number): SVGSVGElement {
  const w = Math.max(320, width);
  const R = 4.5;
  const STEP = 2 * R + 1;
  const x = d3.scaleLog().domain([1, 65535]).range([48, w - 12]);
  const numbered = list.filter((p) => p.port !== "ephemeral");
  const dots = numbered.filter((p) => p.portEnd === undefined);
  const bands = numbered.filter((p) => p.portEnd !== undefined);
  const levels = new Map<PortView, number>();
  for (const protocol of ["tcp", "udp"] as const) {
    const mine = dots.filter((p) => p.protocol === protocol);
    dodge(mine.map((p) => x(p.port as number)), STEP).forEach((level, i) => levels.set(mine[i]!, level));
  }
  const top = (protocol: "tcp" | "udp") => Math.max(0, ...dots.filter((p) => p.protocol === protocol).map((p) => levels.get(p)! + 1));
  const axisY = 22 + top("tcp") * STEP;
  const tickY = axisY + 10 + top("udp") * STEP;
  const height = tickY + 18;
  const svg = s("svg", {
    width: w,
    height,
    viewBox: `0 0 ${w} ${height}`,
    role: "img",
    "aria-label": `${numbered.length} port entries between ${d3.min(numbered, (p) => p.port as number)} and ${d3.max(numbered, (p) => (p.portEnd ?? p.port) as number)} on a logarithmic scale; TCP above the line, UDP below`,
    style: "max-width:100%;height:auto;font-family:var(--sans-serif);overflow:visible"
  });
  svg.append(
    s("line", {x1: x(1), x2: x(65535), y1: axisY, y2: axisY, stroke: "var(--c-line)", "stroke-width": 1.5}),
    s("text", {x: 0, y: axisY - 4, "font-size": 11, fill: "currentColor"}, "TCP ↑"),
    s("text", {x: 0, y: axisY + 13, "font-size": 11, fill: "currentColor"}, "UDP ↓")
  );
  for (const t of [1, 10, 100, 1000, 10000, 65535]) {
    svg.append(
      s("line", {x1: x(t), x2: x(t), y1: tickY - 4, y2: tickY, stroke: "currentColor", opacity: 0.6}),
      s("text", {x: x(t), y: tickY + 12, "font-size": 11, "text-anchor": t === 65535 ? "end" : "middle", fill: "currentColor", opacity: 0.85}, t === 65535 ? "65535" : d3.format(",")(t))
    );
  }
  for (const p of bands) {
    const x0 = x(p.port as number);
    const x1 = x(p.portEnd!);
    svg.append(
      s("rect", {x: x0, y: axisY - 8, width: x1 - x0, height: 8, fill: categoryColor(p.category), opacity: 0.3, rx: 2}, s("title", {}, `${p.label}/${p.protocol} ${p.componentName}`)),
      s("text", {x: (x0 + x1) / 2, y: 12, "font-size": 11, "text-anchor": "middle", fill: "currentColor"}, `task ports ${p.label}`)
    );
  }
  for (const p of dots) {
    const level = levels.get(p)!;
    const cy = p.protocol === "tcp" ? axisY - R - 2 - level * STEP : axisY + R + 2 + level * STEP;
    svg.append(
      s("circle", {cx: x(p.port as number), cy, r: R, fill: categoryColor(p.category), stroke: "var(--theme-background)", "stroke-width": 1}, s("title", {}, `${p.port}/${p.protocol} ${p.componentName}`))
    );
  }
  return svg;
}
