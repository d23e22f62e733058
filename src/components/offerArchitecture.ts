// Mesos's architecture example, stepped: a message-sequence drawing beside the agent's resources,
// both drawn from the trace of the `architecture-example` scenario, one trace event per step, with
// each step's sentence shown and narrated.
import type {MesosTraceEvent} from "../lib/mesos/events.js";
import type {MesosTrace} from "../lib/mesos/simulate.js";
import type {MesosSimState} from "../lib/mesos/state.js";
import {mesosShares} from "../lib/mesos/view.js";
import {archCodec} from "../lib/mesos/url.js";
import {h} from "./dom.js";
import {figureFrame} from "./figure.js";
import {agentBars, agentSegments} from "./offerBars.js";
import {stepPlayer, type StepPlayer} from "./offerPlayer.js";
import {sequenceItem, sequenceLanes, sequenceSvg} from "./offerSequence.js";
import {linkNotice, momentFromPage, shareBar} from "./shareLink.js";
import {formatCpus, formatFraction, formatMem, formatResources, formatTime, frameworkColour, observeWidth} from "./offerShared.js";

export interface ArchitectureOptions {
  width?: number;
  /** Milliseconds between steps while playing. */
  intervalMs?: number;
  /** Start at this step (0-based; default: before the first). */
  start?: number;
}

/** The events worth a step: everything up to the last one that is not a bare allocation round. */
export function architectureSteps(trace: MesosTrace): MesosTraceEvent[] {
  let last = trace.events.length - 1;
  while (last > 0 && trace.events[last]!.kind === "allocation") last--;
  return trace.events.slice(0, last + 1);
}

/**
 * The event whose state the bars show at step `index`. An ACCEPT carries its LAUNCH operations
 * (scheduler API), so at an accept the bars already show the tasks it launches; otherwise the
 * resources would look free for the instant between the two events.
 */
export function shownSeq(steps: readonly MesosTraceEvent[], index: number): number {
  const event = steps[index]!;
  let seq = event.seq;
  if (event.kind !== "accept") return seq;
  for (let i = index + 1; i < steps.length; i++) {
    const next = steps[i]!;
    if (next.kind !== "launch" || next.data.offerId !== event.data.offerId) break;
    seq = next.seq;
  }
  return seq;
}

export type ArchitectureFigure = HTMLElement & {player: StepPlayer};

