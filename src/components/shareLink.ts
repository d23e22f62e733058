// "Copy link to this moment" for a simulation figure, and reading its moment back from the page's
// URL. The URL changes only when the reader asks for a link (history.replaceState, so Back is not
// filled with moments). The link goes to the clipboard when the browser allows it; otherwise it is
// shown in a read-only field, selected, ready to copy. A link that cannot be used is ignored with a
// notice in the figure (always as text). Other figures' parameters are left as they are.
import {ignoredNotice, momentFromSearch, searchWith, type Decoded, type MomentCodec} from "../lib/course/scenarioUrl.js";
import {h} from "./dom.js";

/** This figure's moment from the page's URL; null when the URL says nothing about it. */
export function momentFromPage<T>(codec: MomentCodec<T>): Decoded<T> | null {
  return typeof location === "undefined" ? null : momentFromSearch(location.search, codec);
}

/** The notice shown when a link's moment is ignored. */
export function linkNotice(problem: string): HTMLElement {
  return h("p", {class: "wb-link-notice", role: "status", "data-link-notice": ""}, ignoredNotice(problem));
}

export interface ShareBar {
  element: HTMLElement;
  /** The link to the current moment (also written to the address bar). */
  link(): string;
}

/** The button and the field a share bar is made of (a figure may build them itself and load the rest later). */
export function shareParts(): {element: HTMLElement; button: HTMLButtonElement; field: HTMLInputElement} {
  const button = h("button", {type: "button", class: "wb-button wb-share", "data-action": "copy-link"}, "Copy link to this moment");
  const field = h("input", {type: "text", readonly: true, class: "wb-share-field", "aria-label": "Link to this moment", hidden: true});
  return {element: h("div", {class: "wb-share-bar"}, button, field), button, field};
}

/** Writes the moment's link to the address bar, then copies it (or shows it selected in `field`). Returns the link. */
export function copyLink<T>(codec: MomentCodec<T>, moment: T, field: HTMLInputElement, narrate: (text: string) => void): string {
  const search = searchWith(location.search, codec.param, codec.encode(moment));
  const url = `${location.origin}${location.pathname}${search}${location.hash}`;
  history.replaceState(history.state, "", url);
  field.value = url;
  field.hidden = false;
  const showField = (why: string) => {
    field.focus();
    field.select();
    narrate(`${why} The link is in the field below, selected: press Ctrl+C (⌘C on a Mac) to copy it.`);
  };
  const clip = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (!clip?.writeText) showField("This browser does not let the page copy.");
  else
    clip.writeText(url).then(
      () => narrate("Link to this moment copied. It is also in the field below and in the address bar."),
      () => showField("The browser refused to copy.")
    );
  return url;
}

export function shareBar<T>(codec: MomentCodec<T>, moment: () => T, narrate: (text: string) => void): ShareBar {
  const parts = shareParts();
  parts.button.addEventListener("click", () => void copyLink(codec, moment(), parts.field, narrate));
  return {element: parts.element, link: () => copyLink(codec, moment(), parts.field, narrate)};
}
