// Two roadmap charts. evoSlope: how items moved between the 1.7 and 1.8 roadmaps (one line per
// move, as thick as the number of items; buttons select a move). evoShipTimeline: each item on
// the release line 1.7 to 2.2 (with the bundled Mesos and Marathon versions) at the release it
// shipped in, coloured by its label, and a "never" column; end of life after 2.2.
import * as Plot from "@observablehq/plot";
import {describeRoadmapItem, roadmapMoves, type RoadmapMove} from "../lib/evolution/helpers.js";
import {HORIZONS, PHASE_CODES, PHASE_LABELS, type Horizon, type RoadmapItem} from "../lib/evolution/types.js";
import {KB_RELEASES} from "../lib/kb/views.js";
import {h} from "./dom.js";
import {figureFrame} from "./figure.js";
import {labelledSelect} from "./kbControls.js";
import {and, PHASE_COLORS} from "./evoShared.js";
import {HORIZON_TITLES} from "./evoRoadmap.js";

const NOT_LISTED = "not listed";
const MOVE_WORDS: Record<RoadmapMove, string> = {closer: "moved closer", same: "stayed", dropped: "dropped from the page", removed: "taken off the page"};

export interface MoveGroup {
  key: string;
  from: Horizon;
  to: Horizon | typeof NOT_LISTED;
  move: RoadmapMove;
  items: RoadmapItem[];
}

/** The moves between the two roadmaps, grouped by (from, to, kind of move). */
export function moveGroups(items: readonly RoadmapItem[]): MoveGroup[] {
  const groups = new Map<string, MoveGroup>();
  for (const m of roadmapMoves(items)) {
    const to = m.to ?? NOT_LISTED;
    const key = `${m.from}-${to}-${m.move}`;
    const group = groups.get(key) ?? {key, from: m.from, to, move: m.move, items: []};
    group.items.push(m.item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const title = (y: string) => (y === NOT_LISTED ? "Not listed" : HORIZON_TITLES[y as Horizon]);

export function groupSentence(g: MoveGroup): string {
  const n = `${g.items.length} item${g.items.length === 1 ? "" : "s"}`;
  const where = g.move === "same" ? `${title(g.from).toLowerCase()} on both` : `${title(g.from).toLowerCase()} in 1.7 to ${g.to === NOT_LISTED ? "not listed" : title(g.to).toLowerCase()} in 1.8`;
  return `${n} ${MOVE_WORDS[g.move]} (${where}): ${and(g.items.map((i) => i.name))}.`;
}

export function evoSlope(items: readonly RoadmapItem[], options: {width?: number} = {}): HTMLElement {
  const width = Math.max(420, Math.min(760, options.width ?? 640));
  const frame = figureFrame({
    title: "From the 1.7 roadmap to the 1.8 roadmap",
    description: "A slope chart: each line joins an item's horizon on the 1.7 roadmap to its horizon on the 1.8 roadmap, or to 'not listed'. Line width is the number of items. Buttons select a move.",
    className: "evo-slope",
    keep: 3
  });
  const groups = moveGroups(items);
  let selected = "";
  const y = [...HORIZONS, NOT_LISTED];
  const chart = h("div", {class: "evo-chart"});
  const buttons = groups.map((g) =>
    h("button", {type: "button", class: "wb-button evo-move", "data-move": g.key, "aria-pressed": "false", onclick: () => choose(g.key)}, `${title(g.from)} → ${g.to === NOT_LISTED ? "Not listed" : title(g.to)} · ${g.items.length}`)
  );
  frame.controls.append(h("span", {}, "Select a move: "), ...buttons);
  const list = h("p", {class: "evo-move-items"});
  frame.body.append(chart, list);

  function draw(): void {
    const segs = groups.map((g) => ({...g, x1: "1.7 roadmap", x2: "1.8 roadmap", to: g.to}));
    chart.replaceChildren(
      Plot.plot({
        width,
        height: 260,
        marginLeft: 100,
        marginRight: 100,
        marginTop: 30,
        style: {fontSize: "12px", background: "transparent", overflow: "visible"},
        ariaLabel: "Slope chart of roadmap moves",
        ariaDescription: groups.map(groupSentence).join(" "),
        x: {domain: ["1.7 roadmap", "1.8 roadmap"], axis: "top", label: null, padding: 0.1, tickSize: 0},
        y: {domain: y, label: null, tickFormat: title, tickSize: 0, padding: 0.3},
        color: {type: "identity"},
        marks: [
          ...[false, true].map((dashed) =>
            Plot.link(
              segs.filter((g) => (g.to === NOT_LISTED) === dashed),
              {
                x1: "x1",
                x2: "x2",
                y1: "from",
                y2: "to",
                stroke: (g: MoveGroup) => (g.move === "closer" ? "var(--c-master)" : g.move === "same" ? "var(--c-external)" : "var(--c-public-agent)"),
                strokeWidth: (g: MoveGroup) => 2 + g.items.length * 1.5,
                strokeOpacity: (g: MoveGroup) => (!selected || selected === g.key ? 0.9 : 0.2),
                strokeDasharray: dashed ? "6 4" : undefined,
                title: groupSentence
              }
            )
          ),
          Plot.dot(segs, {x: "x1", y: "from", r: 4, fill: "currentColor", ariaHidden: "true"}),
          Plot.dot(segs, {x: "x2", y: "to", r: 4, fill: "currentColor", ariaHidden: "true"}),
          ...segs.map((g) =>
            Plot.text([g], {
              x: "x2",
              y: "to",
              dx: 10,
              dy: g.move === "removed" ? 9 : g.move === "dropped" ? -6 : 0,
              textAnchor: "start",
              text: (d: MoveGroup) => `${d.items.length}`,
              fontWeight: 700,
              ariaHidden: "true"
            })
          )
        ]
      })
    );
  }

  function choose(key: string): void {
    selected = selected === key ? "" : key;
    buttons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.move === selected)));
    draw();
    const g = groups.find((x) => x.key === key)!;
    list.textContent = selected ? groupSentence(g) : "";
    if (selected) frame.narrate(groupSentence(g));
  }

  draw();
  return frame.root;
}

