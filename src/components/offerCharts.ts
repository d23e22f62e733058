// Two SVG charts of a whole run, drawn once per run from its precomputed time series: each role's
// dominant share, and the cluster's utilisation. A line marks the current time; moving it only
// changes two attributes, so it can follow the animation every frame.
import type {MesosTimeSeries} from "../lib/mesos/series.js";
import {h, s} from "./dom.js";
import {formatFraction, frameworkColour} from "./offerShared.js";
import {chartFrame, stepPath, type ChartFrame} from "./svgChart.js";

export interface RunCharts {
  readonly element: HTMLElement;
  setTime(ms: number): void;
}

function marker({svg, x, y}: ChartFrame) {
  const [y1, y2] = y.range();
  const line = s("line", {class: "offer-now", y1: y1 ?? 0, y2: y2 ?? 0, stroke: "var(--theme-foreground)", "stroke-width": 2, "stroke-dasharray": "4 3", "aria-hidden": "true"});
  svg.append(line);
  return (seconds: number) => {
    const px = x(seconds);
    line.setAttribute("x1", String(px));
    line.setAttribute("x2", String(px));
  };
}

/** The charts for one run; `frameworks` gives each role its first framework's colour. */
export function runCharts(series: MesosTimeSeries, frameworks: readonly string[], {width}: {width: number}): RunCharts {
  const wide = width >= 760;
  const w = wide ? Math.floor((width - 24) / 2) : width;
  const end = series.times[series.times.length - 1]! / 1000;
  const seconds = Array.from(series.times, (t) => t / 1000);
  const roleColour = new Map<string, string>();
  const roleLines: {colour: string; values: ArrayLike<number>}[] = [];
  for (const role of series.roles) {
    const label = `${role.id === "*" ? "role *" : role.id} (${role.frameworks.join(", ")})${role.weight !== 1 ? ` ×${role.weight}` : ""}`;
    const colour = frameworkColour(Math.max(0, frameworks.indexOf(role.frameworks[0]!)));
    roleColour.set(label, colour);
    roleLines.push({colour, values: role.share});
  }
  const maxShare = Math.max(1, ...roleLines.flatMap((r) => Array.from(r.values)));
  const common = {width: w, height: 230, margin: {left: 44, right: 12}};
  const points = (values: ArrayLike<number>) => seconds.map((t, k) => [t, values[k]!] as const);
  const shares = chartFrame({
    ...common,
    ariaLabel: "Dominant share of each role over the run",
    x: {domain: [0, end], label: "cluster time (s) →"},
    y: {domain: [0, maxShare], label: "↑ dominant share (÷ weight)", grid: true, format: (v) => formatFraction(v, 4)}
  });
  for (const r of roleLines) shares.marks.append(s("path", {d: stepPath(points(r.values), shares.x, shares.y), fill: "none", stroke: r.colour, "stroke-width": 2.5}));

  const lines = [
    {key: "CPUs used by tasks", values: series.cpus, dash: null},
    {key: "memory used by tasks", values: series.mem, dash: "6 3"},
    {key: "CPUs held in offers", values: series.offeredCpus, dash: "2 3"}
  ];
  const utilisation = chartFrame({
    ...common,
    ariaLabel: "Cluster utilisation over the run",
    x: {domain: [0, end], label: "cluster time (s) →"},
    y: {domain: [0, 1], label: "↑ fraction of the cluster", grid: true, format: (v) => `${Math.round(v * 100)}%`}
  });
  for (const l of lines)
    utilisation.marks.append(
      s("path", {d: stepPath(points(l.values), utilisation.x, utilisation.y), fill: "none", stroke: "var(--theme-foreground)", "stroke-width": l.dash ? 2 : 2.5, "stroke-dasharray": l.dash})
    );

  const moves = [marker(shares), marker(utilisation)];
  const legend = (items: {label: string; swatch: HTMLElement}[]) => h("ul", {class: "offer-legend"}, items.map((i) => h("li", {}, i.swatch, i.label)));
  const element = h(
    "div",
    {class: `offer-charts${wide ? " is-wide" : ""}`},
    h(
      "div",
      {class: "offer-chart"},
      h("h4", {}, "Dominant share by role"),
      legend([...roleColour].map(([label, colour]) => ({label, swatch: h("span", {class: "offer-swatch", style: `--swatch:${colour}`})}))),
      shares.svg
    ),
    h(
      "div",
      {class: "offer-chart"},
      h("h4", {}, "Cluster utilisation"),
      legend(lines.map((l) => ({label: l.key, swatch: h("span", {class: `offer-dash is-${l.dash ? (l.dash === "6 3" ? "dashed" : "dotted") : "solid"}`})}))),
      utilisation.svg
    )
  );
  return {
    element,
    setTime(ms) {
      for (const move of moves) move(ms / 1000);
    }
  };
}
