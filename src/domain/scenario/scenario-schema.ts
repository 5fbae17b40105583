import { z } from 'zod';
import { localeSchema, localizedPhrasesSchema, localizedTextSchema } from './locale';

export const currentSchemaVersion = 1;

export const topics = [
  'configuration-hardening',
  'patch-management',
  'logging-monitoring',
  'privileged-access',
  'automation-config-as-code',
  'change-management',
  'backup-disaster-recovery',
  'security-operations-collaboration',
] as const;
export type Topic = (typeof topics)[number];

export const auditContexts = ['internal', 'stage-1', 'stage-2', 'surveillance', 'recertification'] as const;
export type AuditContext = (typeof auditContexts)[number];

export const personas = ['friendly', 'strict'] as const;
export type Persona = (typeof personas)[number];

/** Finding grades, best first. OFI ranks above observation: the requirement is met, only a better way is suggested. */
export const grades = ['conformity', 'ofi', 'observation', 'minor-nc', 'major-nc'] as const;
export type Grade = (typeof grades)[number];

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const controlIdSchema = z.string().regex(/^A\.[5-8]\.\d{1,2}$/, 'Annex A controls look like A.8.9');
const clauseIdSchema = z
  .string()
  .regex(/^(?:[4-9]|10)(?:\.\d{1,2}){0,2}(?: [a-z])?$/, 'clauses look like 6.1.3 or 9.2');

export const evidenceItemSchema = z
  .object({
    id: idSchema,
    label: localizedTextSchema,
    weight: z.number().positive().max(10).default(1),
    essential: z.boolean().default(false),
    phrases: localizedPhrasesSchema,
  })
  .strict();
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const redFlagSchema = z
  .object({
    id: idSchema,
    label: localizedTextSchema,
    severity: z.enum(['minor', 'major']),
    phrases: localizedPhrasesSchema,
  })
  .strict();
export type RedFlag = z.infer<typeof redFlagSchema>;

/** All conditions given must hold for the rule to fire. */
export const followUpConditionSchema = z
  .object({
    missingEssential: z.boolean().optional(),
    missing: z.array(idSchema).min(1).optional(),
    negated: z.array(idSchema).min(1).optional(),
    coverageBelow: z.number().min(0).max(100).optional(),
    redFlag: z.union([z.literal('any'), z.array(idSchema).min(1)]).optional(),
    vague: z.boolean().optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'a follow-up condition needs at least one test');
export type FollowUpCondition = z.infer<typeof followUpConditionSchema>;

export const followUpRuleSchema = z.object({ if: followUpConditionSchema, ask: idSchema }).strict();
export type FollowUpRule = z.infer<typeof followUpRuleSchema>;

export const sampleExpectationSchema = z
  .object({
    covered: z.array(idSchema).default([]),
    redFlags: z.array(idSchema).default([]),
    grade: z.enum(grades),
    probe: z.union([idSchema, z.literal('none')]).optional(),
  })
  .strict();

/**
 * What a sample demonstrates, for the scoring rules that are easiest to get wrong: a bare list of names, a
 * practice the answer says has ended, a negation or plan that must stop at its clause, a denial and the probe
 * that must follow it. The checker asks every question to show them in both languages.
 */
export const samplePhenomena = ['keyword-list', 'ended-practice', 'clause-scope', 'denial'] as const;
export type SamplePhenomenon = (typeof samplePhenomena)[number];

export const sampleAnswerSchema = z
  .object({
    locale: localeSchema,
    text: z.string().min(1),
    note: z.string().optional(),
    shows: z.array(z.enum(samplePhenomena)).min(1).optional(),
    expect: sampleExpectationSchema,
  })
  .strict();
export type SampleAnswer = z.infer<typeof sampleAnswerSchema>;

export const recommendationSchema = z.object({ for: idSchema, text: localizedTextSchema }).strict();
export type Recommendation = z.infer<typeof recommendationSchema>;

/**
 * A follow-up the auditor may ask within a main question; its answer is scored against the main question's evidence.
 * `presumes` lists the evidence its wording takes to exist (default: its focus); it is never asked once the learner
 * has denied one of them.
 */
export const probeSchema = z
  .object({
    id: idSchema,
    prompt: localizedTextSchema,
    rephrase: localizedTextSchema.optional(),
    focus: z.array(idSchema).default([]),
    presumes: z.array(idSchema).optional(),
  })
  .strict();
export type Probe = z.infer<typeof probeSchema>;

export const questionSchema = z
  .object({
    id: idSchema,
    prompt: localizedTextSchema,
    rephrase: localizedTextSchema.optional(),
    controls: z.array(controlIdSchema).default([]),
    evidence: z.array(evidenceItemSchema).min(1),
    redFlags: z.array(redFlagSchema).default([]),
    probes: z.array(probeSchema).default([]),
    followUps: z.array(followUpRuleSchema).default([]),
    next: z.union([idSchema, z.literal('end')]).optional(),
    modelAnswer: localizedTextSchema,
    tip: localizedTextSchema.optional(),
    recommendations: z.array(recommendationSchema).default([]),
    samples: z.array(sampleAnswerSchema).default([]),
  })
  .strict();
export type Question = z.infer<typeof questionSchema>;

export const gradingSchema = z
  .object({
    conformity: z.number().min(0).max(100).default(80),
    ofi: z.number().min(0).max(100).default(65),
    observation: z.number().min(0).max(100).default(50),
    minorNc: z.number().min(0).max(100).default(25),
  })
  .strict()
  .refine((g) => g.conformity >= g.ofi && g.ofi >= g.observation && g.observation >= g.minorNc, {
    message: 'grading thresholds must not increase from conformity down to minorNc',
  });
export type Grading = z.infer<typeof gradingSchema>;
export const defaultGrading: Grading = { conformity: 80, ofi: 65, observation: 50, minorNc: 25 };

export const scenarioSchema = z
  .object({
    $schema: z.string().optional(),
    id: idSchema,
    schemaVersion: z.literal(currentSchemaVersion),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version is semantic, like 1.0.0'),
    title: localizedTextSchema,
    summary: localizedTextSchema,
    topic: z.enum(topics),
    controls: z.array(controlIdSchema).min(1),
    clauses: z.array(clauseIdSchema).default([]),
    context: z.enum(auditContexts).default('internal'),
    persona: z.enum(personas).default('friendly'),
    interviewee: localizedTextSchema.optional(),
    introduction: localizedTextSchema,
    closing: localizedTextSchema,
    grading: gradingSchema.default(defaultGrading),
    probeLimit: z.number().int().min(0).max(5).default(2),
    questions: z.array(questionSchema).min(1),
  })
  .strict();
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** The named parts of a scenario file, in the order the JSON Schema lists them as $defs; each has field help. */
export const scenarioSchemaParts = {
  EvidenceItem: evidenceItemSchema,
  RedFlag: redFlagSchema,
  FollowUpCondition: followUpConditionSchema,
  FollowUpRule: followUpRuleSchema,
  SampleExpectation: sampleExpectationSchema,
  SampleAnswer: sampleAnswerSchema,
  Recommendation: recommendationSchema,
  Probe: probeSchema,
  Question: questionSchema,
  Grading: gradingSchema,
} as const;
