// The simulator's clock controls: previous and next event, play and pause (a sweep at a chosen
// speed, or event by event when the reader prefers reduced motion), and a labelled time slider.
import type {HaTrace} from "../lib/ha/index.js";
import {h} from "./dom.js";
import {secs} from "./haSimParts.js";

export interface HaTimeControlsOptions {
  id: string;
  /** The run being shown (it changes when the scenario is replayed). */
  trace: () => HaTrace;
  time: () => number;
  /** Move to `time`; `say` narrates what was passed. */
  seek: (time: number, say: boolean) => void;
  /** Told when the reader lets go of the slider. */
  onSettle: () => void;
  animate: boolean;
  /** Stop when the figure leaves the page. */
  alive: () => boolean;
}

export interface HaTimeControls {
  element: HTMLElement;
  /** Shows `time` of the current run on the slider and readout. */
  update(): void;
  stop(): void;
}

const SPEEDS = [5, 10, 30];

export function haTimeControls({id, trace, time, seek, onSettle, animate, alive}: HaTimeControlsOptions): HaTimeControls {
  let timer: ReturnType<typeof setInterval> | undefined;
  const play = h("button", {type: "button", class: "wb-button ha-play", "aria-pressed": "false"}, "Play");
  const prev = h("button", {type: "button", class: "wb-button ha-prev", "data-beat": "prev"}, "◀ Previous event");
  const next = h("button", {type: "button", class: "wb-button ha-next", "data-beat": "next"}, "Next event ▶");
  const speed = h("select", {id: `${id}-speed`}, SPEEDS.map((v) => h("option", {value: String(v), selected: v === 10}, `${v}×`)));
  const range = h("input", {type: "range", id: `${id}-time`, class: "ha-range", min: 0, step: 100, value: 0});
  const readout = h("output", {class: "ha-readout", for: `${id}-time`});

  function stop(): void {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    play.textContent = "Play";
    play.setAttribute("aria-pressed", "false");
  }

  play.addEventListener("click", () => {
    if (timer !== undefined) return stop();
    if (time() >= trace().endTime) seek(0, false);
    play.textContent = "Pause";
    play.setAttribute("aria-pressed", "true");
    const tick = animate ? 100 : 1000;
    timer = setInterval(() => {
      if (!alive()) return stop();
      const t = trace();
      const target = animate ? time() + Number(speed.value) * tick : (t.nextTime(time()) ?? t.endTime);
      seek(Math.min(t.endTime, target), true);
      if (time() >= t.endTime) stop();
    }, tick);
  });
  prev.addEventListener("click", () => {
    stop();
    seek(trace().previousTime(time()) ?? 0, true);
  });
  next.addEventListener("click", () => {
    stop();
    seek(trace().nextTime(time()) ?? trace().endTime, true);
  });
  range.addEventListener("input", () => {
    stop();
    seek(Number(range.value), false);
  });
  range.addEventListener("change", onSettle);

  const element = h(
    "div",
    {class: "ha-time"},
    h("div", {class: "wb-controls"}, prev, play, next, h("label", {for: `${id}-speed`}, "Speed"), speed),
    h("div", {class: "wb-controls"}, h("label", {for: `${id}-time`}, "Cluster time"), range, readout)
  );
  return {
    element,
    stop,
    update() {
      const t = time();
      const end = trace().endTime;
      range.max = String(end);
      range.value = String(t);
      range.setAttribute("aria-valuetext", secs(t));
      readout.textContent = `${secs(t)} of ${secs(end)}`;
    }
  };
}
