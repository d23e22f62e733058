// Presenter mode for a chapter: larger type, no sidebar or table of contents, figures across the
// width, and the keyboard walks the figures. → presses the current figure's [data-beat="next"]
// button while it is enabled and otherwise moves to the next figure; ← does the same backwards;
// Page Down / Page Up move between figures; Escape leaves. Keys stay with a form field or a widget
// that uses the arrows itself. A second window (workshop/notes) follows along by BroadcastChannel.
// Small on purpose: no d3, no Plot, no schema library (pages are near their JavaScript budget).
import {h, prefersReducedMotion} from "./dom.js";
import {printLinks} from "./printLinks.js";

export const PRESENTER_CHANNEL = "wb-presenter";

export type PresenterAction = "beat-next" | "beat-prev" | "figure-next" | "figure-prev" | "exit";

/** What the main window tells the notes window. */
export interface PresenterPosition {
  type: "position";
  /** This chapter window, so that commands reach it alone. */
  id: string;
  chapter: string;
  /** The page's heading. */
  page: string;
  active: boolean;
  /** -1 before the first figure. */
  index: number;
  count: number;
  figure: string | null;
  next: string | null;
  /** Beats stepped on the current figure since arriving at it (forward minus back). */
  beat: number;
  /** The last sentence of the current figure's narrated log. */
  narration: string;
  /** When presenter mode started (ms since the epoch), for the notes window's timer. */
  since: number;
  /** When this window last moved (ms since the epoch): the notes follow the window that moved last. */
  acted: number;
}

/** What the notes window may ask: the current position, or an action. */
export type NotesMessage = {type: "hello"} | {type: "command"; action: PresenterAction; to: string};

const KEYS: Record<string, PresenterAction> = {
  ArrowRight: "beat-next",
  ArrowLeft: "beat-prev",
  PageDown: "figure-next",
  PageUp: "figure-prev",
  Escape: "exit"
};

// Widgets whose keyboard model includes the arrow keys (WAI-ARIA), and the log, which scrolls.
const ARROW_ROLES = ["listbox", "grid", "tree", "treegrid", "slider", "spinbutton", "tablist", "tab", "radiogroup", "radio", "menu", "menubar", "menuitem", "option", "combobox", "scrollbar", "toolbar", "log"];
const ARROW_WIDGET = ARROW_ROLES.map((r) => `[role="${r}"]`).join(", ");

/**
 * Whether the focused element keeps the arrow keys: a form field, an ARIA widget that uses them,
 * or an element with its own tabindex (a roving tab stop or a figure's stage), except a figure
 * itself, which presenter mode focuses.
 */
export function usesOwnKeys(target: Element | null): boolean {
  if (!target || typeof target.matches !== "function") return false;
  if (target.matches("input, select, textarea, [contenteditable]:not([contenteditable='false']), [aria-activedescendant]")) return true;
  if (target.closest(ARROW_WIDGET)) return true;
  if (target.classList.contains("wb-figure")) return false;
  return target.hasAttribute("tabindex");
}

type KeyLike = Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey" | "shiftKey">;

/** The action for a key press in presenter mode, or null when the key is not ours to take. */
export function keyAction(event: KeyLike, target: Element | null): PresenterAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const action = KEYS[event.key];
  if (!action || usesOwnKeys(target)) return null;
  return action;
}

/**
 * Where an action leads, given `count` figures, the current `index` (-1 before the first) and
 * whether the current figure has an enabled beat button in that direction: press it, or move.
 */
export function nextPosition(count: number, index: number, action: Exclude<PresenterAction, "exit">, beatAvailable: boolean): {index: number; press: boolean} {
  const forward = action.endsWith("next");
  if (action.startsWith("beat") && index >= 0 && beatAvailable) return {index, press: true};
  if (count === 0) return {index: -1, press: false};
  if (forward) return {index: Math.min(count - 1, index + 1), press: false};
  return {index: index < 0 ? -1 : Math.max(0, index - 1), press: false};
}

/** The figures of a page in reading order: outermost `.wb-figure`s that are not hidden away. */
export function pageFigures(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(".wb-figure")].filter((f) => !f.parentElement?.closest(".wb-figure") && !f.closest("[hidden], details:not([open])"));
}

/** A figure's title: its own heading. */
export function figureTitle(figure: Element): string {
  return figure.querySelector(":scope > h3")?.textContent?.trim() || "Untitled figure";
}

