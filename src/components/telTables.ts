// Telemetry tables: which component produced which event with which fields, and what was and
// was not collected. Text only.
import type {TelemetryData} from "../lib/design/types.js";
import {h} from "./dom.js";

export function telEvents(data: TelemetryData): HTMLElement {
  return h(
    "table",
    {class: "tel-events"},
    h("caption", {}, "Events and the component that produced each"),
    h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Produced by"), h("th", {scope: "col"}, "Event"), h("th", {scope: "col"}, "Fields"))),
    h("tbody", {}, data.events.map((e) => h("tr", {"data-event": e.id}, h("th", {scope: "row"}, e.producer), h("td", {}, h("code", {}, e.event)), h("td", {}, e.fields.join("; ")))))
  );
}

export function telCollected(data: TelemetryData): HTMLElement {
  const list = (collected: boolean) =>
    h("ul", {class: `tel-list ${collected ? "is-collected" : "is-not"}`}, data.collected.filter((c) => c.collected === collected).map((c) => h("li", {"data-id": c.id}, c.text)));
  return h(
    "div",
    {class: "tel-collected"},
    h("div", {}, h("h4", {}, "Sent"), list(true)),
    h("div", {}, h("h4", {}, "Not sent"), list(false))
  );
}
