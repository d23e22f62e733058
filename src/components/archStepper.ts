// A step player for figures that tell a story one step at a time (the boot sequence, the request
// flows): Back, Step, Play/Pause, Reset and a speed, plus the keys a figure passes on to it.
// Position 0 is "nothing has happened yet"; position n means steps 1..n have happened. The figure
// draws a position in `onChange`; `animate` is false when the reader asked for reduced motion, when
// going back, or when jumping, so the figure then draws the end state at once instead of tweening.
import {h, prefersReducedMotion} from "./dom.js";

export interface StepChange {
  position: number;
  /** +1 one step forward, -1 one step back, 0 a jump (reset, end, goTo). */
  direction: 1 | -1 | 0;
  /** Whether the figure may tween into this position. */
  animate: boolean;
  /** What moved it: a control or key, or the play timer. */
  cause: "step" | "back" | "play" | "reset" | "jump";
}

export interface StepperOptions {
  count: number;
  /** What one step is called in the status line and the button labels ("hop", "step"). */
  noun?: string;
  /** Milliseconds between steps when playing at normal speed. */
  interval?: number;
  onChange: (change: StepChange) => void;
  /** Told when playing starts or stops. */
  onPlayingChange?: (playing: boolean) => void;
  /** Names the group of controls, so two players on a page differ ("Boot sequence" → "Boot sequence step player"). */
  label?: string;
}

export interface Stepper {
  /** The buttons, the speed select and the status line. */
  controls: HTMLElement;
  position: () => number;
  count: () => number;
  playing: () => boolean;
  step: () => void;
  back: () => void;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  reset: () => void;
  goTo: (position: number) => void;
  /** A new story of `count` steps, at position 0 (stops playing; does not call onChange). */
  setCount: (count: number) => void;
  /**
   * The figure's keys: → or ↓ step, ← or ↑ back, Home reset, End to the last step, Space or P
   * play/pause (Space only outside buttons). Returns true when it handled the key.
   */
  handleKey: (event: KeyboardEvent) => boolean;
  destroy: () => void;
}

export const SPEEDS = [
  {label: "Slow", factor: 2},
  {label: "Normal", factor: 1},
  {label: "Fast", factor: 0.5}
] as const;

export function createStepper({count: initial, noun = "step", interval = 1800, onChange, onPlayingChange, label = ""}: StepperOptions): Stepper {
  let count = initial;
  let position = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let speed = 1;
  const prefix = label ? `${label} ` : "";

  // Buttons are named by their visible text; the group says which player they belong to.
  // `data-beat` marks the buttons presenter mode presses for the arrow keys (presenter.ts).
  const button = (text: string, title: string, onclick: () => void, cls: string, beat?: "next" | "prev") =>
    h("button", {type: "button", class: `wb-button arch-${cls}`, title, onclick, "data-beat": beat}, text);
  const backButton = button("◀ Back", `Back one ${noun} (left arrow)`, () => back(), "back", "prev");
  const stepButton = button("Step ▶", `Next ${noun} (right arrow)`, () => step(), "step", "next");
  const playButton = button("Play", "Play or pause (P)", () => toggle(), "play");
  const resetButton = button("Reset", "Back to the start (Home)", () => reset(), "reset");
  const speedSelect = h(
    "select",
    {class: "arch-speed", onchange: () => (speed = Number(speedSelect.value))},
    SPEEDS.map((s) => h("option", {value: String(s.factor), selected: s.factor === 1}, s.label))
  );
  const status = h("span", {class: "arch-status", "aria-hidden": "true"});
  const controls = h(
    "div",
    {class: "wb-controls arch-stepper", role: "group", "aria-label": `${prefix}step player`},
    backButton,
    stepButton,
    playButton,
    resetButton,
    h("label", {class: "arch-speed-label"}, "Speed ", speedSelect),
    status
  );

  function render(): void {
    status.textContent = position === 0 ? `Ready: ${count} ${noun}s` : `${noun[0]!.toUpperCase()}${noun.slice(1)} ${position} of ${count}`;
    backButton.disabled = position === 0;
    stepButton.disabled = position === count;
    resetButton.disabled = position === 0 && timer === undefined;
    playButton.textContent = timer !== undefined ? "Pause" : "Play";
  }

  function move(to: number, direction: StepChange["direction"], cause: StepChange["cause"]): void {
    const next = Math.max(0, Math.min(count, to));
    if (next === position && cause !== "reset") return;
    position = next;
    render();
    onChange({position, direction, animate: direction === 1 && !prefersReducedMotion(), cause});
  }

  function schedule(): void {
    timer = setTimeout(() => {
      if (position >= count) return stop();
      move(position + 1, 1, "play");
      if (position >= count) stop();
      else schedule();
    }, interval * speed);
  }

  function stop(): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    render();
    onPlayingChange?.(false);
  }

  const step = () => {
    stop();
    move(position + 1, 1, "step");
  };
  const back = () => {
    stop();
    move(position - 1, -1, "back");
  };
  const reset = () => {
    stop();
    move(0, 0, "reset");
  };
  const goTo = (to: number) => {
    stop();
    move(to, to === position + 1 ? 1 : 0, "jump");
  };
  const play = () => {
    if (timer !== undefined) return;
    if (position >= count) move(0, 0, "reset");
    // The first step comes at once, the rest one interval apart.
    move(position + 1, 1, "play");
    if (position >= count) return render();
    schedule();
    render();
    onPlayingChange?.(true);
  };
  const pause = () => stop();
  const toggle = () => (timer !== undefined ? pause() : play());

  function handleKey(event: KeyboardEvent): boolean {
    const target = event.target as HTMLElement | null;
    const tag = target?.tagName?.toLowerCase();
    if (tag === "select" || tag === "input" || tag === "textarea" || event.altKey || event.ctrlKey || event.metaKey) return false;
    const onButton = tag === "button" || target?.getAttribute?.("role") === "button";
    let handled = true;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
        step();
        break;
      case "ArrowLeft":
      case "ArrowUp":
        back();
        break;
      case "Home":
        reset();
        break;
      case "End":
        goTo(count);
        break;
      case "p":
      case "P":
        toggle();
        break;
      case " ":
        if (onButton) return false;
        toggle();
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
    return handled;
  }

  render();
  return {
    controls,
    position: () => position,
    count: () => count,
    playing: () => timer !== undefined,
    step,
    back,
    play,
    pause,
    toggle,
    reset,
    goTo,
    setCount(n: number) {
      stop();
      count = n;
      position = 0;
      render();
    },
    handleKey,
    destroy: stop
  };
}
