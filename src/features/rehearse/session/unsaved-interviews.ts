/**
 * Interviews left inside the app before their last save was stored (still queued, or failing on a full disk).
 * Their writer goes on for the life of the page, and when the learner opens the interview again it resumes from
 * the snapshot that writer still holds, which is ahead of the stored one: answers given but not yet stored are
 * neither lost nor asked again. The reopened interview's writer then owns the attempt and the old one stops
 * (a save it already started commits before any of the new writer's, as IndexedDB orders its transactions).
 */
type Kept = { unsaved: () => unknown; stop: () => void };

const kept = new Map<string, Kept>();

/** Keeps a closing interview's writer running while it has something not yet stored; else stops it. */
export function keepWhileUnsaved(attemptId: string, writer: Kept): void {
  if (writer.unsaved() === null) return writer.stop();
  kept.get(attemptId)?.stop();
  kept.set(attemptId, writer);
}

/** The snapshot a kept writer has not stored yet, if any (stored by now: nothing, and the writer is let go). */
export function unsavedSnapshot(attemptId: string): unknown {
  const writer = kept.get(attemptId);
  const snapshot = writer?.unsaved() ?? undefined;
  if (writer && snapshot === undefined) {
    writer.stop();
    kept.delete(attemptId);
  }
  return snapshot;
}

/** The reopened interview takes over: the kept writer stops. */
export function takeOver(attemptId: string): void {
  kept.get(attemptId)?.stop();
  kept.delete(attemptId);
}
