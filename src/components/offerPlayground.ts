// The free-play simulator: pick a preset or set up agents and frameworks, run the Mesos model,
// and watch offers flow, agents fill, tasks start and end; scrub time both ways, step event by
// event, change speed, remove an agent (which forks the run from now on). Each run is simulated
// once; its time series are computed once; the animation loop only reads the trace's working
// state (viewAt, no copies), so it stays smooth with a thousand agents (canvas above 300).
import {MesosScenarioProblems, resolveMesosScenario, runMesosScenario} from "../lib/mesos/resolve.js";
import {playCodec, type PlayForm, type PlayMoment} from "../lib/mesos/url.js";
import {offerFork} from "./offerFork.js";
import {linkNotice, momentFromPage, shareBar} from "./shareLink.js";
import type {MesosScenario} from "../lib/mesos/scenario-schema.js";
import {mesosTimeSeries, type MesosTimeSeries} from "../lib/mesos/series.js";
import type {MesosTrace} from "../lib/mesos/simulate.js";
import type {MesosSimState} from "../lib/mesos/state.js";
import {h, prefersReducedMotion} from "./dom.js";
import {errorBox, figureFrame} from "./figure.js";
import {runCharts, type RunCharts} from "./offerCharts.js";
import {clusterView, type ClusterView} from "./offerCluster.js";
import {isHidden} from "./offerPlayer.js";
import {settingsForm} from "./offerSettings.js";
import {observeWidth} from "./offerShared.js";
import {rolesTable, agentDetail, eventLog, legend} from "./offerPlaygroundParts.js";
import {playgroundPresets, prettyPath, SPEEDS, type PlaygroundPreset} from "./offerPresets.js";

export {playgroundPresets, prettyPath, SPEEDS, type PlaygroundPreset};

export interface PlaygroundOptions {
  presets?: PlaygroundPreset[];
  initial?: string;
  width?: number;
  speed?: number;
}

interface Run {
  scenario: MesosScenario;
  trace: MesosTrace;
  series: MesosTimeSeries;
  frameworks: string[];
  cluster: ClusterView;
  charts: RunCharts;
}

export type PlaygroundFigure = HTMLElement & {
  /** Settles when the current run is computed and drawn. */
  ready(): Promise<void>;
  time(): number;
  seek(ms: number): void;
  play(): void;
  pause(): void;
  playing(): boolean;
  trace(): MesosTrace | undefined;
};

/** Runs needing more than this many agents are computed after the page has shown "Simulating…". */
const DEFER_AGENTS = 200;

