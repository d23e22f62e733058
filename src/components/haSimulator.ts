// The HA simulator: pick a preset, change the timeouts or the number of masters, scrub or play the
// cluster's time, and strike the cluster yourself. A fault you add goes into the scenario's schedule
// at the current time and the whole run is replayed from it, so the same clicks give the same story.
import {
  AGENT_PING_TIMEOUT_MS,
  MASTER_COUNTS,
  ZK_SESSION_TIMEOUT_MS,
  haScenarios,
  haTimeline,
  parseHaTarget,
  resolveHaScenario,
  runHa,
  type HaFaultAction,
  type HaScenario,
  type HaTrace
} from "../lib/ha/index.js";
import type {HaMoment} from "../lib/ha/url.js";
import {h, prefersReducedMotion, uniqueId} from "./dom.js";
import type {HaFork} from "./haFork.js";
import {figureFrame} from "./figure.js";
import {haActionsFor, haCluster} from "./haCluster.js";
import {HA_PRESET_LABELS, HA_PRESET_NAMES} from "./haPresets.js";
import {faultText, recentEvents, recoveryList, recoveryNumbers, secs, statusText} from "./haSimParts.js";
import {haTimeControls} from "./haTimeControls.js";
import {haTimelineChart, type HaTimelineChartElement} from "./haTimelineChart.js";

export interface HaSimulatorOptions {
  title?: string;
  /** The presets offered as buttons (default: all). */
  presets?: readonly string[];
  initial?: string;
  width?: number;
  /** Play as a smooth sweep (default), or jump event to event (reduced motion). */
  animate?: boolean;
  /** The URL parameter holding this simulator's moment (unique on the page; default: its first preset). */
  shareKey?: string;
}

export type HaSimulatorElement = HTMLElement & {load(name: string): void; seek(time: number): void; readonly time: number; readonly trace: HaTrace};

const ACTION_LABELS: Readonly<Record<HaFaultAction, string>> = {kill: "Kill", restart: "Restart", partition: "Cut off", heal: "Reconnect", hang: "Make it hang"};
const SESSION_CHOICES = [4000, 6000, 10_000, 20_000, 40_000];
const PING_CHOICES = [1000, 5000, 15_000, 30_000, 60_000];

/** Faults whose targets exist in the cluster `s` describes. */
function validFaults(s: HaScenario): NonNullable<HaScenario["faults"]> {
  const shape = resolveHaScenario({...s, faults: []});
  return (s.faults ?? []).filter((f) => parseHaTarget(f.target, shape));
}

/** The same run with the preset's number of masters and the default timeouts, for comparison. */
function defaults(s: HaScenario): HaScenario {
  const {zkSessionTimeoutMs: _a, agentPingTimeoutMs: _b, ...rest} = s.parameters ?? {};
  const plain: HaScenario = {...s, masters: (haScenarios as Record<string, HaScenario>)[s.name ?? ""]?.masters ?? 3, parameters: rest};
  return {...plain, faults: validFaults(plain)};
}

function select(id: string, label: string, values: readonly number[], format: (v: number) => string, value: number): [HTMLLabelElement, HTMLSelectElement] {
  const el = h("select", {id}, values.map((v) => h("option", {value: String(v), selected: v === value}, format(v))));
  return [h("label", {for: id}, label), el];
}

