// The speaker-notes window: follows a chapter in presenter mode (presenter.ts) over a
// BroadcastChannel and shows the chapter, the current figure and beat, its notes and hints, what
// comes next and the time since presenter mode started. Opened first, it asks for the position.
// Below, every chapter's notes, to read or print.
import {formatElapsed, notesAt, type ChapterNotes} from "../lib/course/notes.js";
import {h} from "./dom.js";
import {errorBox} from "./figure.js";
import {PRESENTER_CHANNEL, type NotesMessage, type PresenterAction, type PresenterPosition} from "./presenter.js";

export interface SpeakerNotesOptions {
  /** The chapter asked for in the address (?chapter=), shown until a presenter reports. */
  chapter?: string | null;
  /** Stops the timer and closes the channel. */
  invalidation?: Promise<unknown>;
}

/** Whether a message is a presenter position (messages come from any page of the site). */
export function isPosition(data: unknown): data is PresenterPosition {
  const p = data as Partial<PresenterPosition> | null;
  return !!p && p.type === "position" && typeof p.chapter === "string" && typeof p.index === "number" && typeof p.count === "number" && typeof p.active === "boolean";
}

export function speakerNotesView(all: readonly ChapterNotes[], {chapter: asked, invalidation}: SpeakerNotesOptions = {}): HTMLElement {
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(PRESENTER_CHANNEL) : undefined;
  let position: PresenterPosition | undefined;
  let started = Date.now();
  let restarted = false;

  const connection = h("p", {class: "wb-notes-connection", role: "status"});
  const clock = h("span", {class: "wb-notes-clock", "aria-label": "Elapsed time"}, "0:00");
  const restart = h("button", {type: "button", class: "wb-button", onclick: () => ((started = Date.now()), (restarted = true), tick())}, "Restart timer");
  const send = (action: PresenterAction) => position && channel?.postMessage({type: "command", action, to: position.id} satisfies NotesMessage);
  const commands = h(
    "div",
    {class: "wb-controls wb-notes-commands", role: "group", "aria-label": "Step the presenting window"},
    h("button", {type: "button", class: "wb-button", "data-command": "figure-prev", onclick: () => send("figure-prev")}, "◀◀ Previous figure"),
    h("button", {type: "button", class: "wb-button", "data-command": "beat-prev", onclick: () => send("beat-prev")}, "◀ Back"),
    h("button", {type: "button", class: "wb-button", "data-command": "beat-next", onclick: () => send("beat-next")}, "Step ▶"),
    h("button", {type: "button", class: "wb-button", "data-command": "figure-next", onclick: () => send("figure-next")}, "Next figure ▶▶")
  );
  const live = h("section", {class: "wb-notes-live", "aria-live": "polite", "aria-label": "Now"});
  const root = h(
    "div",
    {class: "wb-notes"},
    h("div", {class: "wb-notes-top"}, connection, h("p", {class: "wb-notes-timer"}, "Elapsed ", clock, " "), restart),
    commands,
    live
  );

  if (asked && !all.some((c) => c.id === asked)) {
    root.prepend(errorBox(`The address asks for the notes of chapter “${asked}”, which has none. Chapters with notes: ${all.map((c) => c.id).join(", ")}.`));
  }

  function tick(): void {
    const since = !restarted && position?.active && position.since ? position.since : started;
    clock.textContent = formatElapsed(Date.now() - since);
  }

  function render(): void {
    const chapterId = position?.chapter ?? asked ?? "";
    const figure = position?.active ? position.figure : null;
    const at = notesAt(all, chapterId, figure, position?.narration ?? "", position?.active ? position.next : null);
    connection.textContent = !channel
      ? "This browser cannot link two windows (no BroadcastChannel): the notes below do not follow the chapter."
      : !position
        ? "Waiting for a chapter window. Open a chapter, turn on presenter mode, and these notes follow it."
        : position.active
          ? `Following “${position.page}” in presenter mode.`
          : `“${position.page}” is open but not in presenter mode.`;
    const parts: (Node | string)[] = [];
    const chapter = at.chapter;
    parts.push(h("h2", {class: "wb-notes-chapter"}, chapter ? `${chapter.title} (${chapter.minutes} min)` : position ? position.page : "No chapter yet"));
    if (!chapter && chapterId) parts.push(h("p", {}, `There are no speaker notes for “${chapterId}”.`));
    if (position?.active && position.index >= 0) {
      parts.push(h("h3", {class: "wb-notes-figure"}, `Figure ${position.index + 1} of ${position.count}: ${position.figure ?? ""}`));
      parts.push(h("p", {class: "wb-notes-beat"}, position.beat > 0 ? `Step ${position.beat} on this figure. ` : "At the figure's start. ", position.narration ? h("q", {}, position.narration) : null));
      if (at.hints.length) parts.push(h("div", {class: "wb-notes-hints"}, h("strong", {}, "At this step: "), ...at.hints.map((hint) => h("p", {}, hint))));
      parts.push(at.figure ? h("ul", {class: "wb-notes-list"}, at.figure.notes.map((n) => h("li", {}, n))) : h("p", {}, "No notes for this figure."));
    } else if (chapter) {
      parts.push(h("h3", {class: "wb-notes-figure"}, "Before the first figure"), h("p", {class: "wb-notes-opening"}, chapter.opening));
    }
    if (position?.active) {
      const nextTitle = position.index + 1 < position.count ? position.next : null;
      parts.push(h("p", {class: "wb-notes-next"}, h("strong", {}, "Next: "), nextTitle ?? (chapter?.closing ? `the end of the chapter. ${chapter.closing}` : "the end of the chapter.")));
      if (at.next) parts.push(h("p", {class: "wb-notes-next-note"}, at.next.notes[0]));
    }
    live.replaceChildren(...parts);
    for (const b of commands.querySelectorAll("button")) b.disabled = !position?.active;
    tick();
  }

  channel?.addEventListener("message", (event: MessageEvent) => {
    if (!isPosition(event.data)) return;
    // Several chapter windows may answer: follow the one that moved last.
    if (position && position.chapter !== event.data.chapter && (event.data.acted ?? 0) < (position.acted ?? 0)) return;
    position = event.data;
    render();
  });
  channel?.postMessage({type: "hello"} satisfies NotesMessage);
  const timer = setInterval(tick, 1000);
  invalidation?.then(() => {
    clearInterval(timer);
    channel?.close();
  });
  render();
  return root;
}

/** Every chapter's notes, for reading ahead or printing. */
export function allSpeakerNotes(all: readonly ChapterNotes[]): HTMLElement {
  return h(
    "div",
    {class: "wb-notes-all"},
    all.map((c) =>
      h(
        "details",
        {class: "wb-notes-chapter-all", "data-chapter": c.id},
        h("summary", {}, `${c.title} (${c.minutes} min, ${c.figures.length} figure${c.figures.length === 1 ? "" : "s"})`),
        h("p", {}, h("strong", {}, "Opening: "), c.opening),
        c.figures.map((f) =>
          h(
            "section",
            {},
            h("h4", {}, f.title),
            h("ul", {}, f.notes.map((n) => h("li", {}, n))),
            f.beats.length ? h("ul", {class: "wb-notes-beats"}, f.beats.map((b) => h("li", {}, h("em", {}, `When “${b.when}”: `), b.hint))) : null
          )
        ),
        c.closing ? h("p", {}, h("strong", {}, "Closing: "), c.closing) : null
      )
    )
  );
}
