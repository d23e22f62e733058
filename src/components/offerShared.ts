// What the offer-cycle figures share: one colour per framework (by its position in the scenario,
// the same in every figure of the chapter), and numbers written the way the chapter writes them
// (memory in GB, shares as fractions where they are simple).
import {h} from "./dom.js";

/** Framework colours; the page defines `--c-framework-1` … `--c-framework-6` for light and dark themes. */
export const FRAMEWORK_COLOURS = 6;
// Paul Tol's colour-blind-safe "muted" palette, the light-theme values (fallbacks only).
const FALLBACK = ["#332288", "#cc6677", "#44aa99", "#999933", "#aa4499", "#882255"];

/** The CSS colour of the framework at `index` (0-based) in its scenario. */
export function frameworkColour(index: number): string {
  const i = ((index % FRAMEWORK_COLOURS) + FRAMEWORK_COLOURS) % FRAMEWORK_COLOURS;
  return `var(--c-framework-${i + 1}, ${FALLBACK[i]})`;
}

/**
 * The framework colours, ink, paper, line and panel as colours a canvas understands. CSS variables
 * are read through a probe element, so colours built with var() and color-mix() come out resolved.
 */
export function resolvedColours(element: Element): {frameworks: string[]; ink: string; paper: string; line: string; panel: string} {
  const probe = h("span", {"aria-hidden": "true", style: "display:none"});
  element.append(probe);
  const get = (value: string, fallback: string) => {
    probe.style.color = "";
    probe.style.color = value;
    return getComputedStyle(probe).color || fallback;
  };
  const colours = {
    frameworks: FALLBACK.map((f, i) => get(`var(--c-framework-${i + 1}, ${f})`, f)),
    ink: get("var(--theme-foreground, #1b1e23)", "#1b1e23"),
    paper: get("var(--theme-background, #ffffff)", "#ffffff"),
    line: get("var(--c-line, #c8c8c8)", "#c8c8c8"),
    panel: get("var(--c-panel, #f5f5f5)", "#f5f5f5")
  };
  probe.remove();
  return colours;
}

const round = (x: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** 1 CPU, 2 CPUs, 0.5 CPUs */
export function formatCpus(cpus: number): string {
  const n = round(cpus, 3);
  return `${n} ${n === 1 ? "CPU" : "CPUs"}`;
}

/** Memory given in MB, written in GB from 1 GB up: 512 MB, 1 GB, 1.5 GB. */
export function formatMem(mb: number): string {
  if (mb === 0) return "0 GB";
  if (Math.abs(mb) < 1024) return `${round(mb, 0)} MB`;
  return `${round(mb / 1024)} GB`;
}

/** "1 CPU, 1 GB" */
export function formatResources(r: {cpus: number; mem: number}): string {
  return `${formatCpus(r.cpus)}, ${formatMem(r.mem)}`;
}

/** ‹2 CPUs, 1 GB›, the architecture document's notation. */
export function formatShape(r: {cpus: number; mem: number}): string {
  return `‹${formatResources(r)}›`;
}

/** A share as a simple fraction when it is one (2/3, 1/4, 0, 1), else to two decimals. */
export function formatFraction(x: number, maxDenominator = 36): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) < 1e-9) return "0";
  for (let d = 1; d <= maxDenominator; d++) {
    const n = Math.round(x * d);
    if (Math.abs(x * d - n) < 1e-9) return d === 1 ? String(n) : `${n}/${d}`;
  }
  return String(round(x));
}

/** 0.1 s, 12.3 s */
export function formatTime(ms: number): string {
  return `${round(ms / 1000, 1)} s`;
}

/** A labelled number input (the label wraps it, so it is always announced). */
export function numberField(label: string, value: number | string, attrs: Record<string, string | number> = {}): {label: HTMLLabelElement; input: HTMLInputElement} {
  const input = h("input", {type: "number", value: String(value), ...attrs});
  return {label: h("label", {class: "offer-field"}, h("span", {}, label), input), input};
}

/** Reads a number input: the number, or undefined when empty or not a finite number. */
export function readNumber(input: HTMLInputElement): number | undefined {
  if (input.value.trim() === "") return undefined;
  const n = Number(input.value);
  return Number.isFinite(n) ? n : undefined;
}

/** Calls `onWidth` when the element's width changes by more than a few pixels (nothing without ResizeObserver). */
export function observeWidth(element: HTMLElement, onWidth: (width: number) => void): void {
  if (typeof ResizeObserver !== "function") return;
  let last = -1;
  new ResizeObserver((entries) => {
    const w = Math.floor(entries[0]?.contentRect.width ?? 0);
    if (w > 0 && Math.abs(w - last) > 8) {
      last = w;
      onWidth(w);
    }
  }).observe(element);
}
