import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText, runSamples, type Scenario } from '@/domain/scenario';
import { scoreAnswer } from '@/domain/scoring';
import { useContentLocale } from '@/i18n/use-content-locale';
import type { ScenarioFileStatus } from '@/storage/scenario-library';
import { ProblemList } from './problem-list';

function ScenarioFacts({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation('scenarios');
  const outcomes = useMemo(() => runSamples(scenario, scoreAnswer), [scenario]);
  const probes = scenario.questions.reduce((sum, q) => sum + q.probes.length, 0);
  const evidence = scenario.questions.reduce((sum, q) => sum + q.evidence.length, 0);
  return (
    <>
      <p className="meta">
        <span>{t('version', { version: scenario.version })}</span>
        <span>{scenario.controls.join(', ')}</span>
      </p>
      <p>{t('counts', { questions: scenario.questions.length, probes, evidence })}</p>
      <p>{t('samples', { passed: outcomes.filter((o) => o.passed).length, total: outcomes.length })}</p>
    </>
  );
}

/** One scenario file with the outcome of its checks: ready for learners, or why not. */
export function ScenarioFileCard({ status }: { status: ScenarioFileStatus }) {
  const { t } = useTranslation('scenarios');
  const locale = useContentLocale();
  const headingId = `file-${status.file.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <li className={`card scenario-file ${status.ok ? 'ok' : 'failed'}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <bdi>{status.ok ? pickText(status.scenario.title, locale) : status.file}</bdi>
      </h2>
      <p className="meta">
        <span>
          {t('file')}: <code>{status.file}</code>
        </span>
        <span>{status.origin === 'builtin' ? t('builtin') : t('custom')}</span>
        <strong className={status.ok ? 'status-ok' : 'status-failed'}>{status.ok ? t('valid') : t('invalid')}</strong>
      </p>
      {status.ok && (
        <>
          <p>{pickText(status.scenario.summary, locale)}</p>
          <ScenarioFacts scenario={status.scenario} />
        </>
      )}
      {!status.ok && <ProblemList heading={t('errors')} problems={status.errors} />}
      <ProblemList heading={t('warnings')} problems={status.warnings} />
    </li>
  );
}
