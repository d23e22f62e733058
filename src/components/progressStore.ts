// Keeps the reader's progress in this browser's localStorage, under a versioned key. Nothing
// leaves the browser. A stored value that cannot be read (corrupt, from another version, edited
// by hand) is set aside and progress starts again, with a notice to show on the page; when the
// browser refuses storage (private mode, storage turned off or full) progress is kept in memory
// for this page, again with a notice. Neither case throws.
import {emptyProgress, parseProgress, PROGRESS_KEY, serializeProgress, type Progress} from "../lib/course/progress.js";
import {h} from "./dom.js";

/** Where an unreadable stored value is copied before progress starts again. */
export const UNREADABLE_KEY = "dcos-workbook/progress/unreadable";

export interface ProgressStore {
  get(): Progress;
  /** Saves new progress and tells the subscribers. */
  set(next: Progress): void;
  update(change: (progress: Progress) => Progress): Progress;
  /** Called on every change of progress or notice; returns the unsubscribe function. */
  subscribe(listener: (progress: Progress) => void): () => void;
  /** Whether progress is saved in the browser (false: kept in memory for this page only). */
  readonly persistent: boolean;
  /** What went wrong reading or saving, in a sentence for the reader; null when all is well. */
  readonly notice: string | null;
  /** Reads storage again (another tab changed it) and tells the subscribers. */
  reload(): void;
}

type StorageLike = Pick<Storage, "getItem" | "setItem">;

/** The notice when the browser refuses storage, whichever way it refuses. */
export const NO_STORAGE =
  "This browser does not let the workbook save your progress (storage is turned off or full, or this is a private window), so it is kept only while this page is open.";

export function openProgressStore(getStorage: () => StorageLike | null, key = PROGRESS_KEY): ProgressStore {
  let storage: StorageLike | null = null;
  let notice: string | null = null;
  let progress = emptyProgress();
  const listeners = new Set<(p: Progress) => void>();

  try {
    storage = getStorage();
  } catch {
    // reported below
  }

  const load = (raw: string | null): void => {
    if (raw === null) {
      progress = emptyProgress();
      return;
    }
    const result = parseProgress(raw);
    if (result.ok) {
      progress = result.progress;
      return;
    }
    progress = emptyProgress();
    notice = `Your saved progress could not be read (${result.problem}), so it starts again from nothing.`;
    try {
      storage?.setItem(UNREADABLE_KEY, raw);
      notice += ` The old value is kept in this browser's storage under “${UNREADABLE_KEY}”.`;
    } catch {
      // no room for the copy: the notice says nothing about one
    }
    save();
  };

  const save = (): void => {
    if (!storage) return;
    try {
      storage.setItem(key, serializeProgress(progress));
    } catch {
      storage = null;
      notice = NO_STORAGE;
    }
  };

  if (storage) {
    try {
      load(storage.getItem(key));
    } catch {
      storage = null;
    }
  }
  if (!storage) notice = NO_STORAGE;

  const notify = () => listeners.forEach((listener) => listener(progress));

  return {
    get: () => progress,
    set(next) {
      progress = next;
      save();
      notify();
    },
    update(change) {
      this.set(change(progress));
      return progress;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get persistent() {
      return storage !== null;
    },
    get notice() {
      return notice;
    },
    reload() {
      if (!storage) return;
      try {
        load(storage.getItem(key));
      } catch {
        return;
      }
      notify();
    }
  };
}

let pageStore: ProgressStore | undefined;

/** The page's one store, on window.localStorage; follows changes made in other tabs. */
export function progressStore(): ProgressStore {
  if (!pageStore) {
    pageStore = openProgressStore(() => window.localStorage);
    const store = pageStore;
    window.addEventListener("storage", (event) => {
      if (event.key === PROGRESS_KEY || event.key === null) store.reload();
    });
  }
  return pageStore;
}

/** A notice box that shows the store's notice when there is one (and stays empty otherwise). */
export function progressNotice(store: ProgressStore): HTMLElement {
  const box = h("div", {class: "wb-notice", role: "status"});
  const render = () => {
    box.hidden = !store.notice;
    box.replaceChildren(store.notice ? h("p", {}, h("strong", {}, "About your progress: "), store.notice) : "");
  };
  render();
  store.subscribe(render);
  return box;
}