export function haSimulator({title = "Cluster simulator", presets = HA_PRESET_NAMES, initial, width = 760, animate = !prefersReducedMotion(), shareKey}: HaSimulatorOptions = {}): HaSimulatorElement {
  const frame = figureFrame({
    title,
    description:
      "A simulated DC/OS cluster: ZooKeeper, Mesos masters and Marathon on master nodes, agents with tasks in three zones. Choose a preset or strike a node yourself; the timeline below shows who leads, how each agent stands and the tasks by state over cluster time, which you can scrub.",
    keep: 6
  });
  const id = uniqueId("ha-sim");
  const library = haScenarios as Readonly<Record<string, HaScenario>>;
  let name = initial && library[initial] ? initial : presets[0]!;
  let scenario: HaScenario = structuredClone(library[name]!);
  let trace!: HaTrace;
  let base: ReturnType<typeof recoveryNumbers> | null = null;
  let time = 0;
  let selected: string | null = null;
  let chart: HaTimelineChartElement | null = null;
  let chartWidth = width;

  const presetBar = h("div", {class: "ha-presets", role: "group", "aria-label": "Presets"});
  const presetButtons = presets.map((p) => {
    const b = h("button", {type: "button", class: "wb-button ha-preset", "data-preset": p, "aria-pressed": "false"}, HA_PRESET_LABELS[p as keyof typeof HA_PRESET_LABELS] ?? p);
    b.addEventListener("click", () => load(p));
    return b;
  });
  presetBar.append(...presetButtons);
  const description = h("p", {class: "ha-description"});
  const [sessionLabel, sessionSelect] = select(`${id}-session`, "ZooKeeper session timeout", SESSION_CHOICES, (v) => `${v / 1000} s${v === ZK_SESSION_TIMEOUT_MS ? " (default)" : ""}`, ZK_SESSION_TIMEOUT_MS);
  const [pingLabel, pingSelect] = select(`${id}-ping`, "Agent ping timeout", PING_CHOICES, (v) => `${v / 1000} s${v === AGENT_PING_TIMEOUT_MS ? " (default)" : ""}`, AGENT_PING_TIMEOUT_MS);
  const [mastersLabel, mastersSelect] = select(`${id}-masters`, "Master nodes", MASTER_COUNTS, String, 3);
  const knobs = h("div", {class: "wb-controls ha-knobs"}, sessionLabel, sessionSelect, pingLabel, pingSelect, mastersLabel, mastersSelect);

  const status = h("p", {class: "ha-status"});
  const clusterBox = h("div", {class: "ha-cluster-box"});
  const actionBar = h("div", {class: "ha-actions", role: "group", "aria-label": "Act on the selected part"});
  const faultList = h("div", {class: "ha-fault-list"});
  const clock = haTimeControls({
    id,
    trace: () => trace,
    time: () => time,
    seek,
    onSettle: () => frame.narrate(statusText(trace.viewAt(time), time)),
    animate,
    alive: () => frame.root.isConnected
  });
  const stop = () => clock.stop();
  const chartBox = h("div", {class: "ha-chart-box"});
  const eventsBox = h("div", {class: "ha-events-box"});
  const recoveryBox = h("div", {class: "ha-recovery-box"});
  const noticeBox = h("div");
  // Links and forks load their code on first use (haSimLinks.ts).
  type Links = typeof import("./haSimLinks.js");
  let links: Links | undefined;
  const loadLinks = async (): Promise<Links> => (links ??= await import("./haSimLinks.js"));
  let fork: HaFork | undefined;
  const forkBox = h("div");
  const forkButton = h("button", {type: "button", class: "wb-button", "data-action": "fork"}, "Fork here");

  function run(): void {
    if (fork?.current()) fork.close();
    trace = runHa(scenario);
    const plain = defaults(scenario);
    const isDefault = JSON.stringify(plain) === JSON.stringify(scenario);
    base = isDefault ? null : recoveryNumbers(runHa(plain));
    time = Math.min(time, trace.endTime);
    drawChart();
    renderFaults();
    recoveryBox.replaceChildren(h("h4", {}, "Recovery in this run"), recoveryList(recoveryNumbers(trace), base));
    render();
  }

  function drawChart(): void {
    chart = haTimelineChart(haTimeline(trace), {width: chartWidth, time, onSeek: (t) => seek(t, true)});
    chartBox.replaceChildren(chart);
  }

  function render(): void {
    const state = trace.viewAt(time);
    // Redrawing replaces the cluster and the action buttons: keep the keyboard focus where it was.
    const active = document.activeElement as HTMLElement | null;
    const keep = active && frame.root.contains(active) ? (active.dataset.target ? `[data-target="${active.dataset.target}"]` : active.dataset.action ? `[data-action="${active.dataset.action}"]` : null) : null;
    status.textContent = statusText(state, time);
    clusterBox.replaceChildren(haCluster(state, trace.scenario, {selected, onSelect: choose, onAction: strike}));
    clock.update();
    chart?.setTime(time);
    fork?.show(time);
    eventsBox.replaceChildren(h("h4", {}, "What just happened"), recentEvents(trace, time));
    renderActions();
    if (keep) frame.root.querySelector<HTMLElement>(keep)?.focus();
  }

  function renderActions(): void {
    if (selected === null) {
      actionBar.replaceChildren(
        h("p", {class: "ha-hint"}, "Select a zone, node, process or task above. Or focus one and press K to kill it, R to restart, P to cut it off, H to reconnect, U to make a task hang.")
      );
      return;
    }
    const target = selected;
    actionBar.replaceChildren(
      h("p", {class: "ha-hint"}, h("strong", {}, `Selected: ${target}. `), `At ${secs(time)}:`),
      ...haActionsFor(target).map((a) => {
        const b = h("button", {type: "button", class: "wb-button ha-action", "data-action": a}, ACTION_LABELS[a]);
        b.addEventListener("click", () => strike(a, target));
        return b;
      })
    );
  }

  function renderFaults(): void {
    const faults = scenario.faults ?? [];
    faultList.replaceChildren(
      h("h4", {}, `Fault schedule (${faults.length})`),
      faults.length
        ? h(
            "ol",
            {class: "ha-faults"},
            faults.map((f, i) =>
              h(
                "li",
                {},
                faultText(f),
                " ",
                h("button", {type: "button", class: "wb-button ha-remove", "aria-label": `Remove ${faultText(f)}`, onclick: () => removeFault(i)}, "Remove")
              )
            )
          )
        : h("p", {}, "No faults: the cluster just runs."),
      h("button", {type: "button", class: "wb-button ha-reset", onclick: () => load(name)}, "Reset to the preset")
    );
  }

  function choose(target: string): void {
    selected = selected === target ? null : target;
    render();
  }

  function strike(action: HaFaultAction, target: string): void {
    const at = Math.round(time);
    const faults = [...(scenario.faults ?? []), {at, action, target}];
    faults.sort((a, b) => a.at - b.at);
    scenario = {...scenario, faults};
    run();
    const here = trace.events.filter((e) => e.time === at && e.actors.some((a) => a === target || a.startsWith(`${target}`)));
    frame.narrate(`You: ${ACTION_LABELS[action].toLowerCase()} ${target} at ${secs(at)}. The run is replayed with ${faults.length} fault${faults.length === 1 ? "" : "s"}.${here[0] ? ` ${here[0].explain}` : ""}`);
  }

  function removeFault(index: number): void {
    const faults = (scenario.faults ?? []).filter((_, i) => i !== index);
    const removed = scenario.faults![index]!;
    scenario = {...scenario, faults};
    run();
    faultList.querySelector<HTMLElement>(".ha-remove, .ha-reset")?.focus();
    frame.narrate(`Removed ${faultText(removed)}; the run is replayed.`);
  }

  function setParameter(change: Partial<HaScenario>, what: string): void {
    stop();
    const next: HaScenario = {...scenario, ...change, parameters: {...scenario.parameters, ...(change.parameters ?? {})}};
    const kept = validFaults(next);
    const dropped = (next.faults ?? []).length - kept.length;
    scenario = {...next, faults: kept};
    if (selected && !parseHaTarget(selected, resolveHaScenario({...scenario, faults: []}))) selected = null;
    run();
    frame.narrate(`${what}. The run is replayed${dropped ? `; ${dropped} fault${dropped === 1 ? "" : "s"} on parts that no longer exist ${dropped === 1 ? "was" : "were"} dropped` : ""}.`);
  }

  function seek(t: number, say: boolean): void {
    const from = time;
    time = Math.max(0, Math.min(trace.endTime, t));
    render();
    if (!say || time === from) return;
    if (time < from) return frame.narrate(`Back to ${secs(time)}. ${statusText(trace.viewAt(time), time)}`);
    const passed = trace.eventsBetween(from, time);
    if (!passed.length) return frame.narrate(`${secs(time)}: nothing new.`);
    for (const e of passed.slice(-4)) frame.narrate(`${secs(e.time)}: ${e.explain}`);
  }

  function load(preset: string): void {
    const s = library[preset];
    if (!s) return;
    stop();
    name = preset;
    scenario = structuredClone(s);
    time = 0;
    selected = null;
    for (const b of presetButtons) b.setAttribute("aria-pressed", String(b.dataset.preset === preset));
    description.textContent = s.description ?? "";
    sessionSelect.value = String(s.parameters?.zkSessionTimeoutMs ?? ZK_SESSION_TIMEOUT_MS);
    pingSelect.value = String(s.parameters?.agentPingTimeoutMs ?? AGENT_PING_TIMEOUT_MS);
    mastersSelect.value = String(s.masters ?? 3);
    run();
    frame.narrate(`Loaded “${HA_PRESET_LABELS[preset as keyof typeof HA_PRESET_LABELS] ?? preset}”. ${s.description ?? ""}`);
  }

  sessionSelect.addEventListener("change", () => setParameter({parameters: {zkSessionTimeoutMs: Number(sessionSelect.value)}}, `ZooKeeper session timeout: ${secs(Number(sessionSelect.value))}`));
  pingSelect.addEventListener("change", () => setParameter({parameters: {agentPingTimeoutMs: Number(pingSelect.value)}}, `Agent ping timeout: ${secs(Number(pingSelect.value))}`));
  mastersSelect.addEventListener("change", () => setParameter({masters: Number(mastersSelect.value) as 1 | 3 | 5}, `${mastersSelect.value} master node${mastersSelect.value === "1" ? "" : "s"}`));

  // ---- links to a moment: ?masters=v1,p:…,s:…,t:…,m:…,z:…,g:…[,f:…][,k:…]
  const param = shareKey ?? (initial ?? presets[0]!).replace(/^ha-/, "");
  const moment = (): HaMoment => {
    const base = library[name]!;
    const p = scenario.parameters ?? {};
    const faults = scenario.faults ?? [];
    return {
      preset: name,
      seed: scenario.seed ?? 1,
      time: Math.round(time),
      masters: scenario.masters ?? 3,
      sessionMs: p.zkSessionTimeoutMs ?? ZK_SESSION_TIMEOUT_MS,
      pingMs: p.agentPingTimeoutMs ?? AGENT_PING_TIMEOUT_MS,
      ...(JSON.stringify(faults) !== JSON.stringify(base.faults ?? []) ? {faults: faults.map((f) => ({...f}))} : {}),
      ...(fork?.current() ? {fork: fork.current()!} : {})
    };
  };
  const shareButton = h("button", {type: "button", class: "wb-button wb-share", "data-action": "copy-link"}, "Copy link to this moment");
  const shareField = h("input", {type: "text", readonly: true, class: "wb-share-field", "aria-label": "Link to this moment", hidden: true});
  const share = {element: h("div", {class: "wb-share-bar"}, shareButton, shareField)};
  shareButton.addEventListener("click", () => {
    const m = moment();
    void loadLinks().then((l) => l.copyLink(l.haCodec(param, presets), m, shareField, frame.narrate));
  });
  const forkOf = (l: Links) => {
    if (!fork) {
      fork = l.haFork(frame.narrate, () => render());
      forkBox.replaceChildren(fork.element);
    }
    return fork;
  };
  forkButton.addEventListener("click", () => {
    stop();
    const at = time;
    void loadLinks().then((l) => forkOf(l).open(scenario, trace, at));
  });

  frame.controls.append(presetBar, share.element);
  frame.body.append(noticeBox, description, knobs, status, clusterBox, actionBar, clock.element, h("div", {class: "wb-controls"}, forkButton), forkBox, chartBox, h("div", {class: "ha-side"}, eventsBox, recoveryBox), faultList);
  const root = frame.root as HaSimulatorElement;
  Object.defineProperties(root, {
    load: {value: load},
    seek: {value: (t: number) => seek(t, true)},
    time: {get: () => time},
    trace: {get: () => trace}
  });
  load(name);
  if (typeof location !== "undefined" && new RegExp(`[?&]${param}=`).test(location.search)) {
    void loadLinks().then((l) => {
      const linked = l.momentFromPage(l.haCodec(param, presets));
      if (!linked) return;
      if (!linked.ok) return void noticeBox.replaceChildren(l.linkNotice(linked.problem));
      const m = linked.value;
      load(m.preset);
      scenario = l.haMomentScenario(m);
      for (const [select, value] of [[sessionSelect, m.sessionMs], [pingSelect, m.pingMs], [mastersSelect, m.masters]] as const) {
        if (![...select.options].some((o) => o.value === String(value))) select.append(h("option", {value: String(value)}, `${value >= 1000 && select !== mastersSelect ? `${value / 1000} s` : value}`));
        select.value = String(value);
      }
      run();
      seek(m.time, false);
      if (m.fork) forkOf(l).run(scenario, trace, m.fork.at, m.fork.change);
      render();
      frame.root.dataset.linked = "ready";
      frame.narrate(`Opened the linked moment: ${statusText(trace.viewAt(time), time)}`);
    });
  }

  if (typeof ResizeObserver === "function") {
    new ResizeObserver(([entry]) => {
      const w = Math.round(entry!.contentRect.width);
      if (w > 0 && Math.abs(w - chartWidth) > 24) {
        chartWidth = w;
        drawChart();
      }
    }).observe(chartBox);
  }
  return root;
}
