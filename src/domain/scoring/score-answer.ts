import { hasCue, isKeywordList, topicOverlap } from './answer-shape';
import { analyzeAnswer } from './match/answer-analysis';
import { compileScoring, type CompiledScoring } from './match/compile-scoring';
import { earnsCredit, gradeEvidence, gradeFor, isStrongerStatus } from './grade';
import { judgeMatch, type AnswerContext, type Verdict } from './match/judge';
import { findMatches } from './match/find-matches';
import { messagesFor } from './messages';
import type { PatternKind } from './match/patterns';
import type { EvidenceResult, RedFlagResult, ScoreResult, ScoringInput } from './score-types';
import { isWordToken, tokenize } from './text/tokenize';

export type { CompiledScoring } from './match/compile-scoring';
export { compileScoring } from './match/compile-scoring';

type BestVerdict = Verdict & { phrase: string; order: number };

/** Best verdict per target: stated practice first, then the most specific phrase, then the earliest. */
function bestVerdicts(compiled: CompiledScoring, ctx: AnswerContext): Record<PatternKind, Map<number, BestVerdict>> {
  const best: Record<PatternKind, Map<number, BestVerdict>> = { evidence: new Map(), redFlag: new Map() };
  const matches = findMatches(compiled.patterns, compiled.index, { ...ctx, clauseOf: ctx.structure.clauseOf });
  matches.forEach((match, order) => {
    const pattern = compiled.patterns[match.pattern];
    if (pattern === undefined) return;
    const verdict = judgeMatch(match, pattern, ctx);
    const current = best[pattern.kind].get(pattern.target);
    const better =
      current === undefined ||
      isStrongerStatus(verdict.status, current.status) ||
      (verdict.status === current.status && verdict.slots > current.slots);
    if (better) best[pattern.kind].set(pattern.target, { ...verdict, phrase: pattern.phrase, order });
  });
  return best;
}

function emptyResult(compiled: CompiledScoring): ScoreResult {
  const { evidence, grading } = compiled.input;
  const missingEssential = evidence.filter((e) => e.essential).map((e) => e.id);
  return {
    score: 0,
    grade: gradeFor(0, grading),
    coverage: 0,
    evidence: evidence.map((e) => ({ id: e.id, status: 'missing', spans: [] })),
    redFlags: [],
    missingEssential,
    vague: false,
    offTopic: false,
    keywordList: false,
    messages: ['answer.empty'],
  };
}

type Best = ReturnType<typeof bestVerdicts>;

function resultsOf(compiled: CompiledScoring, best: Best): { evidence: EvidenceResult[]; redFlags: RedFlagResult[] } {
  const evidence: EvidenceResult[] = compiled.input.evidence.map((item, i) => {
    const found = best.evidence.get(i);
    return found === undefined
      ? { id: item.id, status: 'missing', spans: [] }
      : { id: item.id, status: found.status, spans: found.spans, phrase: found.phrase };
  });
  const redFlags: RedFlagResult[] = compiled.input.redFlags.flatMap((flag, i) => {
    const found = best.redFlag.get(i);
    if (found === undefined || !earnsCredit(found.status)) return [];
    return [{ id: flag.id, severity: flag.severity, spans: found.spans, phrase: found.phrase }];
  });
  return { evidence, redFlags };
}

/** Score, grade after caps, and the essential items not stated. */
function gradeOf(compiled: CompiledScoring, evidence: readonly EvidenceResult[], redFlags: readonly RedFlagResult[]) {
  const statusById = new Map(evidence.map((e) => [e.id, e.status]));
  return gradeEvidence(
    compiled.input.evidence,
    (id) => statusById.get(id) ?? 'missing',
    redFlags,
    compiled.input.grading,
  );
}

/** Off topic, vague, bare keyword list. */
function shapeOf(compiled: CompiledScoring, ctx: AnswerContext, best: Best, results: ReturnType<typeof resultsOf>) {
  const anyMatch = best.evidence.size + best.redFlag.size > 0;
  const overlap = topicOverlap(ctx.units, ctx.unitKeys, compiled.topicKeys);
  const vagueCue = hasCue(ctx.structure, 'vague');
  const offTopic = !anyMatch && !vagueCue && overlap.content > 0 && overlap.share < 0.2;
  // Generic talk: nothing stated, and nothing specific said against the evidence either.
  const specific =
    results.evidence.some((e) => earnsCredit(e.status) || e.status === 'negated') || results.redFlags.length > 0;
  const generic =
    vagueCue ||
    hasCue(ctx.structure, 'hedge') ||
    hasCue(ctx.structure, 'epistemic') ||
    (!anyMatch && overlap.content <= 3);
  const keywordList = isKeywordList(ctx.tokens, ctx.structure, ctx.lists);
  return { offTopic, vague: !offTopic && !specific && generic, keywordList };
}

/** Scores an answer against a compiled question. Pure and deterministic. */
export function scoreCompiled(answer: string, compiled: CompiledScoring): ScoreResult {
  const tokens = tokenize(answer);
  if (!tokens.some(isWordToken)) return emptyResult(compiled);
  const ctx = analyzeAnswer(tokens, compiled);
  const best = bestVerdicts(compiled, ctx);
  const results = resultsOf(compiled, best);
  const graded = gradeOf(compiled, results.evidence, results.redFlags);
  const result = { ...graded, ...results, ...shapeOf(compiled, ctx, best, results) };
  const hedged = [...best.evidence.values()].some((v) => v.reason === 'hedge');
  return { ...result, messages: messagesFor(result, hedged) };
}

// Callers that score many answers against one input object (sample runs) compile it once; a new object compiles anew.
const compiledByInput = new WeakMap<ScoringInput, CompiledScoring>();

/** Scores an answer against a question's evidence and red flags; the question is compiled once per input object. */
export function scoreAnswer(answer: string, input: ScoringInput): ScoreResult {
  let compiled = compiledByInput.get(input);
  if (compiled === undefined) {
    compiled = compileScoring(input);
    compiledByInput.set(input, compiled);
  }
  return scoreCompiled(answer, compiled);
}
