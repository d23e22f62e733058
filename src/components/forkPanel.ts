// The panel that "Fork here" opens under a simulator (offerFork.ts, haFork.ts): a chooser of one
// change with "Run both futures", then the original run and the fork side by side, each pane under
// its heading, a sentence on the difference, and "Close the fork". It holds the fork being shown; the
// simulators fill the chooser and the panes, and run the fork.
import {h} from "./dom.js";
import {errorBox} from "./figure.js";

export interface ForkPanelOptions {
  /** The chooser's select gets the id `${id}-what`. */
  id: string;
  /** What each pane shows under its heading: the original run's, then the fork's. */
  panes: readonly [readonly Node[], readonly Node[]];
  /** The panes' headings until the first run (default: none). */
  titles?: readonly [string, string];
  /** Controls after the chooser's select, before its button. */
  controls?: readonly Node[];
  narrate(text: string): void;
  /** "Run both futures" was pressed. */
  onRun(): void;
  /** A fork was shown or closed. */
  onChange(): void;
}

/** A fork: when it happens, what it changes, and whatever the simulator keeps with it (its run). */
export interface ShownFork<C> {
  readonly at: number;
  readonly change: C;
}

export interface ForkPanel<F extends ShownFork<unknown>> {
  readonly element: HTMLElement;
  readonly select: HTMLSelectElement;
  /** Offers these changes, says so and focuses the chooser. */
  choose(options: readonly {value: string; text: string}[], narration: string): void;
  /** Hides the chooser and shows `fork` beside the original run, under these headings. */
  compare(fork: F, original: string, title: string): void;
  /** The fork shown, if any. */
  fork(): F | undefined;
  /** When the fork shown happens and what it changes. */
  current(): {at: number; change: F["change"]} | undefined;
  /** The sentence over the panes at `time`: before the fork, that both runs are the same; from then on, `difference()`. */
  summarise(time: number, label: (ms: number) => string, difference: () => string): void;
  /** A problem with the chosen change, in place of the previous one. */
  fail(message: string): void;
  /** Forgets the fork and hides everything but the empty panel. */
  close(): void;
}

export function forkPanel<F extends ShownFork<unknown>>({id, panes, titles = ["", ""], controls = [], narrate, onRun, onChange}: ForkPanelOptions): ForkPanel<F> {
  const select = h("select", {id: `${id}-what`, "data-control": "fork-change"});
  const go = h("button", {type: "button", class: "wb-button", "data-action": "fork-run"}, "Run both futures");
  const cancel = h("button", {type: "button", class: "wb-button", "data-action": "fork-close", hidden: true}, "Close the fork");
  const chooser = h("div", {class: "wb-controls wb-fork-chooser", hidden: true}, h("label", {for: `${id}-what`}, "Change one thing"), select, ...controls, go);
  const problems = h("div");
  const summary = h("p", {class: "wb-fork-summary", role: "status"});
  const headings = titles.map((t) => h("h4", {}, t));
  const pair = h(
    "div",
    {class: "wb-fork-pair", hidden: true},
    panes.map((nodes, i) => h("section", {class: "wb-fork-view"}, headings[i]!, ...nodes))
  );
  const element = h("div", {class: "wb-fork"}, chooser, problems, summary, pair, h("div", {class: "wb-controls"}, cancel));
  let shown: F | undefined;
  const panel: ForkPanel<F> = {
    element,
    select,
    choose(options, narration) {
      select.replaceChildren(...options.map((o) => h("option", {value: o.value}, o.text)));
      chooser.hidden = false;
      cancel.hidden = false;
      narrate(narration);
      select.focus();
    },
    compare(fork, original, title) {
      shown = fork;
      headings[0]!.textContent = original;
      headings[1]!.textContent = title;
      pair.hidden = false;
      cancel.hidden = false;
      chooser.hidden = true;
      problems.replaceChildren();
      onChange();
    },
    fork: () => shown,
    current: () => (shown ? {at: shown.at, change: shown.change} : undefined),
    summarise(time, label, difference) {
      if (!shown) return;
      summary.textContent = time < shown.at ? `Before the fork (${label(shown.at)}) both runs are the same.` : difference();
    },
    fail(message) {
      problems.replaceChildren(errorBox(message));
    },
    close() {
      shown = undefined;
      chooser.hidden = pair.hidden = cancel.hidden = true;
      summary.textContent = "";
      problems.replaceChildren();
      onChange();
    }
  };
  go.addEventListener("click", onRun);
  cancel.addEventListener("click", () => {
    panel.close();
    narrate("The fork is closed.");
  });
  return panel;
}