/** The figure's first button for a direction, if it is there and enabled. */
export function beatButton(figure: Element, direction: "next" | "prev"): HTMLButtonElement | undefined {
  const button = [...figure.querySelectorAll<HTMLButtonElement>(`[data-beat="${direction}"]`)].find((b) => !b.closest("[hidden], details:not([open])"));
  return button && !button.disabled ? button : undefined;
}

/** The last narrated sentence of a figure. */
export function figureNarration(figure: Element): string {
  return figure.querySelector('[role="log"]')?.lastElementChild?.textContent?.trim() ?? "";
}

/** Reads `?present` from a query string: on, off, or a problem to show. */
export function parsePresentParam(search: string): {on: boolean; problem?: string} {
  const params = new URLSearchParams(search);
  if (!params.has("present")) return {on: false};
  const value = (params.get("present") ?? "").trim().toLowerCase();
  if (["", "1", "true", "yes", "on"].includes(value)) return {on: true};
  if (["0", "false", "no", "off"].includes(value)) return {on: false};
  return {on: false, problem: `The address asks for presenter mode with “present=${params.get("present")}”, which is not understood. Use ?present (or present=1) to start in presenter mode, present=0 to stay out.`};
}

/** The address with `present` added or removed, keeping the other parameters and the hash. */
export function withPresent(href: string, on: boolean): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  params.delete("present");
  const rest = params.toString();
  url.search = on ? (rest ? `${rest}&present` : "present") : rest;
  return url.href;
}

export interface PresenterOptions {
  /** The notes page, relative to the chapter page. */
  notesHref?: string;
}

export interface PresenterHandle {
  bar: HTMLElement;
  active: () => boolean;
  setActive: (on: boolean) => void;
  run: (action: PresenterAction) => void;
  position: () => PresenterPosition;
  destroy: () => void;
}

let previous: PresenterHandle | undefined;

