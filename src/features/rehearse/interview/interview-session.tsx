import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { answersOf, buildInterviewReport, type AuditorTurn } from '@/domain/interview';
import type { Attempt } from '@/domain/records/attempt-schema';
import { draftPositionKey, draftPositionOf } from '@/domain/records/draft-schema';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { usePreferences } from '@/lib/preferences-store';
import { useProfiles } from '../queries';
import { usePreviousSummary } from '../report/previous-summary';
import { ReportView } from '../report/report-view';
import { useStoredDrafts } from '../session/stored-drafts';
import { useDraftCleanup } from '../session/use-draft-cleanup';
import { useInterviewSession } from '../session/use-interview-session';
import { useSaveGuard } from '../session/use-save-guard';
import { AnswerArea } from './answer-area';
import { auditorText, findProbe, findQuestion } from './auditor-text';
import { EndInterview } from './end-interview';
import { FeedbackPanel } from './feedback-panel';
import { SaveProblemAlert, SaveStatusLine } from './save-status';
import { TranscriptView } from './transcript-view';
import { canSpeak, speak } from './voice';

/** One interview in progress or finished: transcript, answer form, coaching, feedback and the report. */
export function InterviewSession({ scenario, attempt }: { scenario: Scenario; attempt: Attempt }) {
  const { t } = useTranslation('rehearse');
  const readAloud = usePreferences((s) => s.readAloud);
  const setReadAloud = usePreferences((s) => s.setReadAloud);
  const locale = attempt.locale;
  const onTurn = useCallback(
    (turn: AuditorTurn | undefined) =>
      readAloud && turn && speak(auditorText(turn.message, scenario, locale, t), locale),
    [readAloud, scenario, locale, t],
  );
  const { actor, state, deadline, problem, saving, waiting } = useInterviewSession(scenario, attempt, onTurn);
  useSaveGuard(saving, Boolean(problem));
  const { context } = state;
  const position = context.position;
  const question = position ? findQuestion(scenario, position.questionId) : undefined;
  const probe = findProbe(question, position?.probeId);
  // Keyed by position alone: "Repeat the question" and "Ask it differently" keep the box and what is typed in it.
  const draftPosition = position ? draftPositionOf(position) : null;
  const positionKey = draftPosition ? draftPositionKey(draftPosition) : '';
  const storedDrafts = useStoredDrafts(attempt.id);
  const previous = usePreviousSummary(scenario, attempt);
  const learner = useProfiles().data?.find((p) => p.id === attempt.profileId)?.name;
  const finished = state.status === 'done';
  useDraftCleanup(attempt.id, draftPosition, { settled: !saving && !problem, finished });
  const report = useMemo(
    () => (finished ? buildInterviewReport(scenario, context, locale, previous) : undefined),
    [finished, scenario, context, locale, previous],
  );
  const focusTarget = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const target = focusTarget.current?.querySelector<HTMLElement>('textarea, h2[tabindex]');
    target?.focus();
    // The report opens at its top, whatever the page's scroll position when the interview ended (jsdom has no
    // scrollIntoView, hence the check).
    if (finished && target && 'scrollIntoView' in target) target.scrollIntoView({ block: 'start' });
  }, [positionKey, finished, state.value, storedDrafts]);

  const earlierQuestion = draftPosition?.questionId;
  const earlierRound = draftPosition?.attemptNumber;
  const earlier = useMemo(
    () => answersOf(context.transcript).filter((a) => a.questionId === earlierQuestion && a.attempt === earlierRound),
    [context.transcript, earlierQuestion, earlierRound],
  );
  const mainIndex = question ? scenario.questions.indexOf(question) + 1 : 0;
  const awaiting = state.hasTag('awaiting-answer');

  return (
    <div className="interview">
      <div className="interview-bar no-print">
        <p className="muted">
          {t(`setup.${attempt.mode}`)} · {t(`setup.${context.persona}`)}
          {position && !finished
            ? ` · ${probe ? t('interview.followUp') : t('interview.question', { current: mainIndex, total: scenario.questions.length })}`
            : ''}
        </p>
        <SaveStatusLine problem={problem} saving={saving} waiting={waiting} />
        {canSpeak() && (
          <label className="toggle">
            <input type="checkbox" checked={readAloud} onChange={(e) => setReadAloud(e.target.checked)} />
            {t('voice.readAloud')}
          </label>
        )}
      </div>
      <SaveProblemAlert problem={problem} waiting={waiting} />
      {/* A finished interview's transcript is folded into its report, below the findings. */}
      {!finished && <TranscriptView turns={context.transcript} scenario={scenario} locale={locale} />}
      <div ref={focusTarget}>
        {state.hasTag('introduction') && (
          <div className="actions">
            <button type="button" className="button primary" onClick={() => actor.send({ type: 'interview.start' })}>
              {t('interview.begin')}
            </button>
          </div>
        )}
        {awaiting && question && draftPosition && storedDrafts && (
          <AnswerArea
            key={positionKey}
            actor={actor}
            scenario={scenario}
            attempt={attempt}
            question={question}
            probe={probe}
            position={draftPosition}
            storedDraft={storedDrafts.get(positionKey) ?? ''}
            deadline={deadline}
            earlier={earlier}
          />
        )}
        {state.hasTag('showing-feedback') && (
          <FeedbackPanel
            scenario={scenario}
            context={context}
            canRetry={state.can({ type: 'answer.retry' })}
            onRetry={() => actor.send({ type: 'answer.retry' })}
            onContinue={() => actor.send({ type: 'feedback.continue' })}
          />
        )}
        {report &&
          (report.outcome === 'completed' ? (
            <ReportView
              report={report}
              scenario={scenario}
              attempt={attempt}
              learner={learner}
              transcript={context.transcript}
            />
          ) : (
            <p className="card">{t('interview.closedEmpty')}</p>
          ))}
      </div>
      {!finished && !state.hasTag('introduction') && (
        <EndInterview
          scenario={scenario}
          transcript={context.transcript}
          onEnd={() => actor.send({ type: 'interview.finish' })}
        />
      )}
    </div>
  );
}
