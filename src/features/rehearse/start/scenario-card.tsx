import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { pickText } from '@/domain/scenario/locale';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { useContentLocale } from '@/i18n/use-content-locale';

/** One scenario in the library: its title, summary, audit context and controls, and a link to start. */
export function ScenarioCard({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation('rehearse');
  const locale = useContentLocale();
  const title = pickText(scenario.title, locale);
  const mainQuestions = scenario.questions.length;
  return (
    <li className="card scenario-card">
      <h3>
        <Link href={`/${scenario.id}`}>
          <bdi>{title}</bdi>
        </Link>
      </h3>
      <p>{pickText(scenario.summary, locale)}</p>
      <p className="meta">
        <span>{t(`contexts.${scenario.context}`)}</span>
        <span>{t('library.questions', { count: mainQuestions })}</span>
        <span>{t('library.controls', { controls: scenario.controls.join(', ') })}</span>
      </p>
    </li>
  );
}
