import { messageCodes, type MessageCode, type ScoreResult } from './score-types';

/** Message codes for the UI, in the fixed order of messageCodes. */
export function messagesFor(result: Omit<ScoreResult, 'messages'>, hedged: boolean): MessageCode[] {
  const statuses = new Set(result.evidence.map((e) => e.status));
  const raised: Record<MessageCode, boolean> = {
    'answer.empty': false,
    'answer.off-topic': result.offTopic,
    'answer.keyword-list':
      result.keywordList || (result.diagnostics ?? []).some((d) => d.kind === 'keywordList' && d.items.length > 0),
    'answer.vague': result.vague,
    'answer.hedged': hedged,
    'answer.planned-not-practised': statuses.has('planned'),
    'answer.negated-evidence': statuses.has('negated'),
    'answer.essential-missing': result.missingEssential.length > 0,
    'answer.red-flag': result.redFlags.length > 0,
    'answer.strong': result.grade === 'conformity' && result.redFlags.length === 0,
  };
  return messageCodes.filter((code) => raised[code]);
}
