import { z } from 'zod';
import { appDatabase } from './database';
import { queryKeys } from './query-keys';
import { getSetting, putSetting } from './settings-repository';

// Query options for the coach's settings, read by the rehearse area and changed on the settings page.

const fullEvidenceListSetting = 'coach.fullEvidenceList';

/**
 * Whether the coach lists every expected evidence item while the learner types (the answer-key view some
 * learners prefer), instead of what the answer covers and one hint at a time. Off unless chosen; a stored value
 * that is not a boolean counts as off.
 */
export const fullEvidenceListQuery = () => ({
  queryKey: queryKeys.settings.detail(fullEvidenceListSetting),
  queryFn: async (): Promise<boolean> => {
    const parsed = z.boolean().safeParse(await getSetting(appDatabase(), fullEvidenceListSetting));
    return parsed.success && parsed.data;
  },
});

export function setFullEvidenceList(value: boolean): Promise<void> {
  return putSetting(appDatabase(), fullEvidenceListSetting, value);
}
