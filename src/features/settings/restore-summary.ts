import type { TFunction } from 'i18next';
import { importedTables, type ImportCounts, type ImportReport } from '@/storage/backup-import';

type Translate = TFunction<'settings'>;

/** "1 profile, 3 attempts, 27 answers" for the kinds with a count above zero; null when all are zero. */
function countList(counts: ImportCounts, t: Translate, language: string): string | null {
  const parts = importedTables
    .filter((kind) => counts[kind] > 0)
    .map((kind) => t(`restore.kinds.${kind}`, { count: counts[kind] }));
  return parts.length > 0 ? new Intl.ListFormat(language, { type: 'unit', style: 'short' }).format(parts) : null;
}

/** What a restore did, in one sentence: "Added 1 profile, 3 attempts, 27 answers; nothing skipped." */
export function restoreSummary(report: ImportReport, t: Translate, language: string): string {
  const added = countList(report.added, t, language);
  const updated = countList(report.updated, t, language);
  const skipped = countList(report.skipped, t, language);
  const parts = [
    added ? t('restore.added', { list: added }) : t('restore.addedNothing'),
    ...(updated ? [t('restore.updated', { list: updated })] : []),
    skipped ? t('restore.skipped', { list: skipped }) : t('restore.skippedNothing'),
  ];
  return `${parts.join('; ')}.`;
}
