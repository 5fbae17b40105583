export type DraftSaverTiming = {
  /** Save once typing has paused this long. */
  quietMs: number;
  /** Save at least this often while typing goes on: the most typing a crash can cost. */
  maxWaitMs: number;
};

export const draftSaverTiming: DraftSaverTiming = { quietMs: 300, maxWaitMs: 1000 };

export type DraftSaver = {
  /** The text changed: save it soon. */
  change: (text: string) => void;
  /** Saves the latest text now; resolves once every save so far is stored, rejects if the last one failed. */
  flush: () => Promise<void>;
  /**
   * Like flush, but starts the write at once with `saveAtOnce`, even while a save is under way (then saves once
   * more after it): for a page going away.
   */
  flushAtOnce: () => Promise<void>;
};

const ignore = () => undefined;

/**
 * Saves a draft debounced: after a pause in typing, and at least every `maxWaitMs` while typing goes on. Saves run
 * one after another, so a later text never lands before an earlier one; a failed save keeps its text for the
 * next flush. The first save of an idle saver starts at once (in the same task), so a flush on unmount or
 * `pagehide` reaches the database before anything the page does next.
 */
export function createDraftSaver(
  save: (text: string) => Promise<unknown>,
  { quietMs, maxWaitMs }: DraftSaverTiming = draftSaverTiming,
  saveAtOnce: (text: string) => Promise<unknown> = save,
): DraftSaver {
  let unsaved: string | null = null;
  let running: Promise<void> | null = null;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  const stopTimers = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
  };
  const store = (text: string, write: (text: string) => Promise<unknown>): Promise<void> =>
    write(text).then(ignore, (error: unknown) => {
      unsaved ??= text;
      throw error;
    });
  const track = (next: Promise<void>) => {
    running = next;
    void next.then(() => void (running === next && (running = null)), ignore);
    return next;
  };
  /** Takes the unsaved text and starts its save, after the one under way or (atOnce) right now. */
  const saveLatest = (atOnce: boolean): Promise<void> => {
    stopTimers();
    if (unsaved === null) return running ?? Promise.resolve();
    const text = unsaved;
    unsaved = null;
    const earlier = running;
    if (!earlier) return track(store(text, atOnce ? saveAtOnce : save));
    if (!atOnce) return track(earlier.catch(ignore).then(() => store(text, save)));
    // The write issued now may land before the save under way, which would then put older text over it: save
    // the text once more after that one. (A page that is unloading drops the save under way anyway.)
    const now = store(text, saveAtOnce);
    return track(
      earlier
        .catch(ignore)
        .then(() => now)
        .then(() => store(text, save)),
    );
  };
  const flushQuietly = () => void saveLatest(false).catch(ignore);
  return {
    change: (text) => {
      unsaved = text;
      clearTimeout(quiet);
      quiet = setTimeout(flushQuietly, quietMs);
      deadline ??= setTimeout(flushQuietly, maxWaitMs);
    },
    flush: () => saveLatest(false),
    flushAtOnce: () => saveLatest(true),
  };
}
