import { useTranslation } from 'react-i18next';
import { WithIsolated } from '@/components/with-isolated';
import { Link } from 'wouter';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/use-document-title';
import { pickText } from '@/domain/scenario/locale';
import { useContentLocale } from '@/i18n/use-content-locale';
import { useActiveProfile, useOpenAttempt, useScenarioLibrary } from '../queries';
import { ProfilePanel } from './profile-panel';
import { ScenarioCard } from './scenario-card';

function ResumeNotice({ profileId }: { profileId: string }) {
  const { t } = useTranslation('rehearse');
  const locale = useContentLocale();
  const open = useOpenAttempt(profileId);
  const library = useScenarioLibrary();
  const attempt = open.data;
  const scenario = library.data?.scenarios.find((s) => s.id === attempt?.scenarioId);
  if (!attempt || !scenario) return null;
  return (
    <section className="card notice" aria-labelledby="resume-heading">
      <h2 id="resume-heading">{t('resume.heading')}</h2>
      <p>
        <WithIsolated text={(title) => t('resume.text', { title })} value={pickText(scenario.title, locale)} />
      </p>
      <Link href={`/attempt/${attempt.id}`} className="button primary">
        {t('resume.action')}
      </Link>
    </section>
  );
}

/** The start of a rehearsal: who practises, an unfinished interview to resume, and the scenario library. */
export function RehearseHome() {
  const { t } = useTranslation('rehearse');
  useDocumentTitle(t('title'));
  const library = useScenarioLibrary();
  const { profile } = useActiveProfile();
  const broken = library.data?.files.filter((f) => !f.ok).length ?? 0;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ProfilePanel />
      {profile && <ResumeNotice profileId={profile.id} />}
      <h2>{t('library.heading')}</h2>
      {library.isPending ? (
        <Loading />
      ) : (
        <>
          {broken > 0 && (
            <p className="notice-inline" role="status">
              {t('library.broken', { count: broken })}
            </p>
          )}
          <ul className="scenario-list">
            {library.data?.scenarios.map((scenario) => (
              <ScenarioCard key={scenario.id} scenario={scenario} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
