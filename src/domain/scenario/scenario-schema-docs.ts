import type { z } from 'zod';
import type { scenarioSchema, scenarioSchemaParts } from './scenario-schema';

// One help text for every field of the schema as written: a field added to the zod schema without help
// here (or help left for a field that is gone) fails to compile.
export type HelpFor<Schema extends z.ZodType> = { [Field in keyof z.input<Schema>]-?: string };

type Parts = typeof scenarioSchemaParts;
type FieldDescriptions = { Scenario: HelpFor<typeof scenarioSchema> } & {
  [Part in keyof Parts]: HelpFor<Parts[Part]>;
};

/** Short help per field, shown by editors that read the JSON Schema; keyed by the $defs name ("Scenario" is the root). */
export const fieldDescriptions: FieldDescriptions = {
  Scenario: {
    $schema: 'Path or address of this JSON Schema, so editors check the file as it is typed.',
    id: 'Unique id, lower-case words joined by hyphens; the file is named <id>.yaml.',
    schemaVersion: 'Format version of this file. Currently 1.',
    version: 'Content version (semantic, like 1.0.0); raise it when you change the scenario.',
    title: 'Name of the scenario as learners see it.',
    summary: 'One or two sentences on what the interview covers.',
    topic: 'The audit topic this scenario trains.',
    controls: 'ISO/IEC 27001:2022 Annex A controls the scenario covers, like A.8.9.',
    clauses: 'Management-system clauses touched, like 6.1.3 or 9.2.',
    context: 'The kind of audit being rehearsed (default internal).',
    persona: "The auditor's manner: friendly or strict (default friendly).",
    interviewee: 'Who the learner plays, e.g. the Linux administrator.',
    introduction: 'What the auditor says before the first question.',
    closing: 'What the auditor says after the last question.',
    grading: 'Score thresholds for the grades (defaults 80/65/50/25).',
    probeLimit: 'Most probes asked per main question (0 to 5, default 2).',
    questions: 'Main questions, asked in this order unless next or a follow-up says otherwise.',
  },
  Question: {
    id: 'Unique within the scenario; follow-ups and next refer to it.',
    prompt: 'The question as the auditor asks it.',
    rephrase: 'The same question in other words, offered when the learner asks for it.',
    controls: "Annex A controls this question tests; each must be in the scenario's controls.",
    evidence: 'What a good answer mentions; each item is matched by its phrases.',
    redFlags: 'Statements that reveal a gap, including negated good evidence.',
    probes: 'Follow-up questions within this question, asked by followUps.',
    followUps: 'Rules tried in order after each answer; the first that holds asks its probe or question.',
    next: 'Question id to go to afterwards, or end. Default: the next question in the file.',
    modelAnswer: 'A strong answer, shown after the learner has answered.',
    tip: 'A hint for the learner.',
    recommendations: 'Advice shown when an evidence item is missing or a red flag is hit.',
    samples: 'Sample answers with the result the scorer must give; the checker runs them.',
  },
  EvidenceItem: {
    id: 'Unique within the question (shared with red flag ids).',
    label: 'Short name of the evidence, shown in feedback.',
    weight: 'Relative importance, above 0 and up to 10 (default 1).',
    essential: 'If true, an answer without it grades at best observation (default false).',
    phrases: 'Words and phrases an interviewee may use for this item, per language.',
  },
  RedFlag: {
    id: 'Unique within the question (shared with evidence ids).',
    label: 'Short name of the gap, shown in feedback.',
    severity: 'minor caps the grade at minor nonconformity; major makes it a major nonconformity.',
    phrases: 'Phrases that reveal the gap, per language.',
  },
  Probe: {
    id: "Unique within the question; named by a follow-up rule's ask.",
    prompt: 'The probe as the auditor asks it.',
    rephrase: 'The same probe in other words.',
    focus: 'Evidence ids of this question the probe is after.',
    presumes:
      'Evidence ids the wording takes to exist (default: focus); never asked once the learner denied one. [] for probes about absence.',
  },
  FollowUpRule: {
    if: 'Conditions that must all hold.',
    ask: 'A probe of this question, or another main question to branch to.',
  },
  FollowUpCondition: {
    missingEssential: 'True: an essential evidence item is neither covered yet nor denied by the learner.',
    missing: 'Holds when any of these evidence ids is neither covered yet nor denied by the learner.',
    negated: 'Holds when the learner denied any of these evidence ids (stated it is absent).',
    coverageBelow: 'Holds when the score so far (0 to 100) is below this number.',
    redFlag: '"any", or a list of red flag ids of which one was hit.',
    vague: 'True: the answer was generic and covered no evidence.',
  },
  SampleAnswer: {
    locale: 'Language of the sample text.',
    text: 'The answer as a learner might give it.',
    note: 'Why this sample exists (not shown to learners).',
    shows:
      'What the sample demonstrates: keyword-list (names only, earns nothing), ended-practice (a practice said to have ended), clause-scope (a negation or plan that stops at its clause), denial (an item denied, with expect.probe the probe that must follow).',
    expect:
      'The exact result the scorer must give: covered (covered or partial) evidence ids, red flag ids hit, grade.',
  },
  SampleExpectation: {
    covered: 'Evidence ids the scorer must find covered or partly covered, and no others.',
    redFlags: 'Red flag ids the scorer must find, and no others.',
    grade: 'The grade the scorer must give; it must agree with the grading rule.',
    probe: 'The probe the auditor asks next when this is the main answer, or none.',
  },
  Recommendation: { for: 'Evidence or red flag id of this question.', text: 'The advice.' },
  Grading: {
    conformity: 'Lowest score graded conformity (default 80).',
    ofi: 'Lowest score graded opportunity for improvement (default 65).',
    observation: 'Lowest score graded observation (default 50).',
    minorNc: 'Lowest score graded minor nonconformity (default 25); below is major.',
  },
};
