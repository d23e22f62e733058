// The frame every figure shares: a heading, a description for screen readers, controls, the
// drawing, and a narrated log that announces what happens (aria-live).
import {h, uniqueId} from "./dom.js";

export interface FigureFrame {
  root: HTMLElement;
  controls: HTMLElement;
  body: HTMLElement;
  /** Writes one sentence to the narrated log (kept short: the last `keep` lines). */
  narrate: (text: string) => void;
  log: HTMLElement;
}

export interface FrameOptions {
  title: string;
  description: string;
  /** How many narrated lines to keep visible. */
  keep?: number;
  className?: string;
  /** Show the narrated log on screen (true), or keep it for screen readers only. */
  visibleLog?: boolean;
}

export function figureFrame({title, description, keep = 6, className = "", visibleLog = true}: FrameOptions): FigureFrame {
  const id = uniqueId("fig");
  const controls = h("div", {class: "wb-controls"});
  const body = h("div", {class: "wb-figure-body"});
  // The log scrolls, so it takes focus (tabindex) to be readable by keyboard too.
  const log = h("div", {class: visibleLog ? "wb-log" : "sr-only", role: "log", tabindex: visibleLog ? 0 : null, "aria-live": "polite", "aria-label": `${title}: what happens`});
  const root = h(
    "figure",
    {class: `wb-figure ${className}`.trim(), "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-desc`},
    h("h3", {id: `${id}-title`}, title),
    h("p", {id: `${id}-desc`, class: "sr-only"}, description),
    controls,
    body,
    log
  );
  const narrate = (text: string) => {
    log.append(h("p", {style: "margin:0"}, text));
    while (log.childElementCount > keep) log.firstElementChild?.remove();
    log.scrollTop = log.scrollHeight;
  };
  return {root, controls, body, narrate, log};
}

/** A message box for bad input: says what is wrong and where, as text. */
export function errorBox(message: string): HTMLElement {
  return h("div", {class: "wb-error", role: "alert"}, message);
}
