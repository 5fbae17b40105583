import { useTranslation } from 'react-i18next';

/** Shown while an area's code or translations load. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}
