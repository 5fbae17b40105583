import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

type Sample = { locale: string; text: string; note?: string; expect: { grade: string } };
type Question = { id: string; samples?: Sample[] };

/** Sample answers of a shipped scenario's main question, read from its file, for answering like a learner. */
export function samplesOf(scenarioId: string, questionId: string): Sample[] {
  const file = path.resolve(import.meta.dirname, '../../../scenarios', `${scenarioId}.yaml`);
  const scenario = parse(readFileSync(file, 'utf8')) as { questions: Question[] };
  return scenario.questions.find((q) => q.id === questionId)?.samples ?? [];
}

/** The seed interview's two hardening answers, as the systems administrator gave them. */
export const seedHardeningAnswers = [
  'Sure, we utilise industry standard benchmarks like CIS and NIST to lock down settings for OS, firewalls, databases and more according to best practices. We keep gold images to simplify patching and deployment.',
  'Our configuration management system scans new systems against the gold benchmark to validate before production. We also run monthly audits to identify any drift or issues.',
];
