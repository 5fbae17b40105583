import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type DownloadState = 'idle' | 'working' | 'done' | 'failed';

type Props = {
  /** The plain-language explanation, already translated. */
  message: string;
  /** Makes and offers a backup of what can still be read; rejects when nothing could be read. */
  onDownload: () => Promise<unknown>;
  className?: string;
};

/** Says that saving does not work, and offers a backup download of what is stored. */
export function StorageProblemNotice({ message, onDownload, className }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<DownloadState>('idle');
  const download = () => {
    setState('working');
    onDownload().then(
      () => setState('done'),
      () => setState('failed'),
    );
  };
  return (
    <div className={['alert', 'storage-problem', className].filter(Boolean).join(' ')} role="alert">
      <p>{message}</p>
      <div className="actions">
        <button type="button" className="button" onClick={download} disabled={state === 'working'}>
          {t('storageProblem.download')}
        </button>
      </div>
      {state === 'done' && <p>{t('storageProblem.downloaded')}</p>}
      {state === 'failed' && <p>{t('storageProblem.downloadFailed')}</p>}
    </div>
  );
}
