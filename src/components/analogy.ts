// The operating-system analogy as a figure: one computer on the left, DC/OS on the right, each
// grouped by where it lives, with a line joining every pair. Select either side (mouse, or Tab
// then arrow keys: up and down within a side, left and right to jump to the counterpart) to see
// both halves and what differs.
import {analogyColumn, type AnalogyPair, type AnalogySlot} from "../lib/course/analogy.js";
import {h, s} from "./dom.js";
import {figureFrame} from "./figure.js";

export interface AnalogyOptions {
  width?: number;
  /** The pair selected at first. */
  selected?: string;
  /** Link a component id to a page (returns undefined when there is no page yet). */
  componentHref?: (id: string) => string | undefined;
}

const ITEM_H = 34;
const ITEM_GAP = 6;
const GROUP_H = 24;

interface Positioned extends AnalogySlot {
  y: number;
}

/** The vertical position of every item of a column, with room for its group headings. */
export function positionColumn(slots: readonly AnalogySlot[]): {items: Positioned[]; groups: {title: string; y: number}[]; height: number} {
  const items: Positioned[] = [];
  const groups: {title: string; y: number}[] = [];
  let y = 0;
  let group: string | undefined;
  for (const slot of slots) {
    if (slot.group !== group) {
      group = slot.group;
      groups.push({title: slot.groupTitle, y});
      y += GROUP_H;
    }
    items.push({...slot, y});
    y += ITEM_H + ITEM_GAP;
  }
  return {items, groups, height: y};
}

