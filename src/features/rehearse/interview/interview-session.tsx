import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageProblemNotice } from '@/components/storage-problem-notice';
import { buildInterviewReport, type AuditorTurn } from '@/domain/interview';
import type { Attempt } from '@/domain/records/attempt-schema';
import { draftPositionKey, draftPositionOf } from '@/domain/records/draft-schema';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { usePreferences } from '@/lib/preferences-store';
import { downloadBackup } from '@/storage/download-backup';
import { usePreviousSummary } from '../report/previous-summary';
import { ReportView } from '../report/report-view';
import { useStoredDrafts } from '../session/stored-drafts';
import { useDraftCleanup } from '../session/use-draft-cleanup';
import { useInterviewSession } from '../session/use-interview-session';
import { useSaveGuard } from '../session/use-save-guard';
import { AnswerArea } from './answer-area';
import { auditorText, findProbe, findQuestion } from './auditor-text';
import { FeedbackPanel } from './feedback-panel';
import { TranscriptView } from './transcript-view';
import { canSpeak, speak } from './voice';

/** One interview in progress or finished: transcript, answer form, coaching, feedback and the report. */
export function InterviewSession({ scenario, attempt }: { scenario: Scenario; attempt: Attempt }) {
  const { t } = useTranslation('rehearse');
  const { t: tc } = useTranslation();
  const readAloud = usePreferences((s) => s.readAloud);
  const setReadAloud = usePreferences((s) => s.setReadAloud);
  const locale = attempt.locale;
  const onTurn = useCallback(
    (turn: AuditorTurn | undefined) =>
      readAloud && turn && speak(auditorText(turn.message, scenario, locale, t), locale),
    [readAloud, scenario, locale, t],
  );
  const { actor, state, deadline, problem, saving } = useInterviewSession(scenario, attempt, onTurn);
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
  const finished = state.status === 'done';
  useDraftCleanup(attempt.id, draftPosition, { settled: !saving && !problem, finished });
  const report = useMemo(
    () => (finished ? buildInterviewReport(scenario, context, locale, previous) : undefined),
    [finished, scenario, context, locale, previous],
  );
  const focusTarget = useRef<HTMLDivElement>(null);

  useEffect(() => {
    focusTarget.current?.querySelector<HTMLElement>('textarea, h2[tabindex]')?.focus();
  }, [positionKey, finished, state.value, storedDrafts]);

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
        <p className="save-status muted" role="status">
          {problem ? t('interview.notSaved') : saving ? t('interview.saving') : t('interview.saved')}
        </p>
        {canSpeak() && (
          <label className="toggle">
            <input type="checkbox" checked={readAloud} onChange={(e) => setReadAloud(e.target.checked)} />
            {t('voice.readAloud')}
          </label>
        )}
      </div>
      {problem && (
        <StorageProblemNotice
          message={t('interview.saveFailed', { reason: tc(`storageProblem.${problem.kind}`) })}
          onDownload={downloadBackup}
        />
      )}
      <TranscriptView turns={context.transcript} scenario={scenario} locale={locale} />
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
        {report && <ReportView report={report} scenario={scenario} />}
      </div>
      {!finished && !state.hasTag('introduction') && (
        <div className="actions no-print">
          <button type="button" className="button subtle" onClick={() => actor.send({ type: 'interview.finish' })}>
            {t('interview.finish')}
          </button>
        </div>
      )}
    </div>
  );
}
