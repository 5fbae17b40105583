import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title';

/** A short page for an area that later versions fill in. */
export function PagePlaceholder({ title }: { title: string }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p>{t('placeholder.comingSoon')}</p>
    </section>
  );
}