export function offerArchitectureFigure(trace: MesosTrace, {width = 600, intervalMs = 1400, start = -1}: ArchitectureOptions = {}): ArchitectureFigure {
  const frameworks = trace.scenario.frameworks.map((f) => f.name);
  const agentId = trace.scenario.agents[0]!.id;
  const agentTotal = trace.scenario.agents[0]!.resources;
  const fwIndex = (id: string) => Math.max(0, frameworks.indexOf(id));
  const steps = architectureSteps(trace);
  const lanes = sequenceLanes(frameworks, agentId);

  const frame = figureFrame({
    title: "The architecture example, one message at a time",
    description: `A message-sequence diagram with lanes for ${lanes.map((l) => `${l.title} (${l.subtitle})`).join(", ")}, beside two bars showing what holds ${agentId}'s CPUs and memory. Step through the ${steps.length} events with the buttons, or focus the diagram and use the left and right arrow keys; Home goes back to the start.`,
    keep: 1,
    visibleLog: false,
    className: "offer-arch"
  });

  const seqBox = h("div", {class: "offer-arch-seq"});
  const barsBox = h("div", {class: "offer-arch-bars"});
  const summary = h("ul", {class: "offer-arch-summary"});
  const fwTable = h("tbody");
  const cluster = h(
    "div",
    {class: "offer-arch-cluster"},
    h("div", {class: "offer-arch-agent"}, h("h4", {class: "offer-agent-title"}, `${agentId}: ${formatResources(agentTotal)}`), barsBox, summary),
    h(
      "table",
      {class: "offer-arch-frameworks"},
      h("caption", {}, "Frameworks as the allocator sees them"),
      h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Framework"), h("th", {scope: "col"}, "Tasks"), h("th", {scope: "col"}, "Holds (tasks + offers)"), h("th", {scope: "col"}, "Dominant share"))),
      fwTable
    )
  );
  const stage = h(
    "div",
    {class: "offer-arch-stage", tabindex: 0, role: "group", "aria-label": "Message sequence and agent resources. Left and right arrow keys step; Home and End jump to the start and end."},
    seqBox,
    cluster
  );
  const explain = h("p", {class: "offer-explain"});

  let bodyWidth = width;
  const draw = (state: Readonly<MesosSimState>, index: number) => {
    // Beside the agent panel when there is room for both, else the full width above it.
    const seqWidth = Math.round(Math.max(560, Math.min(760, bodyWidth >= 560 + 350 ? bodyWidth - 350 : bodyWidth - 8)));
    seqBox.replaceChildren(sequenceSvg(lanes, steps, index, {width: seqWidth, frameworkIndex: fwIndex}));
    const segments = agentSegments(state, agentId, fwIndex);
    barsBox.replaceChildren(agentBars(agentTotal, segments, {width: 320, short: (l) => l.replace(/^.*?(\d+\.\d+)$/, "task $1")}));
    const agent = state.agents[agentId];
    const used = agent ? agent.allocated : {cpus: 0, mem: 0};
    const offers = segments.filter((x) => x.kind === "offer");
    const free = agent ? {cpus: agent.total.cpus - agent.allocated.cpus - agent.offered.cpus, mem: agent.total.mem - agent.allocated.mem - agent.offered.mem} : {cpus: 0, mem: 0};
    summary.replaceChildren(
      h("li", {class: "offer-arch-used"}, agent ? `Used by tasks: ${formatResources(used)}` : `${agentId} has not registered yet`),
      ...offers.map((o) =>
        h("li", {class: "offer-arch-offered"}, h("span", {class: "offer-swatch is-offer", style: `--swatch:${frameworkColour(o.frameworkIndex)}`}), `Offered to ${o.label}: ${formatResources(o)}`)
      ),
      ...(agent && !offers.length ? [h("li", {class: "offer-arch-offered"}, "No outstanding offer")] : []),
      ...(agent ? [h("li", {class: "offer-arch-free"}, `Free: ${formatCpus(free.cpus)}, ${formatMem(free.mem)}`)] : [])
    );
    const shares = mesosShares(state as MesosSimState).frameworks;
    fwTable.replaceChildren(
      ...frameworks.map((id, i) => {
        const share = shares.find((x) => x.id === id);
        const tasks = Object.values(state.tasks).filter((t) => t.frameworkId === id).length;
        return h(
          "tr",
          {},
          h("th", {scope: "row"}, h("span", {class: "offer-swatch", style: `--swatch:${frameworkColour(i)}`}), id),
          h("td", {}, share ? String(tasks) : "not subscribed"),
          h("td", {}, share ? formatResources(share.holding) : "–"),
          h("td", {}, share ? formatFraction(share.share) : "–")
        );
      })
    );
    explain.replaceChildren(
      index < 0
        ? "Nothing has happened yet. Press Step (or focus the diagram and press the right arrow) to see the first message."
        : h("span", {}, h("strong", {}, `${formatTime(steps[index]!.time)} · `), steps[index]!.explain)
    );
  };

  const player = stepPlayer({
    count: steps.length,
    keyTarget: stage,
    intervalMs,
    start,
    onChange: (index, announce) => {
      draw(index < 0 ? trace.viewAfter(-1) : trace.viewAfter(shownSeq(steps, index)), index);
      if (announce) frame.narrate(index < 0 ? "Back to the start." : `Step ${index + 1}, at ${formatTime(steps[index]!.time)}: ${steps[index]!.explain}`);
    }
  });

  const table = h(
    "details",
    {class: "offer-table"},
    h("summary", {}, "Every step as a table"),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Step"), h("th", {scope: "col"}, "Time"), h("th", {scope: "col"}, "Message"), h("th", {scope: "col"}, "What happens"))),
      h(
        "tbody",
        {},
        steps.map((e, i) => {
          const item = sequenceItem(e);
          const who = item.kind === "note" ? `(${lanes.find((l) => l.id === item.lane)?.title})` : `${laneName(lanes, item.from)} → ${laneName(lanes, item.to)}`;
          return h("tr", {}, h("td", {}, String(i + 1)), h("td", {}, formatTime(e.time)), h("td", {}, `${item.label} ${who}`), h("td", {}, e.explain));
        })
      )
    )
  );

  observeWidth(frame.body, (w) => {
    bodyWidth = w;
    const index = player.index();
    draw(index < 0 ? trace.viewAfter(-1) : trace.viewAfter(shownSeq(steps, index)), index);
  });

  // A link to a moment (?arch=v1,n:16) opens the figure at that step, paused.
  const codec = archCodec(steps.length);
  const linked = momentFromPage(codec);
  if (linked?.ok) player.setCount(steps.length, linked.value.step - 1);
  const share = shareBar(codec, () => ({step: player.index() + 1}), frame.narrate);
  frame.controls.append(player.controls, share.element);
  if (linked && !linked.ok) frame.body.append(linkNotice(linked.problem));
  frame.body.append(explain, stage, table);
  return Object.assign(frame.root, {player});
}

function laneName(lanes: readonly {id: string; title: string}[], id: string): string {
  return lanes.find((l) => l.id === id)?.title ?? id;
}