export interface ReleaseLike {
  kind: string;
  version?: string;
  mesos?: string | null;
  marathon?: string | null;
  ga?: string | null;
  date?: string;
}

const NEVER = "never";

/** "1.10.0-dev" → "1.10", "1.7.x" → "1.7": the release line, for a compact axis. */
export function minor(version: string): string {
  return version.split(".").slice(0, 2).join(".").replace(/-.*$/, "");
}

const shortName = (text: string, max = 34) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function evoShipTimeline(items: readonly RoadmapItem[], releases: readonly ReleaseLike[], options: {width?: number} = {}): HTMLElement {
  const width = Math.max(560, options.width ?? 760);
  const frame = figureFrame({
    title: "Did it ship?",
    description: "Each roadmap item on the release line from 1.7 to 2.2, at the release where it arrived, marked with its maturity label; items that never shipped sit in the last column. Under each release: its bundled Mesos and Marathon versions.",
    className: "evo-ship",
    keep: 3
  });
  const eol = releases.find((r) => r.kind === "end-of-life")?.date ?? "";
  const byVersion = new Map(releases.filter((r) => r.kind === "release").map((r) => [r.version!, r]));
  const order = [...items].sort((a, b) => rank(a) - rank(b));
  const itemSelect = labelledSelect("Item", [["", "None"], ...order.map((i) => [i.id, i.name] as const)], "", (v) => choose(v));
  itemSelect.select.classList.add("evo-ship-item");
  frame.controls.append(itemSelect.root);
  const chart = h("div", {class: "evo-chart"});
  const never = items.filter((i) => i.outcome.status === "never");
  const summary = h("p", {class: "evo-summary"}, `Never shipped (${never.length}): ${and(never.map((i) => i.name))}. DC/OS reached its end of life on ${eol}.`);
  const tableBody = h(
    "tbody",
    {},
    order.map((i) =>
      h(
        "tr",
        {"data-id": i.id},
        h("th", {scope: "row"}, i.name),
        h("td", {}, i.outcome.status === "never" ? "never" : i.outcome.release!),
        h("td", {}, i.outcome.phase ? PHASE_LABELS[i.outcome.phase] : "—"),
        h("td", {}, i.outcome.inferred ? "yes" : "no")
      )
    )
  );
  const table = h(
    "details",
    {class: "evo-table-alt"},
    h("summary", {}, "Table view"),
    h("table", {}, h("thead", {}, h("tr", {}, ["Item", "Arrived in", "Label", "Our reading?"].map((t) => h("th", {scope: "col"}, t)))), tableBody)
  );
  const releaseTable = h(
    "details",
    {class: "evo-table-alt"},
    h("summary", {}, "Releases with their bundled Mesos and Marathon"),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, ["Release", "GA date", "Mesos", "Marathon"].map((t) => h("th", {scope: "col"}, t)))),
      h("tbody", {}, KB_RELEASES.map((v) => {
        const r = byVersion.get(v);
        return h("tr", {}, h("th", {scope: "row"}, v), h("td", {}, r?.ga ?? "not stated"), h("td", {}, r?.mesos ?? "—"), h("td", {}, r?.marathon ?? "—"));
      }))
    )
  );
  frame.body.append(summary, chart, table, releaseTable);
  let selected = "";

  function rank(i: RoadmapItem): number {
    return i.outcome.status === "never" ? 100 : (KB_RELEASES as readonly string[]).indexOf(i.outcome.release!);
  }

  function draw(): void {
    const domain = [...KB_RELEASES, NEVER];
    const tick = (v: string) => {
      if (v === NEVER) return "never";
      const r = byVersion.get(v);
      return [v, r?.mesos ? `M ${minor(r.mesos)}` : "", r?.marathon ? `Mt ${minor(r.marathon)}` : ""].filter(Boolean).join("\n");
    };
    const pts = order.map((i) => ({item: i, x: i.outcome.status === "never" ? NEVER : i.outcome.release!, y: i.name}));
    chart.replaceChildren(
      Plot.plot({
        width,
        height: order.length * 22 + 90,
        marginLeft: Math.min(250, width * 0.34),
        marginRight: 24,
        marginTop: 56,
        marginBottom: 34,
        style: {fontSize: "12px", background: "transparent", overflow: "visible"},
        ariaLabel: "Roadmap items by the release they shipped in",
        ariaDescription: order.map(describeRoadmapItem).join(" "),
        x: {domain, axis: "top", label: null, tickFormat: tick, tickSize: 0, padding: 0.1},
        y: {domain: order.map((i) => i.name), label: null, tickSize: 0, tickFormat: (d: string) => shortName(d)},
        color: {type: "identity"},
        marks: [
          Plot.ruleX([NEVER], {stroke: "var(--c-line)", strokeWidth: 30, strokeOpacity: 0.5, ariaHidden: "true"}),
          Plot.gridY(order.map((i) => i.name), {stroke: "var(--c-line)", strokeOpacity: 0.6}),
          selected ? Plot.ruleY([order.find((i) => i.id === selected)!.name], {stroke: "var(--c-highlight)", strokeWidth: 20, strokeOpacity: 0.5, ariaHidden: "true"}) : null,
          ...[false, true].map((inferred) =>
            Plot.dot(
              pts.filter((p) => p.item.outcome.status === "shipped" && p.item.outcome.inferred === inferred),
              {
                x: "x",
                y: "y",
                r: 9,
                fill: (p: {item: RoadmapItem}) => (p.item.outcome.phase ? PHASE_COLORS[p.item.outcome.phase] : "var(--c-panel)"),
                fillOpacity: 0.55,
                stroke: (p: {item: RoadmapItem}) => (p.item.outcome.phase ? PHASE_COLORS[p.item.outcome.phase] : "currentColor"),
                strokeWidth: 1.5,
                strokeDasharray: inferred ? "3 2" : undefined,
                title: (p: {item: RoadmapItem}) => describeRoadmapItem(p.item)
              }
            )
          ),
          Plot.text(pts.filter((p) => p.item.outcome.status === "shipped"), {x: "x", y: "y", text: (p: {item: RoadmapItem}) => (p.item.outcome.phase ? PHASE_CODES[p.item.outcome.phase] : "–"), fontWeight: 700, fontSize: 10, fill: "currentColor", ariaHidden: "true"}),
          Plot.text(pts.filter((p) => p.item.outcome.status === "never"), {x: "x", y: "y", text: () => "✗", fontSize: 16, fontWeight: 700, fill: "var(--c-bad)", title: (p: {item: RoadmapItem}) => describeRoadmapItem(p.item)}),
          Plot.text([`End of life ${eol} →`], {frameAnchor: "bottom-right", dy: 22, fontStyle: "italic", fill: "currentColor"})
        ]
      })
    );
  }

  function choose(id: string): void {
    selected = id;
    itemSelect.select.value = id;
    draw();
    tableBody.querySelectorAll("tr").forEach((tr) => tr.classList.toggle("is-selected", tr.getAttribute("data-id") === id));
    if (id) frame.narrate(describeRoadmapItem(items.find((i) => i.id === id)!));
  }

  draw();
  return frame.root;
}
