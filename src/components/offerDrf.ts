// Dominant Resource Fairness made visible: progressive filling of the DRF paper's example (or the
// reader's own numbers), one task per step to the user with the lowest dominant share. An SVG
// line chart of each user's dominant share per step, a bar chart of the cluster filling, a
// table of the allocation, and the reason for each step narrated.
import {drfProgressiveFilling, type DrfFillingResult} from "../lib/mesos/progressive-filling.js";
import {drfCodec} from "../lib/mesos/url.js";
import {h, s} from "./dom.js";
import {errorBox, figureFrame} from "./figure.js";
import {stepPlayer} from "./offerPlayer.js";
import {formatFraction, frameworkColour, numberField, observeWidth, readNumber} from "./offerShared.js";
import {linkNotice, momentFromPage, shareBar} from "./shareLink.js";
import {chartFrame, stepPath} from "./svgChart.js";

/** Amounts in CPUs and GB. */
export type DrfAmounts = {
  cpus: number;
  mem: number;
};

export interface DrfFigureOptions {
  total?: DrfAmounts;
  demands?: {A: DrfAmounts; B: DrfAmounts};
  width?: number;
  intervalMs?: number;
}

/** The DRF paper's example (Ghodsi et al., NSDI 2011). */
export const DRF_PAPER = {total: {cpus: 9, mem: 18}, demands: {A: {cpus: 1, mem: 4}, B: {cpus: 3, mem: 1}}};
const USERS = ["A", "B"] as const;
const MAX_STEPS = 200;
const RES = [
  {key: "cpus", name: "CPUs", unit: (v: number) => `${num(v)} ${v === 1 ? "CPU" : "CPUs"}`},
  {key: "mem", name: "Memory", unit: (v: number) => `${num(v)} GB`}
] as const;

const num = (v: number) => String(Math.round(v * 1000) / 1000);
const shape = (d: DrfAmounts) => `‹${RES[0].unit(d.cpus)}, ${RES[1].unit(d.mem)}›`;

/** Tasks, use and shares after `index` steps have happened (index -1: none). */
export function drfAt(result: DrfFillingResult, demands: Record<string, DrfAmounts>, index: number) {
  const tasks: Record<string, number> = {A: 0, B: 0};
  for (let i = 0; i <= index; i++) tasks[result.steps[i]!.user]!++;
  const shares = index < 0 ? {A: 0, B: 0} : result.steps[index]!.dominantShares;
  const used = Object.fromEntries(USERS.map((u) => [u, {cpus: demands[u]!.cpus * tasks[u]!, mem: demands[u]!.mem * tasks[u]!}])) as Record<string, DrfAmounts>;
  return {tasks, shares: shares as Record<string, number>, used};
}

/** Why step `index` went to its user, and what it changed, in words. */
export function explainDrfStep(result: DrfFillingResult, total: DrfAmounts, demands: Record<string, DrfAmounts>, index: number): string {
  const step = result.steps[index]!;
  const u = step.user;
  const other = u === "A" ? "B" : "A";
  const before = drfAt(result, demands, index - 1);
  const free = {cpus: total.cpus - before.used.A!.cpus - before.used.B!.cpus, mem: total.mem - before.used.A!.mem - before.used.B!.mem};
  const taskShare = (x: string) => Math.max(demands[x]!.cpus / total.cpus, demands[x]!.mem / total.mem);
  const bs = (x: string) => formatFraction(before.shares[x]!);
  let why: string;
  if (before.shares[u]! < before.shares[other]! - 1e-12) why = `${u} has the lower dominant share (${bs(u)} against ${bs(other)})`;
  else if (Math.abs(before.shares[u]! - before.shares[other]!) <= 1e-12) {
    const fits = RES.every((r) => demands[other]![r.key] <= free[r.key] + 1e-9);
    why = !fits
      ? `${other}'s next task does not fit any more`
      : taskShare(u) > taskShare(other)
        ? `${u} and ${other} tie at ${bs(u)}; the tie goes to ${u}, whose task is the larger share of the cluster`
        : `${u} and ${other} tie at ${bs(u)}; the tie goes to ${u}, listed first`;
  } else {
    const short = RES.find((r) => demands[other]![r.key] > free[r.key] + 1e-9);
    why = `${other} has the lower share (${bs(other)}), but its next task needs ${short ? short.unit(demands[other]![short.key]) : "more"} and only ${short ? short.unit(free[short.key]) : "less"} ${short && free[short.key] === 1 ? "is" : "are"} free`;
  }
  const resource = result.dominantResources[u] === "cpus" ? "CPUs" : "memory";
  return `Step ${index + 1}: ${why}, so ${u} gets a task ${shape(demands[u]!)}. ${u}'s dominant share (${resource}) rises to ${formatFraction(step.share)}; ${other} stays at ${formatFraction(step.dominantShares[other]!)}.`;
}

