import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { DraftPosition } from '@/domain/records/draft-schema';
import { registerReloadGuard } from '@/lib/reload-guard';
import { appDatabase } from '@/storage/database';
import { saveDraft, saveDraftAtOnce } from '@/storage/draft-repository';
import { createDraftSaver } from './draft-saver';

const ignore = () => undefined;

/**
 * The answer being typed at one position of an attempt, starting from its stored draft. Every change is saved
 * debounced (`createDraftSaver`), and flushed when the page hides or unloads, before a reload the app starts
 * itself (the reload guard), and when the box goes away (the learner moved on, or went to another page).
 */
export function useAnswerDraft(
  attemptId: string,
  position: DraftPosition,
  initial: string,
): [string, Dispatch<SetStateAction<string>>] {
  const [draft, setDraft] = useState(initial);
  // One saver per box: the box is keyed by its position, so the position never changes under it.
  const [saver] = useState(() =>
    createDraftSaver(
      (text) => saveDraft(appDatabase(), { attemptId, ...position, text }),
      undefined,
      (text) => saveDraftAtOnce(appDatabase(), { attemptId, ...position, text }),
    ),
  );
  const seen = useRef(initial);

  useEffect(() => {
    if (draft === seen.current) return;
    seen.current = draft;
    saver.change(draft);
  }, [draft, saver]);

  useEffect(() => {
    const flush = () => saver.flush();
    const flushQuietly = () => void flush().catch(ignore);
    // A page being hidden may be unloaded next, with no time for the checked save's second round trip.
    const flushAtOnce = () => void saver.flushAtOnce().catch(ignore);
    const onVisibility = () => document.visibilityState === 'hidden' && flushAtOnce();
    window.addEventListener('pagehide', flushAtOnce);
    document.addEventListener('visibilitychange', onVisibility);
    const unregister = registerReloadGuard(flush);
    return () => {
      window.removeEventListener('pagehide', flushAtOnce);
      document.removeEventListener('visibilitychange', onVisibility);
      unregister();
      flushQuietly();
    };
  }, [saver]);

  return [draft, setDraft];
}
