import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupScope } from '@/domain/backup/backup-schema';
import { activeProfileOf } from '@/storage/shared-queries';
import { toStorageProblem } from '@/storage/storage-problem';
import { useActiveProfileId, useDownloadBackup, useProfiles } from './queries';

function DownloadOutcome({ download }: { download: ReturnType<typeof useDownloadBackup> }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const reason = download.isError ? tc(`storageProblem.${toStorageProblem(download.error).kind}`) : '';
  return (
    <>
      <div role="status">{download.isSuccess && <p>{t('backup.saved', { fileName: download.data })}</p>}</div>
      {download.isError && (
        <p className="alert" role="alert">
          {t('backup.failed', { reason })}
        </p>
      )}
    </>
  );
}

/** Downloads a backup of everything on this device, or of one profile. */
export function BackupSection() {
  const { t } = useTranslation('settings');
  const id = useId();
  const profiles = useProfiles();
  const activeProfileId = useActiveProfileId();
  const download = useDownloadBackup();
  const [chosen, setChosen] = useState<string | null>(null);
  const list = profiles.data ?? [];
  const selected = list.find((p) => p.id === chosen) ?? activeProfileOf(list, activeProfileId.data);
  const start = (scope: BackupScope) => download.mutate(scope);
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('backup.heading')}</h2>
      <p>{t('backup.help')}</p>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          disabled={download.isPending}
          onClick={() => start({ kind: 'all' })}
        >
          {t('backup.everything')}
        </button>
      </div>
      {selected && (
        <div className="profile-row backup-profile">
          <div className="field">
            <label htmlFor={`${id}-profile`}>{t('backup.profile')}</label>
            <select id={`${id}-profile`} value={selected.id} onChange={(event) => setChosen(event.target.value)}>
              {list.map((p) => (
                <option key={p.id} value={p.id} dir="auto">
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            disabled={download.isPending}
            onClick={() => start({ kind: 'profile', profileId: selected.id })}
          >
            {t('backup.profileDownload')}
          </button>
        </div>
      )}
      <DownloadOutcome download={download} />
    </section>
  );
}
