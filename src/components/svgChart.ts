// A small SVG chart frame for the offer-cycle and high-availability figures: linear x and y scales
// (d3-scale), axes with ticks, grid lines and axis labels, and step-after lines. It replaces
// Observable Plot on those pages, whose bundle (with all of d3) was most of their JavaScript. Every mark is aria-hidden: the
// figures give the same numbers as text in their tables and narration.
import {scaleLinear, type ScaleLinear} from "d3-scale";
import {s} from "./dom.js";

export interface AxisOptions {
  domain: [number, number];
  label?: string;
  /** About how many ticks (0: none). */
  ticks?: number;
  format?: (v: number) => string;
  grid?: boolean;
}

export interface ChartFrameOptions {
  width: number;
  height: number;
  margin?: {top?: number; right?: number; bottom?: number; left?: number};
  x: AxisOptions;
  y: AxisOptions;
  ariaLabel: string;
}

export interface ChartFrame {
  svg: SVGSVGElement;
  /** The group marks go in (drawn over the grid and axes). */
  marks: SVGGElement;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

const INK = "var(--theme-foreground)";

/** An empty chart: axes, ticks, labels and (optionally) grid lines, ready for marks. */
export function chartFrame({width, height, margin = {}, x: xo, y: yo, ariaLabel}: ChartFrameOptions): ChartFrame {
  const m = {top: margin.top ?? 20, right: margin.right ?? 12, bottom: margin.bottom ?? 34, left: margin.left ?? 44};
  const x = scaleLinear().domain(xo.domain).range([m.left, width - m.right]);
  const y = scaleLinear().domain(yo.domain).range([height - m.bottom, m.top]);
  const svg = s("svg", {class: "wb-chart", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": ariaLabel, style: "font: 12px var(--sans-serif); overflow: visible"});
  const axes = s("g", {"aria-hidden": "true", fill: INK});
  const xf = xo.format ?? x.tickFormat(xo.ticks ?? 6);
  const yf = yo.format ?? y.tickFormat(yo.ticks ?? 5);
  for (const t of x.ticks(xo.ticks ?? 6)) {
    const px = x(t);
    if (xo.grid) axes.append(s("line", {x1: px, x2: px, y1: m.top, y2: height - m.bottom, stroke: INK, "stroke-opacity": 0.1}));
    axes.append(s("line", {x1: px, x2: px, y1: height - m.bottom, y2: height - m.bottom + 5, stroke: INK}));
    axes.append(s("text", {x: px, y: height - m.bottom + 16, "text-anchor": "middle"}, xf(t)));
  }
  for (const t of yo.ticks === 0 ? [] : y.ticks(yo.ticks ?? 5)) {
    const py = y(t);
    if (yo.grid) axes.append(s("line", {x1: m.left, x2: width - m.right, y1: py, y2: py, stroke: INK, "stroke-opacity": 0.1}));
    axes.append(s("text", {x: m.left - 6, y: py + 4, "text-anchor": "end"}, yf(t)));
  }
  axes.append(s("line", {x1: m.left, x2: width - m.right, y1: y(yo.domain[0]), y2: y(yo.domain[0]), stroke: INK}));
  if (xo.label) axes.append(s("text", {x: width - m.right, y: height - 2, "text-anchor": "end"}, xo.label));
  if (yo.label) axes.append(s("text", {x: 4, y: 12}, yo.label));
  const marks = s("g", {"aria-hidden": "true"});
  svg.append(axes, marks);
  return {svg, marks, x, y};
}

/** The `d` of a step-after line through points (each value holds until the next point). */
export function stepPath(points: readonly (readonly [number, number])[], x: (v: number) => number, y: (v: number) => number): string {
  let d = "";
  points.forEach(([px, py], i) => {
    const X = Math.round(x(px) * 10) / 10;
    const Y = Math.round(y(py) * 10) / 10;
    d += i === 0 ? `M${X},${Y}` : `H${X}V${Y}`;
  });
  return d;
}
