// The course map: every chapter as a card grouped by part, joined in course order. Chapters
// that exist are links; planned ones are drawn dashed and say so. Arrow keys move between
// chapters, and the panel under the map describes the one in focus or under the pointer.
// Given the reader's progress, each card says it in words (read, checks answered), shows a bar
// for the checks answered and a tick once the chapter is read; the list and the panel say it too.
import * as d3 from "d3";
import {COURSE_PARTS, type CourseChapter} from "../lib/course/parts.js";
import {h, s} from "./dom.js";

export interface ChapterProgress {
  read?: boolean;
  answered?: number;
  total?: number;
  correct?: number;
}

export interface CourseMapOptions {
  width?: number;
  /** The chapter to mark as "you are here". */
  current?: string;
  progress?: Record<string, ChapterProgress>;
}

interface Placed {
  chapter: CourseChapter;
  x: number;
  y: number;
  w: number;
  h: number;
  order: number;
}

const CARD_H = 64;
const GAP = 12;
const HEADER = 30;

/** Lays out cards: one column per part on wide screens, one row per part on narrow ones. */
export function layoutCourse(chapters: readonly CourseChapter[], width: number): {cards: Placed[]; height: number; headers: {title: string; x: number; y: number}[]} {
  const parts = COURSE_PARTS.filter((p) => chapters.some((c) => c.part === p.id));
  const cards: Placed[] = [];
  const headers: {title: string; x: number; y: number}[] = [];
  if (width >= 720) {
    const colW = width / parts.length;
    let height = 0;
    parts.forEach((part, i) => {
      headers.push({title: part.title, x: i * colW + 4, y: 18});
      chapters
        .filter((c) => c.part === part.id)
        .forEach((chapter, j) => {
          const y = HEADER + j * (CARD_H + GAP);
          cards.push({chapter, x: i * colW + 4, y, w: colW - 16, h: CARD_H, order: chapters.indexOf(chapter)});
          height = Math.max(height, y + CARD_H);
        });
    });
    return {cards: cards.sort((a, b) => a.order - b.order), height: height + 4, headers};
  }
  let y = 0;
  for (const part of parts) {
    headers.push({title: part.title, x: 4, y: y + 18});
    y += HEADER;
    for (const chapter of chapters.filter((c) => c.part === part.id)) {
      cards.push({chapter, x: 4, y, w: width - 8, h: CARD_H, order: chapters.indexOf(chapter)});
      y += CARD_H + GAP;
    }
  }
  return {cards: cards.sort((a, b) => a.order - b.order), height: y, headers};
}

/** The short status on a card: planned, open (not started), read, and checks answered. */
export function statusText(c: CourseChapter, p: ChapterProgress | undefined): string {
  if (!c.available) return "planned";
  const answered = p?.answered ?? 0;
  const of = p?.total ? ` of ${p.total}` : "";
  // Short enough for a narrow card: "read · 2 of 4" once read, "2 of 4 checks" before.
  if (p?.read) return answered > 0 ? `read · ${answered}${of}` : "read";
  return answered > 0 ? `${answered}${of} checks` : "open";
}

/** The same in a sentence, for the panel and the list. */
export function progressSentence(p: ChapterProgress | undefined): string {
  const answered = p?.answered ?? 0;
  if (!p?.read && answered === 0) return "Not started.";
  const read = p?.read ? "Read" : "Not read yet";
  if (answered === 0) return `${read}${p?.total ? `; none of its ${p.total} checks answered` : ""}.`;
  const of = p?.total ? ` of ${p.total}` : "";
  const right = p?.correct === undefined ? "" : `, ${p.correct} correctly`;
  return `${read}; ${answered}${of} checks answered${right}.`;
}

