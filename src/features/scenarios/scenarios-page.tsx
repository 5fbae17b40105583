import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/use-document-title';
import { useScenarioLibrary } from './queries';
import { ScenarioFileCard } from './scenario-file-card';

/** For trainers: every scenario file, whether it passed its checks, and what to fix. */
export function ScenariosPage() {
  const { t } = useTranslation('scenarios');
  useDocumentTitle(t('title'));
  const library = useScenarioLibrary();
  const files = library.data?.files ?? [];
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {library.isPending ? (
        <Loading />
      ) : (
        <>
          <p role="status">{t('summary', { count: files.length, valid: files.filter((f) => f.ok).length })}</p>
          <ul className="scenario-files">
            {files.map((status) => (
              <ScenarioFileCard key={`${status.origin}:${status.file}`} status={status} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
