import type { Locale } from '@/domain/scenario/locale';
import type { EvidenceItem } from '@/domain/scenario/scenario-schema';
import { analyzeTokens, type AnalyzeOptions, type Unit } from '../words/analyze';
import { lexiconFor } from '../words/lexicon';
import { analyzeStructure, withoutCueContent, type Structure } from '../text/structure';
import { tokenize, type Token } from '../text/tokenize';

/** A key concept of a model answer, shaped like an evidence item so that the same scorer can look for it. */
export type ReferenceConcept = EvidenceItem & {
  /** The match key that identifies the concept (a stem, synonym group or quantity). */
  key: string;
  /** The model answer states it negated ("not connected"), so the answer must negate it too. */
  negated: boolean;
};

/** The evidence item of a concept, without the extraction's own fields, as a scenario file would hold it. */
export function toEvidenceItem(concept: ReferenceConcept): EvidenceItem {
  const { id, label, weight, essential, phrases } = concept;
  return { id, label, weight, essential, phrases };
}

/** How informative a concept key is (for example an inverse document frequency over many model answers). */
export type ConceptWeight = (key: string) => number;

const negationWord: Record<Locale, string> = { en: 'not', de: 'nicht' };

/** How a model answer is analysed (no compound vocabulary: there is no phrase list to split against). */
function modelAnswerOptions(locale: Locale): AnalyzeOptions {
  return { lexicon: lexiconFor(locale), englishToo: locale === 'de', keepConstituents: false };
}

/** Content units of a text with their tokens and clause structure. */
export function analyzeText(text: string, locale: Locale): { tokens: Token[]; units: Unit[]; structure: Structure } {
  const tokens = tokenize(text);
  const options = modelAnswerOptions(locale);
  const structure = analyzeStructure(tokens, options.lexicon);
  return { tokens, units: withoutCueContent(analyzeTokens(tokens, options), structure), structure };
}

/** Match keys of a text's content words; used to weigh concepts and to leave out words that repeat the question. */
export function contentKeys(text: string, locale: Locale): string[] {
  return analyzeText(text, locale)
    .units.filter((u) => u.content)
    .flatMap((u) => u.keys);
}

/** Indexes of units right after a negation cue in the same clause: "not connected" negates "connected", not the rest of the sentence. */
export function negatedUnits(units: readonly Unit[], structure: Structure): Set<number> {
  const negated = new Set<number>();
  for (const cue of structure.cues) {
    if (!cue.categories.has('negation')) continue;
    const next = units.findIndex((u) => u.content && u.firstToken > cue.last);
    const unit = units[next];
    if (unit !== undefined && structure.clauseOf[unit.firstToken] === structure.clauseOf[cue.last]) negated.add(next);
  }
  return negated;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'term'
  );
}

/** Concepts of one model answer, without the words that only repeat the question. */
function conceptsOfAnswer(
  answer: string,
  promptKeys: ReadonlySet<string>,
  locale: Locale,
  weightOf: ConceptWeight,
): ReferenceConcept[] {
  const { units, structure } = analyzeText(answer, locale);
  const negated = negatedUnits(units, structure);
  const concepts: ReferenceConcept[] = [];
  units.forEach((unit, u) => {
    const key = unit.keys[0];
    if (!unit.content || key === undefined || unit.keys.some((k) => promptKeys.has(k))) return;
    const surface = answer.slice(unit.start, unit.end);
    const isNegated = negated.has(u);
    const phrase = isNegated ? `${negationWord[locale]} ${surface}` : surface;
    const weight = Math.min(10, Math.max(0.1, weightOf(key)));
    const phrases = locale === 'en' ? { en: [phrase] } : { en: [phrase], de: [phrase] };
    const id = `${isNegated ? 'not-' : ''}${slug(surface)}`;
    concepts.push({
      id,
      key,
      negated: isNegated,
      label: { en: phrase, [locale]: phrase },
      phrases,
      weight,
      essential: false,
    });
  });
  return concepts;
}

/** Key concepts of model answers, one list per answer, each concept once per answer. */
export function conceptsPerAnswer(
  modelAnswers: readonly string[],
  prompt: string,
  locale: Locale,
  weightOf: ConceptWeight = () => 1,
): ReferenceConcept[][] {
  const promptKeys = new Set(contentKeys(prompt, locale));
  return modelAnswers.map((answer) => {
    const seen = new Set<string>();
    return conceptsOfAnswer(answer, promptKeys, locale, weightOf).filter((c) => {
      const id = `${c.negated}:${c.key}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  });
}

/** Key concepts of a question's model answers (words that only repeat the question left out), for suggesting evidence items. */
export function deriveReferenceConcepts(
  modelAnswers: readonly string[],
  prompt: string,
  locale: Locale,
  weightOf: ConceptWeight = () => 1,
): ReferenceConcept[] {
  const seen = new Map<string, ReferenceConcept>();
  for (const concept of conceptsPerAnswer(modelAnswers, prompt, locale, weightOf).flat()) {
    const id = `${concept.negated}:${concept.key}`;
    if (!seen.has(id)) seen.set(id, concept);
  }
  // Ids must be unique across the list: two surfaces may slug alike.
  const used = new Map<string, number>();
  return [...seen.values()].map((c) => {
    const n = (used.get(c.id) ?? 0) + 1;
    used.set(c.id, n);
    return n === 1 ? c : { ...c, id: `${c.id}-${n}` };
  });
}