export function analogyFigure(pairs: readonly AnalogyPair[], {width = 760, selected, componentHref = () => undefined}: AnalogyOptions = {}): HTMLElement {
  const frame = figureFrame({
    title: "One computer and DC/OS, side by side",
    description:
      "Two lists of buttons. On the left, parts of a single computer's operating system; on the right, their DC/OS counterparts. Selecting an item on either side highlights its partner and explains both and what differs. Use the arrow keys: up and down move within a side, left and right jump to the partner.",
    keep: 1,
    visibleLog: false // the detail panel shows the same words on screen
  });
  const byId = new Map(pairs.map((p) => [p.id, p]));
  const left = positionColumn(analogyColumn(pairs, "computer"));
  const right = positionColumn(analogyColumn(pairs, "dcos"));
  const height = Math.max(left.height, right.height);
  const wide = width >= 620;
  const colW = wide ? Math.min(280, Math.floor((width - 110) / 2)) : width;
  const midX = colW;
  const midW = wide ? width - 2 * colW : 0;

  const stage = h("div", {class: "analogy-stage", style: `position:relative;width:${width}px;max-width:100%;height:${wide ? height + 26 : "auto"}px`});
  const buttons = new Map<string, HTMLButtonElement>(); // key `${side}:${id}`
  const lines = new Map<string, SVGPathElement>();

  const header = (text: string, x: number) =>
    h("div", {style: `position:absolute;left:${x}px;top:0;width:${colW}px;font:700 13px var(--sans-serif);letter-spacing:.04em`}, text.toUpperCase());

  if (wide) {
    stage.append(header("One computer", 0), header("DC/OS", width - colW));
    const svg = s("svg", {width: midW, height: height + 26, "aria-hidden": "true", style: `position:absolute;left:${midX}px;top:0;overflow:visible`});
    for (const l of left.items) {
      const r = right.items.find((x) => x.id === l.id)!;
      const y1 = 26 + l.y + ITEM_H / 2;
      const y2 = 26 + r.y + ITEM_H / 2;
      const path = s("path", {
        d: `M0,${y1} C${midW / 2},${y1} ${midW / 2},${y2} ${midW},${y2}`,
        fill: "none",
        stroke: "var(--c-line)",
        "stroke-width": 1.5,
        class: "analogy-line"
      });
      lines.set(l.id, path);
      svg.append(path);
    }
    stage.append(svg);
  }

  const column = (col: typeof left, side: "computer" | "dcos", x: number) => {
    const box = h("div", {role: "group", "aria-label": side === "computer" ? "One computer" : "DC/OS", style: wide ? `position:absolute;left:${x}px;top:26px;width:${colW}px` : ""});
    if (!wide) box.append(h("h4", {style: "margin:.6rem 0 .2rem;font:700 13px var(--sans-serif)"}, side === "computer" ? "ONE COMPUTER" : "DC/OS"));
    for (const g of col.groups) {
      box.append(h("div", {style: `${wide ? `position:absolute;top:${g.y}px;` : ""}font:12px var(--sans-serif);opacity:.8;padding-top:4px`}, g.title));
    }
    for (const item of col.items) {
      const pair = byId.get(item.id)!;
      const button = h(
        "button",
        {
          type: "button",
          class: "wb-button analogy-item",
          "data-id": item.id,
          "data-side": side,
          "aria-pressed": "false",
          style: `${wide ? `position:absolute;top:${item.y}px;` : "display:block;margin:4px 0;"}width:${colW}px;height:${ITEM_H}px;text-align:left;border-left:4px solid ${side === "computer" ? "var(--c-external)" : "var(--c-master)"}`,
          onclick: () => select(item.id, side)
        },
        pair[side].name
      );
      buttons.set(`${side}:${item.id}`, button);
      box.append(button);
    }
    return box;
  };
  stage.append(column(left, "computer", 0), column(right, "dcos", width - colW));

  const detail = h("div", {class: "analogy-detail", style: "display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:.5rem 1.2rem;margin-top:.8rem"});

  function select(id: string, side: "computer" | "dcos", announce = true): void {
    const pair = byId.get(id);
    if (!pair) return;
    for (const [key, button] of buttons) {
      const on = key.endsWith(`:${id}`);
      button.setAttribute("aria-pressed", String(on));
      button.classList.toggle("is-selected", on);
    }
    for (const [key, path] of lines) {
      path.setAttribute("stroke", key === id ? "var(--theme-foreground-focus)" : "var(--c-line)");
      path.setAttribute("stroke-width", key === id ? "3.5" : "1.5");
    }
    const components = pair.dcos.components.map((c) => {
      const href = componentHref(c);
      return href ? h("a", {href}, c) : h("code", {}, c);
    });
    detail.replaceChildren(
      h("div", {}, h("strong", {}, `On one computer: ${pair.computer.name}`), h("p", {style: "margin:.2rem 0"}, pair.computer.text)),
      h(
        "div",
        {},
        h("strong", {}, `In DC/OS: ${pair.dcos.name}`),
        h("p", {style: "margin:.2rem 0"}, pair.dcos.text),
        components.length ? h("p", {style: "margin:.2rem 0;font-size:13px"}, "Components: ", ...components.flatMap((c, i) => (i ? [", ", c] : [c]))) : null
      ),
      h("div", {}, h("strong", {}, "What differs"), h("p", {style: "margin:.2rem 0"}, pair.differs)),
      h("p", {style: "grid-column:1/-1;margin:0;font-size:12px;opacity:.85"}, `Sources: ${pair.source.map((x) => `${x.title ?? x.key} (DC/OS ${x.version} docs)`).join("; ")}`)
    );
    if (announce) frame.narrate(`${pair.computer.name} on one computer corresponds to ${pair.dcos.name} in DC/OS. ${pair.differs}`);
    void side;
  }

  stage.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    const id = target.dataset?.id;
    const side = target.dataset?.side as "computer" | "dcos" | undefined;
    if (!id || !side) return;
    const col = side === "computer" ? left : right;
    const index = col.items.findIndex((i) => i.id === id);
    let next: {id: string; side: "computer" | "dcos"} | undefined;
    if (event.key === "ArrowDown") next = {id: col.items[Math.min(col.items.length - 1, index + 1)]!.id, side};
    else if (event.key === "ArrowUp") next = {id: col.items[Math.max(0, index - 1)]!.id, side};
    else if (event.key === "ArrowRight" || event.key === "ArrowLeft") next = {id, side: event.key === "ArrowRight" ? "dcos" : "computer"};
    if (!next) return;
    event.preventDefault();
    buttons.get(`${next.side}:${next.id}`)?.focus();
    select(next.id, next.side);
  });

  const table = h(
    "details",
    {},
    h("summary", {}, "All pairs as a table"),
    h(
      "table",
      {},
      h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "One computer"), h("th", {scope: "col"}, "DC/OS"), h("th", {scope: "col"}, "What differs"))),
      h("tbody", {}, pairs.map((p) => h("tr", {}, h("td", {}, p.computer.name), h("td", {}, p.dcos.name), h("td", {}, p.differs))))
    )
  );

  frame.body.append(stage, detail, table);
  select(selected && byId.has(selected) ? selected : pairs[0]!.id, "computer", false);
  return frame.root;
}
