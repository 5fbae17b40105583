import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '@/components/language-select';
import { useDocumentTitle } from '@/components/use-document-title';
import { BackupSection } from './backup-section';
import { CoachSection } from './coach-section';
import { RestoreSection } from './restore-section';
import { StorageSection } from './storage-section';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  useDocumentTitle(t('title'));
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('title')}</h1>
      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('languageHeading')}</h2>
        <p>{t('languageHelp')}</p>
        <LanguageSelect className="field" />
      </section>
      <CoachSection />
      <BackupSection />
      <RestoreSection />
      <StorageSection />
    </section>
  );
}