/** Adds the presenter toggle under the page's heading and wires the keys and the notes channel. */
export function presenter(chapter: string, {notesHref = "./workshop/notes"}: PresenterOptions = {}): PresenterHandle {
  previous?.destroy();
  printLinks();
  const main = document.getElementById("observablehq-main") ?? document.body;
  const page = main.querySelector("h1")?.textContent?.trim() ?? document.title;
  let active = false;
  let index = -1;
  let beat = 0;
  let since = 0;
  let acted = 0;
  const id = `${chapter}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let current: HTMLElement | undefined;
  let logObserver: MutationObserver | undefined;

  const toggle = h("button", {type: "button", class: "wb-button wb-presenter-toggle", "aria-pressed": "false", onclick: () => setActive(!active)}, "Presenter mode");
  const notes = h("button", {type: "button", class: "wb-button wb-presenter-notes", onclick: () => openNotes()}, "Open speaker notes");
  const prev = h("button", {type: "button", class: "wb-button wb-presenter-prev", onclick: () => run("figure-prev")}, "◀ Previous figure");
  const next = h("button", {type: "button", class: "wb-button wb-presenter-next", onclick: () => run("figure-next")}, "Next figure ▶");
  const status = h("p", {class: "wb-presenter-status", role: "status"});
  const help = h(
    "p",
    {class: "wb-presenter-help"},
    "Keys: → the figure's next step, or the next figure once its steps are done; ← back; Page Down and Page Up: next and previous figure; Esc: leave presenter mode. While a field or a figure's own stage has focus, the keys work that control instead."
  );
  const problem = h("p", {class: "wb-error wb-presenter-problem", role: "alert", hidden: true});
  const extras = [notes, prev, next, help];
  const bar = h("div", {class: "wb-presenter-bar", role: "region", "aria-label": "Presenter mode"}, h("div", {class: "wb-presenter-buttons"}, toggle, notes, prev, next, status), help, problem);
  const heading = main.querySelector("h1");
  if (heading) heading.after(bar);
  else main.prepend(bar);

  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(PRESENTER_CHANNEL) : undefined;

  function position(): PresenterPosition {
    const figures = pageFigures(main);
    const figure = figures[index];
    return {
      type: "position",
      id,
      chapter,
      page,
      active,
      index,
      count: figures.length,
      figure: figure ? figureTitle(figure) : null,
      next: figures[index + 1] ? figureTitle(figures[index + 1]!) : null,
      beat,
      narration: figure ? figureNarration(figure) : "",
      since,
      acted
    };
  }

  const broadcast = () => channel?.postMessage(position());

  function highlight(figure: HTMLElement | undefined): void {
    current?.classList.remove("wb-presenting-current");
    current?.removeAttribute("aria-current");
    logObserver?.disconnect();
    current = figure;
    beat = 0;
    if (!figure) return;
    figure.classList.add("wb-presenting-current");
    figure.setAttribute("aria-current", "true");
    const log = figure.querySelector('[role="log"]');
    if (log && typeof MutationObserver === "function") {
      logObserver = new MutationObserver(() => broadcast());
      logObserver.observe(log, {childList: true});
    }
  }

  function show(to: number, move: boolean): void {
    const figures = pageFigures(main);
    index = to;
    acted = Date.now();
    const figure = figures[to];
    highlight(figure);
    status.textContent = figure ? `Figure ${to + 1} of ${figures.length}: ${figureTitle(figure)}` : "Press → for the first figure.";
    if (figure && move) {
      if (!figure.hasAttribute("tabindex")) figure.tabIndex = -1;
      figure.focus({preventScroll: true});
      figure.scrollIntoView?.({block: "start", behavior: prefersReducedMotion() ? "auto" : "smooth"});
    }
    broadcast();
  }

  function run(action: PresenterAction): void {
    if (!active) return;
    if (action === "exit") {
      setActive(false);
      toggle.focus();
      return;
    }
    const figures = pageFigures(main);
    if (current && figures.indexOf(current) !== index) index = figures.indexOf(current);
    const direction = action.endsWith("next") ? "next" : "prev";
    const button = action.startsWith("beat") && figures[index] ? beatButton(figures[index]!, direction) : undefined;
    const to = nextPosition(figures.length, index, action, button !== undefined);
    if (to.press && button) {
      button.click();
      acted = Date.now();
      beat += direction === "next" ? 1 : -1;
      broadcast();
    } else if (to.index !== index) show(to.index, true);
    else if (figures.length === 0) status.textContent = "This page has no figures.";
    else status.textContent = direction === "next" ? `No more figures: figure ${index + 1} of ${figures.length} is the last.` : "This is the start of the page.";
  }

  function setActive(on: boolean): void {
    active = on;
    document.documentElement.classList.toggle("wb-presenting", on);
    toggle.setAttribute("aria-pressed", String(on));
    toggle.textContent = on ? "Leave presenter mode" : "Presenter mode";
    for (const el of extras) el.hidden = !on;
    if (on) {
      since = since || Date.now();
      show(-1, false);
    } else {
      highlight(undefined);
      index = -1;
      since = 0;
      acted = Date.now();
      status.textContent = "";
      broadcast();
    }
    try {
      history.replaceState(history.state, "", withPresent(location.href, on));
    } catch {
      // an address that cannot be rewritten (a file: page) keeps its parameters
    }
  }

  function openNotes(): void {
    const url = new URL(notesHref, location.href);
    url.searchParams.set("chapter", chapter);
    const opened = window.open(url.href, "wb-speaker-notes", "popup,width=760,height=820");
    status.textContent = opened ? "Speaker notes opened in a second window; they follow this one." : `The browser blocked the notes window. Open ${url.pathname}${url.search} in a second window yourself.`;
    broadcast();
  }

  const onKey = (event: KeyboardEvent) => {
    if (!active || event.defaultPrevented) return;
    const action = keyAction(event, event.target instanceof Element ? event.target : null);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    run(action);
  };
  const onFocus = (event: FocusEvent) => {
    if (!active || !(event.target instanceof Element)) return;
    const figures = pageFigures(main);
    const figure = figures.find((f) => f.contains(event.target as Node));
    if (figure && figure !== current) show(figures.indexOf(figure), false);
  };
  const onMessage = (event: MessageEvent<NotesMessage>) => {
    const message = event.data;
    if (message?.type === "hello") broadcast();
    else if (message?.type === "command" && message.to === id && typeof message.action === "string" && message.action in ACTIONS) run(message.action);
  };
  window.addEventListener("keydown", onKey, true);
  main.addEventListener("focusin", onFocus);
  channel?.addEventListener("message", onMessage);

  for (const el of extras) el.hidden = true;
  const param = parsePresentParam(location.search);
  if (param.problem) {
    problem.textContent = param.problem;
    problem.hidden = false;
  }
  if (param.on) setActive(true);

  const handle: PresenterHandle = {
    bar,
    active: () => active,
    setActive,
    run,
    position,
    destroy() {
      window.removeEventListener("keydown", onKey, true);
      main.removeEventListener("focusin", onFocus);
      logObserver?.disconnect();
      channel?.close();
      document.documentElement.classList.remove("wb-presenting");
      bar.remove();
    }
  };
  previous = handle;
  return handle;
}

const ACTIONS: Record<PresenterAction, true> = {"beat-next": true, "beat-prev": true, "figure-next": true, "figure-prev": true, exit: true};