export function offerPlayground({presets = playgroundPresets(), initial = "free-play", width = 760, speed: initialSpeed = 2}: PlaygroundOptions = {}): PlaygroundFigure {
  const frame = figureFrame({
    title: "Free-play simulator",
    description:
      "A simulated Mesos cluster. Agents are drawn as cells with two bars, CPUs above and memory below, filled in each framework's colour: solid for running tasks, pale for tasks starting, striped for offers. Charts show each role's dominant share and the cluster's utilisation over the run, with a line at the current time. Use Play, Pause, Step, Back, the speed menu and the time slider; with the cluster focused, left and right arrow keys step through events and Space plays or pauses. The event log lists what happened most recently; the tables give the same data as text.",
    keep: 2,
    visibleLog: false,
    className: "offer-play"
  });

  // ---- controls
  const presetSelect = h("select", {id: "offer-preset", "data-control": "preset"}, presets.map((p) => h("option", {value: p.id}, p.title)));
  const description = h("p", {class: "offer-note offer-description"});
  const settings = settingsForm({onRun: () => runFromForm()});
  const settingsBox = h("details", {class: "offer-settings-box"}, h("summary", {}, "Change agents, frameworks and run length"), settings.element);
  const problems = h("div", {class: "offer-problems"});

  const playButton = h("button", {type: "button", class: "wb-button", "data-action": "play", "aria-pressed": "false"}, "▶ Play");
  const backButton = h("button", {type: "button", class: "wb-button", "data-action": "back", "data-beat": "prev"}, "◀ Back");
  const stepButton = h("button", {type: "button", class: "wb-button", "data-action": "step", "data-beat": "next"}, "Step ▶");
  const speedSelect = h(
    "select",
    {"data-control": "speed"},
    SPEEDS.map((v) => h("option", {value: String(v), selected: v === initialSpeed}, `${v}×`))
  );
  const slider = h("input", {type: "range", min: 0, max: 1000, step: 100, value: 0, "data-control": "time", class: "offer-time"});
  const readout = h("output", {class: "offer-readout", "data-readout": "time"}, "0 s");
  const agentSelect = h("select", {"data-control": "agent"});
  const removeButton = h("button", {type: "button", class: "wb-button", "data-action": "remove-agent"}, "Remove this agent now");
  const faultList = h("span", {class: "offer-note", "data-readout": "faults"});
  const forkButton = h("button", {type: "button", class: "wb-button", "data-action": "fork"}, "Fork here");
  const status = h("p", {class: "offer-status", role: "status"});

  const label = (text: string, control: HTMLElement) => h("label", {class: "offer-field"}, h("span", {}, text), control);
  frame.controls.append(
    h("div", {class: "offer-row"}, label("Scenario", presetSelect), description),
    settingsBox,
    problems,
    h("div", {class: "wb-controls offer-row"}, playButton, backButton, stepButton, label("Speed", speedSelect)),
    h("div", {class: "wb-controls offer-row"}, label("Cluster time", slider), readout),
    h("div", {class: "wb-controls offer-row"}, label("Agent", agentSelect), removeButton, faultList),
    h("div", {class: "wb-controls offer-row"}, forkButton)
  );

  // ---- body
  const clusterBox = h("div", {
    class: "offer-cluster-box",
    tabindex: 0,
    role: "group",
    "aria-label": "The agents. Left and right arrow keys step through events; Space plays or pauses; click an agent to select it."
  });
  const detail = h("p", {class: "offer-agent-detail"});
  const chartsBox = h("div", {class: "offer-charts-box"});
  const log = eventLog();
  const roles = rolesTable();
  const legendBox = h("div");
  const noticeBox = h("div");
  const fork = offerFork(frame.narrate, () => render(true));
  frame.body.append(noticeBox, status, legendBox, clusterBox, detail, fork.element, chartsBox, log.element, roles.element);

  // ---- state
  let run: Run | undefined;
  let time = 0;
  let playing = false;
  let speed = initialSpeed;
  let selected: string | null = null;
  let shownIndex = -2;
  let lastTable = 0;
  let lastWall = 0;
  let lastJump = 0;
  let width_ = width;
  let pending: Promise<void> = Promise.resolve();
  let everConnected = false;
  const reduced = prefersReducedMotion();
  // What a link needs besides the run: the preset it started from, the form when the reader edited
  // it, and the faults the preset (or form) scheduled, to tell the reader's own apart.
  let presetId = initial;
  let edited: PlayForm | undefined;
  let baseFaults = "";

  const describeFaults = (s: MesosScenario) => {
    const faults = s.faults ?? [];
    faultList.textContent = faults.length ? `Scheduled: ${faults.map((f) => `${f.target} ${f.action === "kill-task" ? "killed" : f.action === "kill-agent" ? "fails" : "removed"} at ${Math.round(f.at / 100) / 10} s`).join("; ")}.` : "No faults scheduled.";
  };

  const render = (force = false) => {
    if (!run) return;
    const {trace} = run;
    const index = trace.indexAt(time);
    const state = trace.viewAt(time) as Readonly<MesosSimState>;
    if (index !== shownIndex || force) {
      run.cluster.draw(state);
      log.show(trace.events, index);
      if (selected) detail.replaceChildren(agentDetail(state, selected, run.frameworks));
      const now = performance.now();
      if (!playing || force || now - lastTable > 250) {
        roles.show(state, run.frameworks);
        lastTable = now;
      }
      shownIndex = index;
    }
    run.charts.setTime(time);
    fork.show(time);
    slider.value = String(time);
    const text = `${Math.round(time / 100) / 10} s of ${trace.endTime / 1000} s`;
    readout.textContent = text;
    slider.setAttribute("aria-valuetext", text);
  };

  const setPlaying = (on: boolean, why?: string) => {
    playing = on;
    playButton.textContent = on ? "‖ Pause" : "▶ Play";
    playButton.setAttribute("aria-pressed", String(on));
    if (on) {
      lastWall = performance.now();
      lastJump = lastWall;
      requestAnimationFrame(loop);
    } else {
      render(true);
    }
    if (why) frame.narrate(why);
  };

  function loop() {
    if (!playing || !run) return;
    // performance.now(), not the frame's timestamp, which may be a little before lastWall.
    const now = performance.now();
    if (frame.root.isConnected) everConnected = true;
    else if (everConnected) return setPlaying(false);
    if (isHidden()) return setPlaying(false, `Paused at ${Math.round(time / 100) / 10} s: the page is hidden.`);
    if (reduced) {
      // Reduced motion: no continuous movement, one jump of `speed` seconds each second.
      if (now - lastJump >= 1000) {
        time = Math.min(run.trace.endTime, time + 1000 * speed);
        lastJump = now;
      }
    } else time = Math.min(run.trace.endTime, time + Math.max(0, Math.min(100, now - lastWall)) * speed);
    lastWall = now;
    render();
    if (time >= run.trace.endTime) return setPlaying(false, `The run ends at ${run.trace.endTime / 1000} s.`);
    requestAnimationFrame(loop);
  }

  const seek = (ms: number, announce = false) => {
    if (!run) return;
    time = Math.max(0, Math.min(run.trace.endTime, ms));
    render();
    if (announce) {
      const {events} = run.trace;
      const i = run.trace.indexAt(time);
      const same = events.filter((e, k) => k <= i && e.time === events[i]?.time);
      frame.narrate(
        i < 0
          ? "Back at the start: nothing has happened yet."
          : `${Math.round(time / 100) / 10} s: ${same[0]!.explain}${same.length > 1 ? ` (and ${same.length - 1} more event${same.length > 2 ? "s" : ""} at this moment)` : ""}`
      );
    }
  };

  const buildRun = (scenario: MesosScenario, keepTime: number) => {
    const trace = runMesosScenario(scenario);
    const frameworks = trace.scenario.frameworks.map((f) => f.name);
    const series = mesosTimeSeries(trace, {samples: Math.min(400, Math.max(20, Math.round(trace.endTime / 100)))});
    const cluster = clusterView(trace.scenario.agents, frameworks, {width: width_, onSelect: (id) => selectAgent(id, true)});
    const charts = runCharts(series, frameworks, {width: width_});
    run = {scenario, trace, series, frameworks, cluster, charts};
    clusterBox.replaceChildren(cluster.element);
    chartsBox.replaceChildren(charts.element);
    legendBox.replaceChildren(legend(frameworks, trace.scenario.frameworks.map((f) => f.role)));
    slider.max = String(trace.endTime);
    slider.step = String(trace.endTime > 60000 ? 500 : 100);
    agentSelect.replaceChildren(...trace.scenario.agents.map((a) => h("option", {value: a.id}, a.id)));
    if (selected && trace.scenario.agents.some((a) => a.id === selected)) agentSelect.value = selected;
    else selected = null;
    cluster.select(selected);
    describeFaults(scenario);
    shownIndex = -2;
    time = Math.min(keepTime, trace.endTime);
    render(true);
    const n = trace.scenario.agents.length;
    status.textContent = `${n.toLocaleString("en")} agent${n === 1 ? "" : "s"}, ${frameworks.length} framework${frameworks.length === 1 ? "" : "s"}: ${trace.events.length.toLocaleString("en")} events in ${trace.endTime / 1000} s of cluster time.`;
    frame.root.dataset.state = "ready";
  };

  /** Computes a run, after a paint when it is big, so "Simulating…" shows first. */
  const start = (scenario: MesosScenario, keepTime = 0, announce?: string): Promise<void> => {
    setPlaying(false);
    if (fork.current()) fork.close();
    problems.replaceChildren();
    const n = (scenario.agents ?? []).reduce((sum, a) => sum + (a.count ?? 1), 0);
    frame.root.dataset.state = "computing";
    const go = () => {
      try {
        buildRun(scenario, keepTime);
        if (announce) frame.narrate(announce);
      } catch (error) {
        frame.root.dataset.state = "error";
        if (!(error instanceof MesosScenarioProblems)) throw error;
        problems.replaceChildren(errorBox(`This scenario cannot run:\n${error.problems.map((p) => `• ${prettyPath(p, scenario)}`).join("\n")}`));
        status.textContent = "The last run that worked is still shown.";
      }
    };
    if (n <= DEFER_AGENTS) {
      go();
      return (pending = Promise.resolve());
    }
    status.textContent = `Simulating ${n.toLocaleString("en")} agents…`;
    return (pending = new Promise<void>((resolve) => {
      const later = () => setTimeout(() => (go(), resolve()), 0);
      if (typeof requestAnimationFrame === "function") requestAnimationFrame(later);
      else later();
    }));
  };

  const loadPreset = (id: string) => {
    const preset = presets.find((p) => p.id === id) ?? presets[0]!;
    presetSelect.value = preset.id;
    presetId = preset.id;
    edited = undefined;
    baseFaults = JSON.stringify(preset.scenario.faults ?? []);
    description.textContent = preset.scenario.description ?? "";
    settings.load(preset.scenario);
    return start(preset.scenario, 0, `Loaded "${preset.title}". Press Play or Step.`);
  };

  const runFromForm = () => {
    const result = settings.read();
    if ("problems" in result) {
      problems.replaceChildren(errorBox(`Please check:\n${result.problems.map((p) => `• ${p}`).join("\n")}`));
      frame.narrate(`${result.problems.length} setting${result.problems.length === 1 ? " needs" : "s need"} fixing.`);
      return;
    }
    edited = settings.snapshot();
    baseFaults = JSON.stringify(result.scenario.faults ?? []);
    void start(result.scenario, 0, "New run with your settings, from 0 s.");
  };

  const selectAgent = (id: string, announce: boolean) => {
    selected = id;
    agentSelect.value = id;
    run?.cluster.select(id);
    if (run) detail.replaceChildren(agentDetail(run.trace.viewAt(time) as MesosSimState, id, run.frameworks));
    if (announce && detail.textContent) frame.narrate(detail.textContent);
  };

  const removeAgent = () => {
    if (!run) return;
    const target = agentSelect.value;
    const state = run.trace.viewAt(time) as MesosSimState;
    if (!state.agents[target]?.active) {
      frame.narrate(`${target} is not an active agent at ${Math.round(time / 100) / 10} s.`);
      return;
    }
    const at = Math.round(time);
    const scenario: MesosScenario = {...run.scenario, faults: [...(run.scenario.faults ?? []), {at, action: "remove-agent", target}]};
    // Same scenario and seed: the run is the same up to now, and forks from here.
    void start(scenario, at).then(() => seek(at, true));
  };

  // ---- wiring
  presetSelect.addEventListener("change", () => void loadPreset(presetSelect.value));
  playButton.addEventListener("click", () => {
    if (!run) return;
    if (playing) return setPlaying(false, `Paused at ${Math.round(time / 100) / 10} s.`);
    if (time >= run.trace.endTime) seek(0);
    setPlaying(true, `Playing at ${speed}×${reduced ? ", one jump a second (reduced motion)" : ""}.`);
  });
  stepButton.addEventListener("click", () => {
    if (!run) return;
    setPlaying(false);
    const next = run.trace.nextTime(time);
    if (next !== undefined) seek(next, true);
  });
  backButton.addEventListener("click", () => {
    if (!run) return;
    setPlaying(false);
    const previous = run.trace.previousTime(time);
    seek(previous ?? 0, true);
  });
  speedSelect.addEventListener("change", () => {
    speed = Number(speedSelect.value);
    frame.narrate(`Speed ${speed}×.`);
  });
  slider.addEventListener("input", () => seek(Number(slider.value)));
  slider.addEventListener("change", () => seek(Number(slider.value), true));
  agentSelect.addEventListener("change", () => selectAgent(agentSelect.value, true));
  removeButton.addEventListener("click", removeAgent);
  clusterBox.addEventListener("keydown", (event) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => stepButton.click(),
      ArrowLeft: () => backButton.click(),
      " ": () => playButton.click(),
      Home: () => (setPlaying(false), seek(0, true)),
      End: () => (setPlaying(false), seek(run?.trace.endTime ?? 0, true))
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  if (typeof document !== "undefined") document.addEventListener("visibilitychange", () => playing && isHidden() && setPlaying(false, "Paused: the page is hidden."));
  observeWidth(frame.body, (w) => {
    if (Math.abs(w - width_) < 8 || !run) return;
    width_ = w;
    run.cluster.setWidth(w);
    run.charts = runCharts(run.series, run.frameworks, {width: w});
    chartsBox.replaceChildren(run.charts.element);
    render(true);
  });

  forkButton.addEventListener("click", () => {
    if (!run) return;
    setPlaying(false);
    fork.open(run.trace, run.scenario, time);
  });

  // ---- links to a moment: ?sim=v1,p:…,s:…,t:…[,a:…,u:…,w:…][,f:…][,k:…]
  const codec = playCodec(presets.map((p) => p.id));
  const moment = (): PlayMoment => {
    const faults = run?.scenario.faults ?? [];
    return {
      preset: presetId,
      seed: run?.trace.scenario.seed ?? 1,
      time: Math.round(time),
      ...(edited ? {form: edited} : {}),
      ...(JSON.stringify(faults) !== baseFaults ? {faults: faults.map((f) => ({at: f.at, action: f.action, target: f.target}))} : {}),
      ...(fork.current() ? {fork: fork.current()!} : {})
    };
  };
  const share = shareBar(codec, moment, frame.narrate);
  frame.controls.append(share.element);

  /** Opens the moment a link describes; a problem is shown as a notice and the default preset loads. */
  const openLinked = (m: PlayMoment): Promise<void> | string => {
    const preset = presets.find((p) => p.id === m.preset)!;
    void loadPreset(preset.id);
    let scenario: MesosScenario = preset.scenario;
    if (m.form) {
      settings.fill(m.form);
      const result = settings.read();
      if ("problems" in result) return result.problems[0]!;
      scenario = result.scenario;
      edited = m.form;
      baseFaults = JSON.stringify(scenario.faults ?? []);
    }
    scenario = {...scenario, seed: m.seed, ...(m.faults ? {faults: m.faults} : {})};
    try {
      resolveMesosScenario(scenario);
    } catch (error) {
      if (error instanceof MesosScenarioProblems) return prettyPath(error.problems[0]!, scenario);
      throw error;
    }
    return start(scenario, m.time).then(() => {
      if (run && m.time > run.trace.endTime) seek(run.trace.endTime);
      if (run && m.fork) {
        const problem = fork.run(run.trace, run.scenario, m.fork.at, m.fork.change);
        if (problem) noticeBox.replaceChildren(linkNotice(`the fork cannot run: ${problem}`));
      }
      frame.narrate(`Opened the linked moment: ${Math.round(time / 100) / 10} s.`);
    });
  };
  const linked = momentFromPage(codec);
  let opened: Promise<void> | string | undefined;
  if (linked?.ok) opened = openLinked(linked.value);
  if (typeof opened === "string" || (linked && !linked.ok)) {
    noticeBox.replaceChildren(linkNotice(typeof opened === "string" ? opened : (linked as {problem: string}).problem));
    opened = undefined;
  }
  if (!opened) void loadPreset(initial);

  return Object.assign(frame.root, {
    ready: () => pending,
    time: () => time,
    seek: (ms: number) => seek(ms, true),
    play: () => !playing && playButton.click(),
    pause: () => playing && playButton.click(),
    playing: () => playing,
    trace: () => run?.trace
  });
}

