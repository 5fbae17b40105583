import type { AnswerRecord } from '@/domain/interview';
import { isBlankText } from '@/domain/text/visible-text';

type LearnerKey = 'interview.skipped' | 'interview.dontKnowText' | 'interview.timedOut' | 'interview.noAnswer';

/** What the transcript shows for one learner answer: the words, or what the learner chose instead. */
export function learnerText(answer: AnswerRecord, t: (key: LearnerKey) => string): string {
  if (answer.kind === 'skip') return t('interview.skipped');
  if (answer.kind === 'dont-know') return t('interview.dontKnowText');
  if (answer.kind === 'timeout' && isBlankText(answer.text)) return t('interview.timedOut');
  return answer.text || t('interview.noAnswer');
}
