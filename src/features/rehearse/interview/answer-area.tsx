import { useCallback } from 'react';
import type { Attempt } from '@/domain/records/attempt-schema';
import type { DraftPosition } from '@/domain/records/draft-schema';
import type { Probe, Question, Scenario } from '@/domain/scenario/scenario-schema';
import { scorerFor, type InterviewActor } from '../session/interview-actor';
import { useAnswerDraft } from '../session/use-answer-draft';
import { AnswerForm } from './answer-form';
import { CoachPanel } from './coach-panel';
import { QuestionTimer } from './question-timer';

type Props = {
  actor: InterviewActor;
  scenario: Scenario;
  attempt: Attempt;
  question: Question;
  probe: Probe | undefined;
  position: DraftPosition;
  /** The text stored for this position, when the learner typed here before a reload or a visit elsewhere. */
  storedDraft: string;
  deadline: number | null;
};

/** The answer being written to the current question or probe (its own draft, kept on the device), its coach and its timer. */
export function AnswerArea({ actor, scenario, attempt, question, probe, position, storedDraft, deadline }: Props) {
  const [draft, setDraft] = useAnswerDraft(attempt.id, position, storedDraft);
  const expire = useCallback(() => actor.send({ type: 'timer.expire', text: draft }), [actor, draft]);
  const practice = attempt.mode === 'practice';
  return (
    <div className={practice ? 'answer-area with-coach' : 'answer-area'}>
      <div>
        {deadline !== null && <QuestionTimer deadline={deadline} onExpire={expire} />}
        <AnswerForm
          draft={draft}
          onDraft={setDraft}
          locale={attempt.locale}
          onSubmit={() => actor.send({ type: 'answer.submit', text: draft })}
          onRepeat={() => actor.send({ type: 'question.repeat' })}
          onRephrase={() => actor.send({ type: 'question.rephrase' })}
          onDontKnow={() => actor.send({ type: 'answer.dont-know' })}
          onSkip={() => actor.send({ type: 'question.skip' })}
        />
      </div>
      {practice && (
        <CoachPanel
          question={question}
          probe={probe}
          draft={draft}
          locale={attempt.locale}
          score={scorerFor(scenario)}
        />
      )}
    </div>
  );
}
