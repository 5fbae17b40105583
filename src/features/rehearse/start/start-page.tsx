import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Loading } from '@/components/loading';
import { useDocumentTitle } from '@/components/use-document-title';
import { pickText } from '@/domain/scenario/locale';
import { isolateText } from '@/domain/text/isolate-text';
import type { Persona, Scenario } from '@/domain/scenario/scenario-schema';
import { useContentLocale } from '@/i18n/use-content-locale';
import { useActiveProfile, useScenarioLibrary, useStartAttempt } from '../queries';
import { initialSnapshot } from '../session/interview-actor';
import { ProfilePanel } from './profile-panel';
import { timeLimitChoices, useRehearsalSetup } from './setup-store';

function Choice({
  name,
  value,
  checked,
  label,
  help,
  onChange,
}: {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  help?: string;
  onChange: () => void;
}) {
  const id = useId();
  return (
    <div className="choice">
      <input
        type="radio"
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-describedby={help ? `${id}-help` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} className="muted">
          {help}
        </p>
      )}
    </div>
  );
}

function StartForm({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation('rehearse');
  const locale = useContentLocale();
  const [, navigate] = useLocation();
  const { profile } = useActiveProfile();
  const start = useStartAttempt();
  const { mode, persona, timeLimitMinutes, set } = useRehearsalSetup();
  const chosenPersona: Persona = persona ?? scenario.persona;
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!profile) return;
    const timeLimitSeconds = mode === 'mock' && timeLimitMinutes ? timeLimitMinutes * 60 : undefined;
    const input = { locale, mode, persona: chosenPersona, timeLimitSeconds };
    start.mutate(
      {
        profileId: profile.id,
        scenarioId: scenario.id,
        scenarioVersion: scenario.version,
        topic: scenario.topic,
        mode,
        persona: chosenPersona,
        locale,
        // The interview starts from its first snapshot, so the chosen settings travel with it.
        machineSnapshot: initialSnapshot(scenario, input),
      },
      { onSuccess: (attempt) => navigate(`/attempt/${attempt.id}`) },
    );
  };
  return (
    <form onSubmit={submit} className="card start-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('setup.heading')}</h2>
      <fieldset>
        <legend>{t('setup.mode')}</legend>
        <Choice
          name="mode"
          value="practice"
          checked={mode === 'practice'}
          label={t('setup.practice')}
          help={t('setup.practiceHelp')}
          onChange={() => set({ mode: 'practice' })}
        />
        <Choice
          name="mode"
          value="mock"
          checked={mode === 'mock'}
          label={t('setup.mock')}
          help={t('setup.mockHelp')}
          onChange={() => set({ mode: 'mock' })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('setup.persona')}</legend>
        <Choice
          name="persona"
          value="friendly"
          checked={chosenPersona === 'friendly'}
          label={t('setup.friendly')}
          onChange={() => set({ persona: 'friendly' })}
        />
        <Choice
          name="persona"
          value="strict"
          checked={chosenPersona === 'strict'}
          label={t('setup.strict')}
          onChange={() => set({ persona: 'strict' })}
        />
      </fieldset>
      {mode === 'mock' && (
        <div className="field">
          <label htmlFor={`${id}-limit`}>{t('setup.timeLimit')}</label>
          <select
            id={`${id}-limit`}
            value={timeLimitMinutes}
            onChange={(event) => set({ timeLimitMinutes: Number(event.target.value) })}
          >
            {timeLimitChoices.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes === 0 ? t('setup.noLimit') : t('setup.minutes', { count: minutes })}
              </option>
            ))}
          </select>
        </div>
      )}
      {!profile && <p className="field-error">{t('setup.needProfile')}</p>}
      <div className="actions">
        <button type="submit" className="button primary" disabled={!profile || start.isPending}>
          {t('setup.start')}
        </button>
        <Link href="/" className="button">
          {t('setup.back')}
        </Link>
      </div>
      <p className="muted" lang={locale}>
        {pickText(scenario.summary, locale)}
      </p>
    </form>
  );
}

/** Chooses how to rehearse one scenario (mode, auditor, time limit) and starts the interview. */
export function StartPage({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation('rehearse');
  const locale = useContentLocale();
  const library = useScenarioLibrary();
  const scenario = library.data?.scenarios.find((s) => s.id === scenarioId);
  const scenarioTitle = scenario ? pickText(scenario.title, locale) : undefined;
  useDocumentTitle(scenarioTitle ? isolateText(scenarioTitle) : t('title'));
  if (library.isPending) return <Loading />;
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{scenarioTitle ? <bdi>{scenarioTitle}</bdi> : t('title')}</h1>
      {!scenario ? (
        <>
          <p>{t('setup.notFound')}</p>
          <Link href="/" className="button">
            {t('setup.back')}
          </Link>
        </>
      ) : (
        <>
          <ProfilePanel />
          <StartForm scenario={scenario} />
        </>
      )}
    </section>
  );
}