/** What stops the filling after the last step. */
export function explainDrfEnd(result: DrfFillingResult, demands: Record<string, DrfAmounts>): string {
  const free = {cpus: result.free.cpus ?? 0, mem: result.free.mem ?? 0};
  const need = USERS.map((u) => `${u} needs ${shape(demands[u]!)}`).join(" and ");
  return `No further task fits: ${need}, and only ${RES[0].unit(free.cpus)} and ${RES[1].unit(free.mem)} are free. Final dominant shares: A ${formatFraction(result.dominantShares.A!)}, B ${formatFraction(result.dominantShares.B!)}.`;
}

export type DrfFigure = HTMLElement & {player: ReturnType<typeof stepPlayer>};

export function offerDrfFigure({total = DRF_PAPER.total, demands = DRF_PAPER.demands, width = 640, intervalMs = 1200}: DrfFigureOptions = {}): DrfFigure {
  const frame = figureFrame({
    title: "DRF by progressive filling",
    description:
      "Two users share a cluster. At each step the user with the lower dominant share gets one more task. A line chart shows both users' dominant shares step by step; a bar chart shows how much of the cluster's CPUs and memory each user holds. Change the numbers to see a new allocation. Step with the buttons, or focus the charts and use the arrow keys.",
    keep: 1,
    visibleLog: false,
    className: "offer-drf"
  });

  const fields = {
    totalCpus: numberField("Cluster CPUs", total.cpus, {min: 0.1, step: "any", "data-field": "total-cpus"}),
    totalMem: numberField("Cluster memory (GB)", total.mem, {min: 0.1, step: "any", "data-field": "total-mem"}),
    aCpus: numberField("A: CPUs per task", demands.A.cpus, {min: 0.1, step: "any", "data-field": "a-cpus"}),
    aMem: numberField("A: memory per task (GB)", demands.A.mem, {min: 0.1, step: "any", "data-field": "a-mem"}),
    bCpus: numberField("B: CPUs per task", demands.B.cpus, {min: 0.1, step: "any", "data-field": "b-cpus"}),
    bMem: numberField("B: memory per task (GB)", demands.B.mem, {min: 0.1, step: "any", "data-field": "b-mem"})
  };
  const inputs = h(
    "fieldset",
    {class: "offer-drf-inputs"},
    h("legend", {}, "The cluster and each user's task"),
    h("div", {class: "offer-field-row"}, fields.totalCpus.label, fields.totalMem.label),
    h("div", {class: "offer-field-row"}, h("span", {class: "offer-swatch", style: `--swatch:${frameworkColour(0)}`}), fields.aCpus.label, fields.aMem.label),
    h("div", {class: "offer-field-row"}, h("span", {class: "offer-swatch", style: `--swatch:${frameworkColour(1)}`}), fields.bCpus.label, fields.bMem.label),
    h("button", {type: "button", class: "wb-button", "data-action": "paper"}, "Back to the paper's numbers")
  );
  const message = h("div", {class: "offer-drf-message", "aria-live": "polite"});
  const explain = h("p", {class: "offer-explain"});
  const charts = h("div", {class: "offer-drf-charts", tabindex: 0, role: "group", "aria-label": "DRF charts. Left and right arrow keys step; Home and End jump to the start and end."});
  const tbody = h("tbody");
  const table = h(
    "table",
    {class: "offer-drf-table"},
    h("caption", {}, "The allocation at this step"),
    h(
      "thead",
      {},
      h("tr", {}, ...["User", "Task", "Dominant resource", "Tasks", "CPUs held", "Memory held", "Dominant share"].map((t) => h("th", {scope: "col"}, t)))
    ),
    tbody
  );

  let current = {total, demands: {A: demands.A, B: demands.B} as Record<string, DrfAmounts>, result: drfProgressiveFilling(total, demands)};
  let chartWidth = width;

  const render = (index: number) => {
    const {result, demands: d, total: t} = current;
    const n = result.steps.length;
    const at = drfAt(result, d, index);
    const rows = [{step: 0, user: "A", share: 0}, {step: 0, user: "B", share: 0}];
    for (let i = 0; i <= index; i++) for (const u of USERS) rows.push({step: i + 1, user: u, share: result.steps[i]!.dominantShares[u]!});
    const colourOf = (u: string) => frameworkColour(u === "A" ? 0 : 1);
    const wide = chartWidth >= 700;
    const w = wide ? Math.floor((chartWidth - 24) / 2) : chartWidth;
    const shares = chartFrame({
      width: w,
      height: 260,
      margin: {left: 44, right: 56},
      ariaLabel: "Dominant share of each user after each step",
      x: {domain: [0, Math.max(1, n)], label: "step →", ticks: Math.min(n, 10), format: (v) => (Number.isInteger(v) ? String(v) : "")},
      y: {domain: [0, 1], label: "↑ dominant share", grid: true, format: (v) => formatFraction(v, 4)}
    });
    const ink = "var(--theme-foreground)";
    shares.marks.append(s("line", {x1: shares.x(index + 1), x2: shares.x(index + 1), y1: shares.y(0), y2: shares.y(1), stroke: ink, "stroke-dasharray": "3 3"}));
    for (const u of USERS) {
      const pts = rows.filter((r) => r.user === u).map((r) => [r.step, r.share] as const);
      shares.marks.append(s("path", {d: stepPath(pts, shares.x, shares.y), fill: "none", stroke: colourOf(u), "stroke-width": 3}));
      for (const [px, py] of pts) shares.marks.append(s("circle", {cx: shares.x(px), cy: shares.y(py), r: 4, fill: colourOf(u)}));
      const [lx, ly] = pts[pts.length - 1]!;
      shares.marks.append(s("text", {x: shares.x(lx) + 8, y: shares.y(ly) + (u === "A" ? -10 : 14), fill: ink, "font-weight": 600}, `${u} ${formatFraction(ly)}`));
    }
    const bars: {resource: string; user: string; x1: number; x2: number; label: string}[] = [];
    for (const r of RES) {
      let x = 0;
      for (const u of USERS) {
        const v = at.used[u]![r.key];
        if (v > 0) bars.push({resource: r.name, user: u, x1: x, x2: x + v / t[r.key], label: `${u}: ${r.unit(v)}`});
        x += v / t[r.key];
      }
    }
    const filling = chartFrame({
      width: w,
      height: 260,
      margin: {left: 64, right: 22, top: 30, bottom: 44},
      ariaLabel: "How much of the cluster's CPUs and memory each user holds",
      x: {domain: [0, 1], label: "fraction of the cluster →", grid: true, format: (v) => `${Math.round(v * 100)}%`},
      y: {domain: [0, 1], ticks: 0}
    });
    const band = (i: number) => filling.y(1) + ((filling.y(0) - filling.y(1)) * (i * 2 + 1)) / 4;
    const barH = 46;
    RES.forEach((r, i) => {
      const cy = band(i);
      filling.marks.append(
        s("text", {x: 58, y: cy + 4, "text-anchor": "end", fill: ink}, r.name),
        s("rect", {x: filling.x(0), y: cy - barH / 2, width: filling.x(1) - filling.x(0), height: barH, fill: "var(--c-panel)", stroke: "var(--c-line)"}),
        s("text", {x: filling.x(1), y: cy - barH / 2 - 6, "text-anchor": "end", fill: ink}, `${num(at.used.A![r.key] + at.used.B![r.key])} of ${r.unit(t[r.key])} used`)
      );
      for (const b of bars.filter((b) => b.resource === r.name)) {
        filling.marks.append(s("rect", {x: filling.x(b.x1), y: cy - barH / 2, width: filling.x(b.x2) - filling.x(b.x1), height: barH, fill: colourOf(b.user), stroke: "var(--theme-background)", "stroke-width": 1.5}));
      }
      for (const b of bars.filter((b) => b.resource === r.name)) {
        filling.marks.append(
          s("text", {x: filling.x((b.x1 + b.x2) / 2), y: cy + 4, "text-anchor": "middle", fill: ink, "font-weight": 700, stroke: "var(--theme-background)", "stroke-width": 4, "paint-order": "stroke"}, b.label)
        );
      }
    });
    charts.replaceChildren(h("div", {class: "offer-drf-chart"}, shares.svg), h("div", {class: "offer-drf-chart"}, filling.svg));
    charts.classList.toggle("is-wide", wide);
    tbody.replaceChildren(
      ...USERS.map((u, i) =>
        h(
          "tr",
          {"data-user": u},
          h("th", {scope: "row"}, h("span", {class: "offer-swatch", style: `--swatch:${frameworkColour(i)}`}), u),
          h("td", {}, shape(d[u]!)),
          h("td", {}, result.dominantResources[u] === "cpus" ? "CPUs" : "memory"),
          h("td", {}, String(at.tasks[u])),
          h("td", {}, RES[0].unit(at.used[u]!.cpus)),
          h("td", {}, RES[1].unit(at.used[u]!.mem)),
          h("td", {class: "offer-drf-share"}, formatFraction(at.shares[u]!))
        )
      )
    );
    explain.textContent =
      index < 0
        ? n
          ? `Nobody holds anything yet: both dominant shares are 0. Press Step to give out the first task (${n} steps in all).`
          : "Neither user's task fits in this cluster, so nothing can be allocated."
        : explainDrfStep(result, t, d, index) + (index === n - 1 ? ` ${explainDrfEnd(result, d)}` : "");
  };

  const player = stepPlayer({
    count: current.result.steps.length,
    keyTarget: charts,
    intervalMs,
    onChange: (index, announce) => {
      render(index);
      if (announce) frame.narrate(explain.textContent ?? "");
    }
  });

  const recompute = () => {
    const read = (f: {input: HTMLInputElement}) => readNumber(f.input);
    const values = {
      "Cluster CPUs": read(fields.totalCpus),
      "Cluster memory": read(fields.totalMem),
      "A's CPUs per task": read(fields.aCpus),
      "A's memory per task": read(fields.aMem),
      "B's CPUs per task": read(fields.bCpus),
      "B's memory per task": read(fields.bMem)
    };
    const bad = Object.entries(values).filter(([, v]) => v === undefined || !(v > 0));
    for (const f of Object.values(fields)) f.input.removeAttribute("aria-invalid");
    Object.values(fields).forEach((f) => {
      const v = read(f);
      if (v === undefined || !(v > 0)) f.input.setAttribute("aria-invalid", "true");
    });
    if (bad.length) {
      message.replaceChildren(errorBox(`${bad.map(([k]) => k).join(", ")}: ${bad.length === 1 ? "needs" : "need"} a number above 0. The charts still show the last valid numbers.`));
      return;
    }
    const t = {cpus: values["Cluster CPUs"]!, mem: values["Cluster memory"]!};
    const d = {A: {cpus: values["A's CPUs per task"]!, mem: values["A's memory per task"]!}, B: {cpus: values["B's CPUs per task"]!, mem: values["B's memory per task"]!}};
    const result = drfProgressiveFilling(t, d, {maxSteps: MAX_STEPS + 1});
    if (result.steps.length > MAX_STEPS) {
      message.replaceChildren(errorBox(`These numbers need more than ${MAX_STEPS} steps to fill the cluster: use bigger tasks or a smaller cluster. The charts still show the last valid numbers.`));
      return;
    }
    message.replaceChildren();
    current = {total: t, demands: d, result};
    player.setCount(result.steps.length, result.steps.length - 1);
    frame.narrate(
      result.steps.length
        ? `New allocation in ${result.steps.length} steps: A gets ${result.tasks.A} tasks and B ${result.tasks.B}; dominant shares A ${formatFraction(result.dominantShares.A!)}, B ${formatFraction(result.dominantShares.B!)}.`
        : "Neither user's task fits in this cluster, so nothing is allocated."
    );
  };
  inputs.addEventListener("input", recompute);
  inputs.querySelector("[data-action=paper]")!.addEventListener("click", () => {
    fields.totalCpus.input.value = "9";
    fields.totalMem.input.value = "18";
    fields.aCpus.input.value = "1";
    fields.aMem.input.value = "4";
    fields.bCpus.input.value = "3";
    fields.bMem.input.value = "1";
    recompute();
  });

  observeWidth(frame.body, (w) => {
    if (Math.abs(w - chartWidth) < 8) return;
    chartWidth = w;
    render(player.index());
  });

  // A link to a moment (?drf=v1,c:9~18,a:1~4,b:3~1,n:2) fills in its numbers and opens at its step.
  const codec = drfCodec("drf", MAX_STEPS);
  const linked = momentFromPage(codec);
  let notice: HTMLElement | null = linked && !linked.ok ? linkNotice(linked.problem) : null;
  if (linked?.ok) {
    const m = linked.value;
    const result = drfProgressiveFilling(m.total, m.demands, {maxSteps: MAX_STEPS + 1});
    if (result.steps.length > MAX_STEPS || m.step > result.steps.length) {
      notice = linkNotice(m.step > result.steps.length ? `step (n): these numbers have only ${result.steps.length} steps` : `these numbers need more than ${MAX_STEPS} steps`);
    } else {
      const values = [m.total.cpus, m.total.mem, m.demands.A.cpus, m.demands.A.mem, m.demands.B.cpus, m.demands.B.mem];
      [fields.totalCpus, fields.totalMem, fields.aCpus, fields.aMem, fields.bCpus, fields.bMem].forEach((f, i) => (f.input.value = String(values[i])));
      current = {total: m.total, demands: {A: m.demands.A, B: m.demands.B}, result};
      player.setCount(result.steps.length, m.step - 1);
    }
  }
  const share = shareBar(codec, () => ({total: current.total, demands: {A: current.demands.A!, B: current.demands.B!}, step: player.index() + 1}), frame.narrate);
  frame.controls.append(inputs);
  frame.body.append(player.controls, share.element, ...(notice ? [notice] : []), message, explain, charts, table);
  return Object.assign(frame.root, {player});
}