export function courseMap(chapters: readonly CourseChapter[], {width = 900, current, progress = {}}: CourseMapOptions = {}): HTMLElement {
  const {cards, height, headers} = layoutCourse(chapters, width);
  const total = d3.sum(chapters, (c) => c.minutes);
  const detail = h("p", {class: "course-map-detail", "aria-live": "polite"}, "Use Tab to reach the map, then the arrow keys to move between chapters; Enter opens one.");

  const svg = s("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "group",
    "aria-label": `Course map: ${chapters.length} chapters in ${headers.length} parts, about ${Math.round(total / 60 * 10) / 10} hours in all`,
    style: "max-width:100%;height:auto;font-family:var(--sans-serif);overflow:visible"
  });

  // The path through the course, in order, behind the cards.
  const line = d3
    .line<Placed>()
    .x((d) => d.x + d.w / 2)
    .y((d) => d.y + d.h / 2)
    .curve(d3.curveMonotoneX);
  svg.append(s("path", {d: line(cards) ?? "", fill: "none", stroke: "var(--c-line)", "stroke-width": 2, "aria-hidden": "true"}));

  for (const header of headers) {
    svg.append(s("text", {x: header.x, y: header.y, "font-weight": 700, "font-size": 13, fill: "currentColor", "letter-spacing": "0.04em", "aria-hidden": "true"}, header.title.toUpperCase()));
  }

  const focusables: SVGElement[] = [];
  const describe = (c: CourseChapter) => {
    const part = COURSE_PARTS.find((p) => p.id === c.part)?.title ?? c.part;
    const p = progress[c.id];
    const yours = c.available && c.id !== "index" && (p?.read || p?.answered) ? ` Your progress: ${progressSentence(p)}` : "";
    detail.textContent = `${c.title} (${part}, ${c.minutes} min${c.available ? "" : ", planned"}): ${c.summary}${yours}`;
  };

  cards.forEach((card, i) => {
    const {chapter: c} = card;
    const p = progress[c.id];
    // Planned cards are images named with their visible words.
    const label = `${c.title} ${c.minutes} min · ${statusText(c, p)}`;
    const group = c.available
      ? s("a", {
          href: c.id === "index" ? "./" : `.${c.path}`,
          tabindex: i === 0 ? 0 : -1,
          class: "course-card",
          "aria-current": c.id === current ? "page" : null,
          // With progress, the name is the visible text followed by the progress in words.
          "aria-label": p?.read || p?.answered ? `${c.title} ${c.minutes} min · ${statusText(c, p)}. ${progressSentence(p)}` : null
        })
      : s("g", {role: "img", "aria-label": label, tabindex: -1, class: "course-card is-planned"});
    const stroke = c.id === current ? "var(--theme-foreground-focus)" : c.available ? "var(--c-master)" : "var(--c-line)";
    group.append(
      s("rect", {
        x: card.x,
        y: card.y,
        width: card.w,
        height: card.h,
        rx: 8,
        fill: "var(--theme-background)",
        stroke,
        "stroke-width": c.id === current ? 3 : 1.5,
        "stroke-dasharray": c.available ? null : "5 4"
      }),
      s("text", {x: card.x + 10, y: card.y + 24, "font-size": fontSize(c.title, card.w - 20), "font-weight": 600, fill: "currentColor", opacity: c.available ? 1 : 0.75}, c.title),
      s("text", {x: card.x + 10, y: card.y + 46, "font-size": 13, fill: "currentColor", opacity: 0.8}, `${c.minutes} min · ${statusText(c, p)}`)
    );
    if (c.available && p?.total && p.answered) {
      // A bar along the bottom of the card: the share of its checks answered.
      const w = card.w - 20;
      group.append(
        s("rect", {class: "course-bar-track", x: card.x + 10, y: card.y + card.h - 9, width: w, height: 4, rx: 2, fill: "var(--c-line)", "aria-hidden": "true"}),
        s("rect", {class: "course-bar", x: card.x + 10, y: card.y + card.h - 9, width: (w * Math.min(p.answered, p.total)) / p.total, height: 4, rx: 2, fill: "var(--c-ok)", "aria-hidden": "true"})
      );
    }
    if (c.available && p?.read) {
      // A tick in a badge on the card's corner, drawn (not a character, so the link's text stays words).
      const x = card.x + card.w - 2;
      const y = card.y + 2;
      group.append(
        s("g", {class: "course-tick", "aria-hidden": "true"},
          s("circle", {cx: x, cy: y, r: 10, fill: "var(--c-ok)", stroke: "var(--theme-background)", "stroke-width": 2}),
          s("path", {d: `M${x - 5},${y}l3.5,3.5l6,-7`, fill: "none", stroke: "var(--theme-background)", "stroke-width": 2.5, "stroke-linecap": "round", "stroke-linejoin": "round"})
        )
      );
    }
    group.addEventListener("focus", () => describe(c));
    group.addEventListener("mouseenter", () => describe(c));
    focusables.push(group);
    svg.append(group);
  });

  // Roving focus: one tab stop, arrow keys move along the course.
  svg.addEventListener("keydown", (event) => {
    const index = focusables.indexOf(document.activeElement as SVGElement);
    if (index < 0) return;
    const next =
      event.key === "ArrowRight" || event.key === "ArrowDown" ? index + 1
      : event.key === "ArrowLeft" || event.key === "ArrowUp" ? index - 1
      : event.key === "Home" ? 0
      : event.key === "End" ? focusables.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    const target = focusables[Math.max(0, Math.min(focusables.length - 1, next))]!;
    focusables.forEach((f) => f.setAttribute("tabindex", f === target ? "0" : "-1"));
    target.focus();
  });

  const list = h(
    "details",
    {class: "course-map-list"},
    h("summary", {}, "The chapters as a list"),
    h(
      "ol",
      {},
      chapters.map((c) =>
        h(
          "li",
          {},
          c.available ? h("a", {href: c.id === "index" ? "./" : `.${c.path}`}, c.title) : `${c.title} (planned)`,
          ` — ${c.minutes} min. ${c.summary}`,
          c.available && c.id !== "index" && (progress[c.id]?.read || progress[c.id]?.answered) ? h("strong", {}, ` Your progress: ${progressSentence(progress[c.id])}`) : null
        )
      )
    )
  );

  return h("div", {class: "course-map"}, svg, detail, list);
}

/** A font size (11 to 15 px) at which a title fits a width, estimating 0.55 em per character. */
function fontSize(text: string, width: number): number {
  return Math.max(11, Math.min(15, Math.floor(width / (text.length * 0.55))));
}
