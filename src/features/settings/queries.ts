import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { backupError } from '@/domain/backup/backup-errors';
import type { BackupScope } from '@/domain/backup/backup-schema';
import { backupLimits } from '@/domain/records/limits';
import { downloadBackup } from '@/storage/download-backup';
import { appDatabase } from '@/storage/database';
import { queryKeys } from '@/storage/query-keys';
import { restoreBackup, type RestoreResult } from '@/storage/restore-backup';
import { fullEvidenceListQuery, setFullEvidenceList } from '@/storage/coach-settings';
import { activeProfileIdQuery, profilesQuery } from '@/storage/shared-queries';
import { estimateUsage, isPersisted, requestPersistence } from '@/storage/storage-status';

// A text of maxFileChars characters takes at most three bytes per character in UTF-8; a larger file cannot
// be a backup, and reading it whole could exhaust the tab's memory.
const maxFileBytes = backupLimits.maxFileChars * 3;

export const useProfiles = () => useQuery(profilesQuery());
export const useActiveProfileId = () => useQuery(activeProfileIdQuery());

/** Makes a backup file of the scope and offers it as a download; resolves to the file's name. */
export function useDownloadBackup() {
  return useMutation({
    mutationFn: (scope: BackupScope) => downloadBackup(scope),
  });
}

// No invalidation here: the data provider refreshes every query after any committed write, restores included.
export function useRestoreBackup() {
  return useMutation({
    mutationFn: async (file: File): Promise<RestoreResult> => {
      if (file.size > maxFileBytes)
        return {
          ok: false,
          reason: 'invalid-file',
          errors: [backupError('too-large', '', 'The file is too large to be a backup.')],
        };
      return restoreBackup(appDatabase(), await file.text());
    },
  });
}

export function usePersistence() {
  return useQuery({ queryKey: queryKeys.storage.persisted(), queryFn: () => isPersisted() });
}

export function useRequestPersistence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => requestPersistence(),
    onSuccess: (outcome) => client.setQueryData(queryKeys.storage.persisted(), outcome),
  });
}

export function useStorageUsage() {
  return useQuery({ queryKey: queryKeys.storage.usage(), queryFn: () => estimateUsage() });
}

export const useFullEvidenceList = () => useQuery(fullEvidenceListQuery());

export function useSetFullEvidenceList() {
  return useMutation({ mutationFn: setFullEvidenceList });
}
