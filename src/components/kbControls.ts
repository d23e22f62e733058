// Labelled form controls for the knowledge-base figures: a <select> and a release stepper (a
// range input with a visible value and previous/next buttons).
import type {DcosRelease} from "../lib/kb/releases.js";
import {KB_RELEASES} from "../lib/kb/views.js";
import {h, uniqueId} from "./dom.js";

export interface SelectControl {
  root: HTMLElement;
  select: HTMLSelectElement;
}

/** A <select> with a visible <label>; options are [value, text] pairs ("" = any). */
export function labelledSelect(label: string, options: readonly (readonly [string, string])[], value = "", onChange?: (value: string) => void): SelectControl {
  const id = uniqueId("kb-select");
  const select = h("select", {id, class: "kb-select"}, options.map(([v, text]) => h("option", {value: v, selected: v === value}, text)));
  select.value = value;
  if (onChange) select.addEventListener("change", () => onChange(select.value));
  return {root: h("span", {class: "kb-field"}, h("label", {for: id}, label), select), select};
}

export interface ReleaseStepper {
  root: HTMLElement;
  input: HTMLInputElement;
  output: HTMLOutputElement;
  prev: HTMLButtonElement;
  next: HTMLButtonElement;
  /** Sets the release without telling the listener. */
  set: (release: DcosRelease) => void;
}

/** An <input type=range> over the releases, labelled, with the value shown and prev/next buttons. */
export function releaseStepper(label: string, value: DcosRelease, onChange: (release: DcosRelease) => void, releases: readonly DcosRelease[] = KB_RELEASES): ReleaseStepper {
  const id = uniqueId("kb-release");
  const last = releases.length - 1;
  const input = h("input", {type: "range", id, min: 0, max: last, step: 1, value: Math.max(0, releases.indexOf(value)), class: "kb-range", list: `${id}-ticks`});
  const output = h("output", {for: id, class: "kb-release-value", "aria-hidden": "true"});
  const prev = h("button", {type: "button", class: "wb-button", "aria-label": "Previous release", "data-beat": "prev"}, "◀ Previous");
  const next = h("button", {type: "button", class: "wb-button", "aria-label": "Next release", "data-beat": "next"}, "Next ▶");
  const ticks = h("datalist", {id: `${id}-ticks`}, releases.map((r, i) => h("option", {value: i, label: r})));
  const show = () => {
    const i = Number(input.value);
    const release = releases[i]!;
    output.textContent = `DC/OS ${release}`;
    input.setAttribute("aria-valuetext", `DC/OS ${release}`);
    prev.disabled = i <= 0;
    next.disabled = i >= last;
    return release;
  };
  const change = () => onChange(show());
  input.addEventListener("input", change);
  prev.addEventListener("click", () => {
    input.value = String(Math.max(0, Number(input.value) - 1));
    change();
  });
  next.addEventListener("click", () => {
    input.value = String(Math.min(last, Number(input.value) + 1));
    change();
  });
  show();
  const set = (release: DcosRelease) => {
    input.value = String(Math.max(0, releases.indexOf(release)));
    show();
  };
  const root = h("div", {class: "kb-stepper"}, h("label", {for: id}, label), prev, input, next, output, ticks);
  return {root, input, output, prev, next, set};
}
