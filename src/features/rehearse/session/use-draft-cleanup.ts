import { useEffect, useRef } from 'react';
import { draftPositionKey, type DraftPosition } from '@/domain/records/draft-schema';
import { appDatabase } from '@/storage/database';
import { clearLeftDrafts } from '@/storage/draft-repository';

/**
 * Clears the drafts of the positions this interview has left, once the session says its writes are settled;
 * `clearLeftDrafts` checks against the stored snapshot, so a draft goes only after its answer is stored. When
 * the interview is over, all its drafts go.
 */
export function useDraftCleanup(
  attemptId: string,
  position: DraftPosition | null,
  { settled, finished }: { settled: boolean; finished: boolean },
): void {
  const left = useRef(new Map<string, DraftPosition>());
  const current = useRef(position);
  const positionKey = position ? draftPositionKey(position) : '';

  useEffect(() => {
    const before = current.current;
    if (before && (!position || draftPositionKey(before) !== draftPositionKey(position)))
      left.current.set(draftPositionKey(before), before);
    current.current = position;
    // The key stands for the position; a new object for the same position is no move.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [positionKey]);

  useEffect(() => {
    if (!settled || (!finished && left.current.size === 0)) return;
    const positions = [...left.current.values()];
    left.current.clear();
    const keepForLater = (kept: DraftPosition[]) => kept.forEach((p) => left.current.set(draftPositionKey(p), p));
    clearLeftDrafts(appDatabase(), attemptId, positions).then(keepForLater, () => keepForLater(positions));
  }, [attemptId, settled, finished, positionKey]);
}
