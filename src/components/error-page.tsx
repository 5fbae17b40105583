import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from './use-document-title';

/** The friendly page shown when something below the shell fails to render. */
export function ErrorPage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('error.title'));
  return (
    <section className="page notice-page" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t('error.title')}</h1>
      <p>{t('error.text')}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onRetry}>
          {t('error.retry')}
        </button>
        <Link href="/" className="button">
          {t('error.back')}
        </Link>
      </div>
    </section>
  );
}
