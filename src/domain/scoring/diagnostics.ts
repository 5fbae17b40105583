import type { AnswerContext, Verdict } from './match/judge';
import type { PatternKind } from './match/patterns';
import { mergeSpans } from './match/judge';
import { diagnosticKinds, type Diagnostic, type DiagnosticKind, type ScoringInput, type Span } from './score-types';
import { isWordToken, type Token } from './text/tokenize';

type Found = { spans: Span[]; items: string[] };

function cutOffSpan(ctx: AnswerContext): Span[] {
  if (ctx.cutFrom >= ctx.tokens.length) return [];
  const words = ctx.tokens.slice(ctx.cutFrom).filter(isWordToken);
  const first = words[0] as Token | undefined;
  const last = words[words.length - 1] as Token | undefined;
  return first === undefined || last === undefined ? [] : [{ start: first.start, end: last.end }];
}

/** The diagnostics of a scored answer: what the answer itself shows, and the cues behind each item's status. */
export function diagnosticsOf(
  input: ScoringInput,
  ctx: AnswerContext,
  best: Record<PatternKind, ReadonlyMap<number, Verdict>>,
  vague: boolean,
): Diagnostic[] {
  const found = new Map<DiagnosticKind, Found>(diagnosticKinds.map((kind) => [kind, { spans: [], items: [] }]));
  const add = (kind: DiagnosticKind, spans: readonly Span[], item?: string): void => {
    const entry = found.get(kind) as Found;
    entry.spans.push(...spans);
    if (item !== undefined && !entry.items.includes(item)) entry.items.push(item);
  };
  add('keywordList', ctx.lists.spans);
  add('repetitive', ctx.repeats);
  add('cutOff', cutOffSpan(ctx));
  if (vague) {
    const tokens = ctx.tokens;
    const cues = ctx.structure.cues.filter((cue) => cue.categories.has('vague'));
    add(
      'vague',
      cues.map((cue) => ({ start: tokens[cue.first]?.start ?? 0, end: tokens[cue.last]?.end ?? 0 })),
    );
  }
  const ids: Record<PatternKind, readonly { id: string }[]> = { evidence: input.evidence, redFlag: input.redFlags };
  for (const kind of ['evidence', 'redFlag'] as const) {
    for (const [target, verdict] of best[kind]) {
      const diagnostic = verdict.diagnostic;
      const id = ids[kind][target]?.id;
      if (diagnostic === null || id === undefined) continue;
      // A cue diagnostic needs its cue; a list or a cut-off speaks for itself.
      const fromCue = diagnostic.kind !== 'keywordList' && diagnostic.kind !== 'cutOff';
      if (fromCue && diagnostic.span === null) continue;
      add(diagnostic.kind, diagnostic.span === null ? [] : [diagnostic.span], id);
    }
  }
  return diagnosticKinds.flatMap((kind) => {
    const { spans, items } = found.get(kind) as Found;
    if (spans.length === 0 && items.length === 0 && !(kind === 'vague' && vague)) return [];
    return [{ kind, spans: mergeSpans(spans), items }];
  });
}
