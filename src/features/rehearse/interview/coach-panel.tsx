import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { accumulateAnswers, type AnswerRecord } from '@/domain/interview';
import { pickText, type Locale } from '@/domain/scenario/locale';
import type { Grading, Probe, Question } from '@/domain/scenario/scenario-schema';
import type { QuestionScorer } from '@/domain/scenario/question-scorer';
import { fullEvidenceListQuery } from '@/storage/coach-settings';
import { CoachHints } from './coach-hints-panel';
import { EvidenceStatusList } from './evidence-status-list';

type Props = {
  question: Question;
  probe: Probe | undefined;
  draft: string;
  locale: Locale;
  score: QuestionScorer;
  grading: Grading;
  /** The answers already given to this question in this round (the main answer before a follow-up). */
  earlier: readonly AnswerRecord[];
};

/**
 * Practice mode: what the answer covers so far in the learner's own words, how many points remain and hints one
 * at a time (or, when the learner chose it in Settings, the full list of expected evidence with its status):
 * which expected evidence the question has so far, the answers already given to it and the one
 * being typed together (as the score adds them up), updated as the learner types; items an earlier answer gave
 * are marked as such, so a follow-up never shows them as "not yet mentioned".
 */
export function CoachPanel({ question, probe, draft, locale, score, grading, earlier }: Props) {
  const { t } = useTranslation('rehearse');
  const text = useDeferredValue(draft);
  const result = useMemo(() => score(text, question, locale, probe), [score, text, question, locale, probe]);
  const sofar = useMemo(() => {
    const typing: AnswerRecord = {
      questionId: question.id,
      probeId: probe?.id ?? null,
      attempt: earlier.at(-1)?.attempt ?? 1,
      kind: 'answer',
      text,
      result,
      askedAt: 0,
      answeredAt: 0,
    };
    return accumulateAnswers(question, grading, [...earlier, typing]);
  }, [question, probe, grading, earlier, text, result]);
  const statuses = useMemo(() => new Map(sofar.evidence.map((e) => [e.id, e.status])), [sofar]);
  const fromEarlier = useMemo(
    () =>
      new Set(sofar.evidence.filter((e) => e.answerIndex !== null && e.answerIndex < earlier.length).map((e) => e.id)),
    [sofar, earlier],
  );
  const fullList = useQuery(fullEvidenceListQuery()).data ?? false;
  const answers = useMemo(() => [...earlier, { text }], [earlier, text]);
  const flags = sofar.redFlags
    .map((hit) => question.redFlags.find((f) => f.id === hit.id))
    .filter((f) => f !== undefined);
  return (
    // data-scored-length tells which draft the panel shows, so a benchmark can see when it caught up with a keystroke.
    <aside className="card coach" aria-labelledby="coach-heading" data-scored-length={text.length}>
      <h2 id="coach-heading">{t('coach.heading')}</h2>
      {fullList ? (
        <>
          <p>{t('coach.intro')}</p>
          <EvidenceStatusList question={question} statuses={statuses} fromEarlier={fromEarlier} locale={locale} />
        </>
      ) : (
        <CoachHints
          question={question}
          evidence={sofar.evidence}
          answers={answers}
          earlierCount={earlier.length}
          locale={locale}
        />
      )}
      {flags.length > 0 && (
        <div className="red-flags">
          <p>{t('coach.redFlags')}</p>
          <ul>
            {flags.map((flag) => (
              <li key={flag.id} lang={locale}>
                {pickText(flag.label, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="muted" data-testid="coach-score">
        {earlier.length > 0 ? t('coach.scoreSoFar', { score: sofar.score }) : t('coach.score', { score: result.score })}
      </p>
    </aside>
  );
}
