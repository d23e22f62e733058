// The agents of a run as a grid of cells, each with two bars (CPUs on top, memory below) filled by
// framework: solid for running tasks, pale for tasks staging or starting, striped for outstanding
// offers, empty where free. Up to CANVAS_THRESHOLD agents it is SVG (labelled cards for a dozen
// or fewer, small cells above that); beyond, one <canvas>, redrawn whole each frame. `draw`
// reads the state it is given (the trace's working state: no copies) into a reused typed array.
import {LOAD, LOAD_FIELDS, mesosAgentLoad, mesosLoadIndex} from "../lib/mesos/series.js";
import type {MesosResolvedAgent} from "../lib/mesos/scenario.js";
import type {MesosSimState} from "../lib/mesos/state.js";
import {h, s, uniqueId} from "./dom.js";
import {stripeDefs} from "./offerBars.js";
import {FRAMEWORK_COLOURS, formatCpus, formatMem, frameworkColour, resolvedColours} from "./offerShared.js";

/** More agents than this are drawn on a canvas. */
export const CANVAS_THRESHOLD = 300;
/** Up to this many agents get a labelled card each. */
const CARDS = 12;

export interface ClusterView {
  readonly element: HTMLElement;
  readonly mode: "cards" | "cells" | "canvas";
  draw(state: Readonly<MesosSimState>): void;
  setWidth(width: number): void;
  select(agentId: string | null): void;
}

interface Layout {
  cols: number;
  cellW: number;
  cellH: number;
  gap: number;
  /** Height of the label line above the bars (cards only). */
  head: number;
  width: number;
  height: number;
}

function layout(n: number, width: number, mode: ClusterView["mode"]): Layout {
  if (mode === "cards") {
    const cols = Math.max(1, Math.min(n, Math.floor(width / 200)));
    const gap = 10;
    const cellW = Math.floor((width - gap * (cols - 1)) / cols);
    const cellH = 64;
    return {cols, cellW, cellH, gap, head: 20, width, height: Math.ceil(n / cols) * (cellH + gap)};
  }
  const small = mode === "canvas" ? (width < 640 ? 14 : 20) : 34;
  const gap = mode === "canvas" ? 2 : 4;
  const cellW = small;
  const cellH = mode === "canvas" ? Math.round(small * 0.7) : 24;
  const cols = Math.max(1, Math.floor((width + gap) / (cellW + gap)));
  return {cols, cellW, cellH, gap, head: 0, width, height: Math.ceil(n / cols) * (cellH + gap)};
}

export interface ClusterViewOptions {
  width: number;
  onSelect?: (agentId: string) => void;
}

