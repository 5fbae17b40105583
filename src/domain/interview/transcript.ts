import type { AnswerRecord, AuditorTurn, Turn } from './interview-types';

/** Every learner answer in the order given. */
export function answersOf(transcript: readonly Turn[]): AnswerRecord[] {
  return transcript.flatMap((turn) => (turn.role === 'learner' ? [turn.answer] : []));
}

/** The main answer and probe answers of one attempt at a main question. */
export function answersForAttempt(transcript: readonly Turn[], questionId: string, attempt: number): AnswerRecord[] {
  return answersOf(transcript).filter((a) => a.questionId === questionId && a.attempt === attempt);
}

/** The answers of each main question's latest attempt, keyed by question id. */
export function latestAnswersByQuestion(transcript: readonly Turn[]): Map<string, AnswerRecord[]> {
  const byQuestion = new Map<string, AnswerRecord[]>();
  for (const answer of answersOf(transcript)) {
    const current = byQuestion.get(answer.questionId) ?? [];
    const currentAttempt = current[0]?.attempt ?? 0;
    if (answer.attempt > currentAttempt) byQuestion.set(answer.questionId, [answer]);
    else if (answer.attempt === currentAttempt) current.push(answer);
  }
  return byQuestion;
}

/** The most recent auditor turn, the one a speech or display effect should present. */
export function lastAuditorTurn(transcript: readonly Turn[]): AuditorTurn | undefined {
  for (let i = transcript.length - 1; i >= 0; i -= 1) {
    const turn = transcript[i];
    if (turn?.role === 'auditor') return turn;
  }
  return undefined;
}
