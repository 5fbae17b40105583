import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '@/domain/scenario/scenario-schema';
import { useScenarioLibrary } from './queries';
import { SharePreview } from './share-preview';
import { saveReadinessReport, usePrepareReadinessReport } from './share-readiness-queries';

/**
 * "Share my readiness": the learner picks topics and whether to include their answers, sees exactly what the
 * signed file contains, then saves it for their manager. Preparing signs the file (and uses up one sequence
 * number), so what is previewed is byte for byte what is saved; changing a choice discards it.
 */
export function ShareReadiness({ profileId, topics }: { profileId: string; topics: readonly Topic[] }) {
  const { t } = useTranslation('progress');
  const id = useId();
  const library = useScenarioLibrary();
  const prepare = usePrepareReadinessReport();
  const [chosen, setChosen] = useState<ReadonlySet<Topic>>(() => new Set(topics));
  const [includeAnswers, setIncludeAnswers] = useState(false);
  const [team, setTeam] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const changed = () => {
    prepare.reset();
    setSaved(null);
  };
  const toggle = (topic: Topic) => {
    const next = new Set(chosen);
    if (next.has(topic)) next.delete(topic);
    else next.add(topic);
    setChosen(next);
    changed();
  };
  const selected = topics.filter((topic) => chosen.has(topic));
  return (
    <section className="card share-readiness" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('share.heading')}</h2>
      <p>{t('share.intro')}</p>
      <fieldset>
        <legend>{t('share.topics')}</legend>
        {topics.map((topic) => (
          <label key={topic} className="choice">
            <input type="checkbox" checked={chosen.has(topic)} onChange={() => toggle(topic)} />
            {t(`topics.${topic}`)}
          </label>
        ))}
      </fieldset>
      <label className="choice">
        <input
          type="checkbox"
          checked={includeAnswers}
          onChange={(event) => {
            setIncludeAnswers(event.target.checked);
            changed();
          }}
        />
        {t('share.includeAnswers')}
      </label>
      <p className="muted">{t('share.includeAnswersHelp')}</p>
      <div className="field">
        <label htmlFor={`${id}-team`}>{t('share.team')}</label>
        <input
          id={`${id}-team`}
          type="text"
          value={team}
          maxLength={200}
          onChange={(event) => {
            setTeam(event.target.value);
            changed();
          }}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={selected.length === 0 || !library.isSuccess || prepare.isPending}
          onClick={() =>
            prepare.mutate({
              profileId,
              topics: selected,
              includeAnswers,
              team,
              scenarios: library.data?.scenarios ?? [],
            })
          }
        >
          {t('share.prepare')}
        </button>
      </div>
      {selected.length === 0 && <p className="muted">{t('share.pickTopic')}</p>}
      {prepare.isError && <p role="alert">{t('share.failed')}</p>}
      {prepare.data && (
        <>
          <SharePreview payload={prepare.data.preview} />
          <div className="actions">
            <button
              type="button"
              className="button primary"
              onClick={() => {
                if (!prepare.data) return;
                saveReadinessReport(prepare.data);
                setSaved(prepare.data.fileName);
              }}
            >
              {t('share.save')}
            </button>
          </div>
        </>
      )}
      <div role="status">{saved && <p>{t('share.saved', { fileName: saved })}</p>}</div>
    </section>
  );
}
