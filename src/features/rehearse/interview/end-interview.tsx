import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { answersOf, type Turn } from '@/domain/interview';
import type { Scenario } from '@/domain/scenario/scenario-schema';
import { isGivenAnswer } from '../session/interview-writer';

/** Main questions with no answer of their own yet (a skip, "I don't know" or a follow-up alone does not count). */
export function unansweredMainQuestions(scenario: Scenario, transcript: readonly Turn[]): number {
  const answered = new Set(
    answersOf(transcript)
      .filter((a) => a.probeId === null && isGivenAnswer(a))
      .map((a) => a.questionId),
  );
  return scenario.questions.filter((q) => !answered.has(q.id)).length;
}

/**
 * "End interview": at once when every main question has an answer; otherwise it asks first and says what ending
 * now means (the questions not answered count as findings; with no answer at all, nothing is kept as a result).
 */
export function EndInterview({
  scenario,
  transcript,
  onEnd,
}: {
  scenario: Scenario;
  transcript: readonly Turn[];
  onEnd: () => void;
}) {
  const { t } = useTranslation('rehearse');
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const open = unansweredMainQuestions(scenario, transcript);
  const total = scenario.questions.length;
  const nothingAnswered = open === total;
  return (
    <div className="actions no-print">
      <button
        type="button"
        className="button subtle"
        ref={button}
        onClick={() => (open === 0 ? onEnd() : setAsking(true))}
      >
        {t('interview.finish')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('interview.endEarly.title')}
          message={
            nothingAnswered ? t('interview.endEarly.nothing') : t('interview.endEarly.message', { count: open, total })
          }
          confirmLabel={t('interview.endEarly.confirm')}
          cancelLabel={t('interview.endEarly.keep')}
          onConfirm={() => {
            setAsking(false);
            onEnd();
          }}
          onCancel={() => {
            setAsking(false);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
