// Two Plot charts of a whole run, drawn once per run from its precomputed time series: each role's
// dominant share, and the cluster's utilisation. A line marks the current time; moving it only
// changes two attributes, so it can follow the animation every frame.
import * as Plot from "@observablehq/plot";
import type {MesosTimeSeries} from "../lib/mesos/series.js";
import {h, s} from "./dom.js";
import {formatFraction, frameworkColour} from "./offerShared.js";

export interface RunCharts {
  readonly element: HTMLElement;
  setTime(ms: number): void;
}

type Row = {t: number; key: string; value: number};

function marker(plot: SVGSVGElement & {scale?: (name: string) => {apply: (v: number) => number; range?: readonly number[]} | undefined}) {
  const x = plot.scale?.("x");
  const y = plot.scale?.("y");
  const range = (y?.range ?? [0, 0]) as readonly number[];
  const line = s("line", {class: "offer-now", y1: range[0] ?? 0, y2: range[1] ?? 0, stroke: "var(--theme-foreground)", "stroke-width": 2, "stroke-dasharray": "4 3"});
  plot.append(line);
  return (seconds: number) => {
    const px = x ? x.apply(seconds) : 0;
    line.setAttribute("x1", String(px));
    line.setAttribute("x2", String(px));
  };
}

/** The charts for one run; `frameworks` gives each role its first framework's colour. */
export function runCharts(series: MesosTimeSeries, frameworks: readonly string[], {width}: {width: number}): RunCharts {
  const wide = width >= 760;
  const w = wide ? Math.floor((width - 24) / 2) : width;
  const end = series.times[series.times.length - 1]! / 1000;
  const roleRows: Row[] = [];
  const roleColour = new Map<string, string>();
  for (const role of series.roles) {
    const label = `${role.id === "*" ? "role *" : role.id} (${role.frameworks.join(", ")})${role.weight !== 1 ? ` ×${role.weight}` : ""}`;
    roleColour.set(label, frameworkColour(Math.max(0, frameworks.indexOf(role.frameworks[0]!))));
    series.times.forEach((t, k) => roleRows.push({t: t / 1000, key: label, value: role.share[k]!}));
  }
  const maxShare = Math.max(1, ...roleRows.map((r) => r.value));
  const common = {width: w, height: 230, marginLeft: 44, marginRight: 12, style: {fontSize: "12px", background: "transparent"}};
  const shares = Plot.plot({
    ...common,
    ariaLabel: "Dominant share of each role over the run",
    x: {domain: [0, end], label: "cluster time (s) →"},
    y: {domain: [0, maxShare], label: "↑ dominant share (÷ weight)", grid: true, tickFormat: (v: number) => formatFraction(v, 4)},
    color: {domain: [...roleColour.keys()], range: [...roleColour.values()]},
    marks: [
      Plot.ruleY([0], {ariaHidden: "true"}),
      Plot.line(roleRows, {ariaHidden: "true", x: "t", y: "value", stroke: "key", strokeWidth: 2.5, curve: "step-after"})
    ]
  } as Plot.PlotOptions) as SVGSVGElement;

  const useRows: Row[] = [];
  const lines = [
    {key: "CPUs used by tasks", values: series.cpus, dash: null},
    {key: "memory used by tasks", values: series.mem, dash: "6 3"},
    {key: "CPUs held in offers", values: series.offeredCpus, dash: "2 3"}
  ];
  for (const l of lines) series.times.forEach((t, k) => useRows.push({t: t / 1000, key: l.key, value: l.values[k]!}));
  const utilisation = Plot.plot({
    ...common,
    ariaLabel: "Cluster utilisation over the run",
    x: {domain: [0, end], label: "cluster time (s) →"},
    y: {domain: [0, 1], label: "↑ fraction of the cluster", grid: true, tickFormat: "%"},
    marks: [
      Plot.ruleY([0], {ariaHidden: "true"}),
      ...lines.map((l) =>
        Plot.line(
          useRows.filter((r) => r.key === l.key),
          {ariaHidden: "true", x: "t", y: "value", stroke: "var(--theme-foreground)", strokeWidth: l.dash ? 2 : 2.5, strokeDasharray: l.dash ?? undefined, curve: "step-after"}
        )
      )
    ]
  } as Plot.PlotOptions) as SVGSVGElement;

  const moves = [marker(shares as never), marker(utilisation as never)];
  const legend = (items: {label: string; swatch: HTMLElement}[]) => h("ul", {class: "offer-legend"}, items.map((i) => h("li", {}, i.swatch, i.label)));
  const element = h(
    "div",
    {class: `offer-charts${wide ? " is-wide" : ""}`},
    h(
      "div",
      {class: "offer-chart"},
      h("h4", {}, "Dominant share by role"),
      legend([...roleColour].map(([label, colour]) => ({label, swatch: h("span", {class: "offer-swatch", style: `--swatch:${colour}`})}))),
      shares
    ),
    h(
      "div",
      {class: "offer-chart"},
      h("h4", {}, "Cluster utilisation"),
      legend(lines.map((l) => ({label: l.key, swatch: h("span", {class: `offer-dash is-${l.dash ? (l.dash === "6 3" ? "dashed" : "dotted") : "solid"}`})}))),
      utilisation
    )
  );
  return {
    element,
    setTime(ms) {
      for (const move of moves) move(ms / 1000);
    }
  };
}
