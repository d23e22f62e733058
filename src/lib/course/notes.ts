// Speaker notes as pages see them (the schema is in notes.schema.ts), and how the notes window
// finds what to show for a position: the figure's notes by title, and the hints for the beat whose
// narrated sentence contains a hint's `when` text.

export interface BeatHint {
  /** Text the figure's narrated sentence contains at that beat. */
  when: string;
  hint: string;
}

export interface FigureNotes {
  /** The figure's title, exactly as the figure shows it. */
  title: string;
  notes: string[];
  beats: BeatHint[];
}

export interface ChapterNotesRecord {
  id: string;
  opening: string;
  figures: FigureNotes[];
  closing?: string;
}

/** A chapter's notes joined with the course outline. */
export interface ChapterNotes extends ChapterNotesRecord {
  title: string;
  minutes: number;
}

export interface NotesAt {
  chapter?: ChapterNotes;
  /** The current figure's notes, if there are any for its title. */
  figure?: FigureNotes;
  /** The hints whose `when` the narration contains. */
  hints: string[];
  /** The next figure's notes, if any. */
  next?: FigureNotes;
}

/** What to show for a chapter, a figure title (null before the first), its narration and the next figure. */
export function notesAt(all: readonly ChapterNotes[], chapter: string, figure: string | null, narration: string, next: string | null): NotesAt {
  const notes = all.find((c) => c.id === chapter);
  const find = (title: string | null) => (title === null ? undefined : notes?.figures.find((f) => f.title === title));
  const current = find(figure);
  return {
    chapter: notes,
    figure: current,
    hints: current && narration ? current.beats.filter((b) => narration.includes(b.when)).map((b) => b.hint) : [],
    next: find(next)
  };
}

/** Elapsed time as m:ss, or h:mm:ss from an hour on. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