export function clusterView(agents: readonly MesosResolvedAgent[], frameworks: readonly string[], {width, onSelect}: ClusterViewOptions): ClusterView {
  const n = agents.length;
  const F = frameworks.length;
  const mode: ClusterView["mode"] = n > CANVAS_THRESHOLD ? "canvas" : n <= CARDS ? "cards" : "cells";
  const index = mesosLoadIndex(
    agents.map((a) => a.id),
    frameworks
  );
  const load = new Float64Array(n * Math.max(1, F) * LOAD_FIELDS);
  const element = h("div", {class: `offer-cluster is-${mode}`, "data-mode": mode});
  let box = layout(n, width, mode);
  let selected: string | null = null;
  let lastState: Readonly<MesosSimState> | null = null;
  const status = new Uint8Array(n); // 0 not joined, 1 active, 2 removed

  const readState = (state: Readonly<MesosSimState>) => {
    mesosAgentLoad(state, index, load);
    for (let a = 0; a < n; a++) {
      const agent = state.agents[agents[a]!.id];
      status[a] = !agent ? 0 : agent.active ? 1 : 2;
    }
  };
  const cellAt = (a: number) => ({x: (a % box.cols) * (box.cellW + box.gap), y: Math.floor(a / box.cols) * (box.cellH + box.gap)});

  if (mode === "canvas") {
    const canvas = h("canvas", {class: "offer-cluster-canvas"});
    element.append(canvas);
    // Colours are read from the page's CSS once the canvas is on the page, and again when the theme changes.
    let colours: ReturnType<typeof resolvedColours> | null = null;
    let coloursOnPage = false;
    let patterns: (CanvasPattern | string)[] = [];
    const refreshColours = () => {
      colours = resolvedColours(element);
      coloursOnPage = element.isConnected;
      patterns = [];
    };
    if (typeof matchMedia === "function") matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
      if (!element.isConnected) return; // a view replaced by a newer run
      refreshColours();
      if (lastState) draw(lastState);
    });
    const pattern = (ctx: CanvasRenderingContext2D, f: number): CanvasPattern | string => {
      const i = f % FRAMEWORK_COLOURS;
      if (patterns[i]) return patterns[i]!;
      const tile = h("canvas", {width: 6, height: 6});
      const t = tile.getContext("2d");
      if (!t || !colours) return (patterns[i] = colours?.frameworks[i] ?? "#888");
      t.fillStyle = colours.paper;
      t.fillRect(0, 0, 6, 6);
      t.strokeStyle = colours.frameworks[i]!;
      t.lineWidth = 2;
      t.beginPath();
      t.moveTo(-1, 7);
      t.lineTo(7, -1);
      t.stroke();
      return (patterns[i] = ctx.createPattern(tile, "repeat") ?? colours.frameworks[i]!);
    };
    const size = () => {
      const dpr = typeof devicePixelRatio === "number" ? devicePixelRatio : 1;
      canvas.width = Math.round(box.width * dpr);
      canvas.height = Math.round(box.height * dpr);
      canvas.style.width = `${box.width}px`;
      canvas.style.height = `${box.height}px`;
    };
    size();
    const draw = (state: Readonly<MesosSimState>) => {
      lastState = state;
      readState(state);
      const ctx = canvas.getContext?.("2d");
      if (!ctx) return; // jsdom has no canvas
      if (!colours || (!coloursOnPage && element.isConnected)) refreshColours();
      const c = colours!;
      const dpr = canvas.width / box.width;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, box.width, box.height);
      const barH = (box.cellH - 1) / 2;
      for (let a = 0; a < n; a++) {
        const {x, y} = cellAt(a);
        if (status[a] === 0) {
          ctx.strokeStyle = c.line;
          ctx.lineWidth = 1;
          ctx.strokeRect(x + 0.5, y + 0.5, box.cellW - 1, box.cellH - 1);
          continue;
        }
        ctx.fillStyle = status[a] === 2 ? c.line : c.panel;
        ctx.fillRect(x, y, box.cellW, box.cellH);
        if (status[a] === 2) continue;
        const total = agents[a]!.resources;
        for (let r = 0; r < 2; r++) {
          const max = r === 0 ? total.cpus : total.mem;
          let bx = x;
          const by = y + r * (barH + 1);
          for (let f = 0; f < F; f++) {
            const base = (a * F + f) * LOAD_FIELDS + r;
            for (const k of [LOAD.runningCpus, LOAD.startingCpus, LOAD.offeredCpus]) {
              const v = load[base + k]!;
              if (v <= 0) continue;
              const w = (v / max) * box.cellW;
              ctx.globalAlpha = k === LOAD.startingCpus ? 0.5 : 1;
              ctx.fillStyle = k === LOAD.offeredCpus ? pattern(ctx, f) : c.frameworks[f % FRAMEWORK_COLOURS]!;
              ctx.fillRect(bx, by, w, barH);
              bx += w;
            }
          }
          ctx.globalAlpha = 1;
        }
      }
      if (selected !== null) {
        const a = index.agent.get(selected);
        if (a !== undefined) {
          const {x, y} = cellAt(a);
          ctx.strokeStyle = c.ink;
          ctx.lineWidth = 2;
          ctx.strokeRect(x - 1, y - 1, box.cellW + 2, box.cellH + 2);
        }
      }
    };
    canvas.addEventListener("click", (event) => {
      const rect = canvas.getBoundingClientRect();
      const col = Math.floor((event.clientX - rect.left) / (box.cellW + box.gap));
      const row = Math.floor((event.clientY - rect.top) / (box.cellH + box.gap));
      const a = row * box.cols + col;
      if (col < box.cols && a >= 0 && a < n) onSelect?.(agents[a]!.id);
    });
    return {
      element,
      mode,
      draw,
      setWidth(w) {
        box = layout(n, w, mode);
        size();
        if (lastState) draw(lastState);
      },
      select(id) {
        selected = id;
        if (lastState) draw(lastState);
      }
    };
  }

  // SVG: one group per agent, rebuilt only when what it shows changed.
  const stripes = uniqueId("offer-cluster-stripes");
  const svg = s("svg", {class: "offer-cluster-svg", "aria-hidden": "true"});
  element.append(svg);
  const groups: SVGGElement[] = [];
  const shown = new Float64Array(load.length).fill(-1);
  const shownStatus = new Uint8Array(n).fill(255);
  let shownSelected: string | null = null;

  const build = () => {
    svg.replaceChildren(stripeDefs(stripes));
    svg.setAttribute("viewBox", `0 0 ${box.width} ${box.height}`);
    svg.setAttribute("width", String(box.width));
    svg.setAttribute("height", String(box.height));
    groups.length = 0;
    for (let a = 0; a < n; a++) {
      const {x, y} = cellAt(a);
      const g = s("g", {class: "offer-agent", transform: `translate(${x},${y})`, "data-agent": agents[a]!.id});
      g.addEventListener("click", () => onSelect?.(agents[a]!.id));
      groups.push(g);
      svg.append(g);
    }
    shown.fill(-1);
    shownStatus.fill(255);
  };
  build();

  const drawAgent = (a: number) => {
    const g = groups[a]!;
    const agent = agents[a]!;
    const {cellW, cellH, head} = box;
    const barH = mode === "cards" ? 18 : (cellH - 2) / 2;
    const children: SVGElement[] = [s("title", {}, `${agent.id}: ${formatCpus(agent.resources.cpus)}, ${formatMem(agent.resources.mem)}`)];
    const isSelected = selected === agent.id;
    if (mode === "cards") {
      const rack = agent.attributes.rack === undefined ? "" : ` · rack ${agent.attributes.rack}`;
      const label = status[a] === 0 ? "not joined yet" : status[a] === 2 ? "removed" : "";
      children.push(s("text", {x: 0, y: 13, class: "offer-agent-name"}, `${agent.id}${rack}`, label ? s("tspan", {class: "offer-agent-state"}, ` (${label})`) : null));
    }
    const top = head;
    const bodyH = 2 * barH + 2;
    if (status[a] === 0) {
      children.push(s("rect", {x: 0.5, y: top + 0.5, width: cellW - 1, height: bodyH - 1, fill: "none", stroke: "var(--c-line)", "stroke-dasharray": "3 3"}));
    } else if (status[a] === 2) {
      children.push(
        s("rect", {x: 0, y: top, width: cellW, height: bodyH, fill: "var(--c-line)"}),
        s("path", {d: `M2,${top + 2}L${cellW - 2},${top + bodyH - 2}M${cellW - 2},${top + 2}L2,${top + bodyH - 2}`, stroke: "var(--theme-foreground)", "stroke-width": 1.5})
      );
    } else {
      children.push(s("rect", {x: 0, y: top, width: cellW, height: bodyH, fill: "var(--c-panel)", stroke: "var(--c-line)"}));
      for (let r = 0; r < 2; r++) {
        const max = r === 0 ? agent.resources.cpus : agent.resources.mem;
        let bx = 0;
        let used = 0;
        for (let f = 0; f < F; f++) {
          const base = (a * F + f) * LOAD_FIELDS + r;
          for (const k of [LOAD.runningCpus, LOAD.startingCpus, LOAD.offeredCpus]) {
            const v = load[base + k]!;
            if (v <= 0) continue;
            const w = (v / max) * cellW;
            children.push(
              s("rect", {
                x: bx,
                y: top + r * (barH + 2),
                width: w,
                height: barH,
                fill: k === LOAD.offeredCpus ? `url(#${stripes}-${f % FRAMEWORK_COLOURS})` : frameworkColour(f),
                "fill-opacity": k === LOAD.startingCpus ? 0.5 : 1,
                class: k === LOAD.offeredCpus ? "offer-cell-offer" : k === LOAD.startingCpus ? "offer-cell-starting" : "offer-cell-task"
              })
            );
            bx += w;
            if (k !== LOAD.offeredCpus) used += v;
          }
        }
        if (mode === "cards") {
          const text = r === 0 ? `${Math.round(used * 100) / 100} of ${formatCpus(max)}` : `${formatMem(used)} of ${formatMem(max)}`;
          children.push(s("text", {x: cellW - 4, y: top + r * (barH + 2) + barH - 5, "text-anchor": "end", class: "offer-cell-text"}, text));
        }
      }
    }
    if (isSelected) children.push(s("rect", {x: -2, y: top - 2, width: cellW + 4, height: bodyH + 4, fill: "none", stroke: "var(--theme-foreground)", "stroke-width": 2.5, class: "offer-selected"}));
    g.replaceChildren(...children);
  };

  const draw = (state: Readonly<MesosSimState>) => {
    lastState = state;
    readState(state);
    const stride = Math.max(1, F) * LOAD_FIELDS;
    for (let a = 0; a < n; a++) {
      let changed = shownStatus[a] !== status[a] || (shownSelected !== selected && (agents[a]!.id === selected || agents[a]!.id === shownSelected));
      for (let k = a * stride; !changed && k < (a + 1) * stride; k++) changed = shown[k] !== load[k];
      if (!changed) continue;
      drawAgent(a);
      shown.set(load.subarray(a * stride, (a + 1) * stride), a * stride);
      shownStatus[a] = status[a]!;
    }
    shownSelected = selected;
  };

  return {
    element,
    mode,
    draw,
    setWidth(w) {
      box = layout(n, w, mode);
      build();
      if (lastState) draw(lastState);
    },
    select(id) {
      selected = id;
      if (lastState) draw(lastState);
    }
  };
}
