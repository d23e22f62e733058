// Step-by-step controls shared by the offer-cycle figures: Reset, Back, Play/Pause, Step, a
// position readout, and the arrow keys (plus Home and End) on a focusable stage. Position -1 is
// "before the first step". Playing moves one step per interval and never tweens, so it reads the
// same with reduced motion; it pauses when the page is hidden or the figure leaves the page.
import {h} from "./dom.js";

export interface StepPlayerOptions {
  /** How many steps there are (positions -1 … count - 1). */
  count: number;
  /** Draws position `index`; `announce` is false for the first, silent draw. */
  onChange: (index: number, announce: boolean) => void;
  /** The element that takes the arrow keys (give it tabindex="0"). */
  keyTarget: HTMLElement;
  /** Milliseconds between steps while playing. */
  intervalMs?: number;
  /** Words for the readout: "Step 3 of 25". */
  unit?: string;
  /** Starting position (default -1). */
  start?: number;
}

export interface StepPlayer {
  readonly controls: HTMLElement;
  index(): number;
  go(index: number): void;
  playing(): boolean;
  play(): void;
  pause(): void;
  /** Changes the number of steps and draws position `at` (default: the start) without announcing it. */
  setCount(count: number, at?: number): void;
}

/** The page is in a background tab or minimised (jsdom's "prerender" counts as shown). */
export function isHidden(): boolean {
  return typeof document !== "undefined" && document.visibilityState === "hidden";
}

export function stepPlayer({count, onChange, keyTarget, intervalMs = 1200, unit = "Step", start = -1}: StepPlayerOptions): StepPlayer {
  let n = count;
  let at = Math.max(-1, Math.min(start, n - 1));
  let timer: ReturnType<typeof setTimeout> | undefined;

  const reset = h("button", {type: "button", class: "wb-button", "data-action": "reset"}, "Reset");
  const back = h("button", {type: "button", class: "wb-button", "data-action": "back", "data-beat": "prev"}, "◀ Back");
  const play = h("button", {type: "button", class: "wb-button", "data-action": "play", "aria-pressed": "false"}, "▶ Play");
  const step = h("button", {type: "button", class: "wb-button", "data-action": "step", "data-beat": "next"}, "Step ▶");
  const readout = h("span", {class: "offer-readout"});
  const controls = h("div", {class: "wb-controls offer-player"}, reset, back, play, step, readout);

  const update = () => {
    back.disabled = at <= -1;
    reset.disabled = at <= -1;
    step.disabled = at >= n - 1;
    readout.textContent = at < 0 ? `${unit} 0 of ${n}: press Step` : `${unit} ${at + 1} of ${n}`;
    play.textContent = timer ? "‖ Pause" : "▶ Play";
    play.setAttribute("aria-pressed", String(Boolean(timer)));
  };

  const go = (i: number, announce = true) => {
    at = Math.max(-1, Math.min(i, n - 1));
    onChange(at, announce);
    update();
  };

  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    update();
  };

  const tick = () => {
    timer = undefined;
    if (!keyTarget.isConnected || isHidden()) return update();
    if (at >= n - 1) return update();
    go(at + 1);
    if (at < n - 1) timer = setTimeout(tick, intervalMs);
    update();
  };

  const start_ = () => {
    if (timer) return;
    if (at >= n - 1) go(-1, false);
    timer = setTimeout(tick, 0);
    update();
  };

  reset.addEventListener("click", () => {
    stop();
    go(-1);
  });
  back.addEventListener("click", () => {
    stop();
    go(at - 1);
  });
  step.addEventListener("click", () => {
    stop();
    go(at + 1);
  });
  play.addEventListener("click", () => (timer ? stop() : start_()));
  keyTarget.addEventListener("keydown", (event) => {
    const moves: Record<string, () => number> = {ArrowRight: () => at + 1, ArrowLeft: () => at - 1, Home: () => -1, End: () => n - 1};
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    stop();
    go(move());
  });
  if (typeof document !== "undefined") document.addEventListener("visibilitychange", () => isHidden() && stop());

  go(at, false);
  return {
    controls,
    index: () => at,
    go: (i) => go(i),
    playing: () => Boolean(timer),
    play: start_,
    pause: stop,
    setCount(c, i = -1) {
      stop();
      n = c;
      go(i, false);
    }
  };
}
