import type { AccumulatedEvidence, AnswerRecord } from '@/domain/interview';
import { quoteSpans } from '@/domain/interview';
import { earnsCredit } from '@/domain/scoring/grade';
import type { EvidenceItem } from '@/domain/scenario/scenario-schema';
import type { EvidenceStatus } from '@/domain/scoring/score-types';

/** An item the answers so far earn, with the learner's own words that earned it. */
export type CoveredItem = { item: EvidenceItem; status: EvidenceStatus; quote: string | null; fromEarlier: boolean };

/** The items the answers so far earn credit for, quoted from the answer that earned each. */
export function coveredItems(
  items: readonly EvidenceItem[],
  evidence: readonly AccumulatedEvidence[],
  answers: readonly Pick<AnswerRecord, 'text'>[],
  earlierCount: number,
): CoveredItem[] {
  return items.flatMap((item) => {
    const e = evidence.find((x) => x.id === item.id);
    if (!e || !earnsCredit(e.status)) return [];
    const answer = e.answerIndex === null ? undefined : answers[e.answerIndex];
    const quote = answer ? quoteSpans(answer.text, e.spans) : null;
    return [{ item, status: e.status, quote, fromEarlier: e.answerIndex !== null && e.answerIndex < earlierCount }];
  });
}

/**
 * The items still missing, in the order hints reveal them: key evidence first, then the heavier items, then file
 * order, so the first hint is the one worth most.
 */
export function hintOrder(items: readonly EvidenceItem[], covered: ReadonlySet<string>): EvidenceItem[] {
  return items
    .filter((item) => !covered.has(item.id))
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        Number(b.item.essential) - Number(a.item.essential) || b.item.weight - a.item.weight || a.index - b.index,
    )
    .map(({ item }) => item);
}
