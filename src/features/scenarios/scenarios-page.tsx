import { useTranslation } from 'react-i18next';
import { PagePlaceholder } from '@/components/page-placeholder';

export function ScenariosPage() {
  const { t } = useTranslation();
  return <PagePlaceholder title={t('nav.scenarios')} />;
}
