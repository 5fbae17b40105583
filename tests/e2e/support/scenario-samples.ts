import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

type Sample = { locale: string; text: string; note?: string; expect: { grade: string } };
type Question = { id: string; samples?: Sample[] };

function questionsOf(scenarioId: string): Question[] {
  const file = path.resolve(import.meta.dirname, '../../../scenarios', `${scenarioId}.yaml`);
  return (parse(readFileSync(file, 'utf8')) as { questions: Question[] }).questions;
}

/** Sample answers of a shipped scenario's main question, read from its file, for answering like a learner. */
export function samplesOf(scenarioId: string, questionId: string): Sample[] {
  return questionsOf(scenarioId).find((q) => q.id === questionId)?.samples ?? [];
}

/** The texts of every sample answer of a shipped scenario in one language, for answers of any kind. */
export function sampleTexts(scenarioId: string, locale: string): string[] {
  return questionsOf(scenarioId).flatMap((q) =>
    (q.samples ?? []).filter((s) => s.locale === locale).map((s) => s.text),
  );
}

/** The seed interview's two hardening answers, as the systems administrator gave them. */
export const seedHardeningAnswers = [
  'Sure, we utilise industry standard benchmarks like CIS and NIST to lock down settings for OS, firewalls, databases and more according to best practices. We keep gold images to simplify patching and deployment.',
  'Our configuration management system scans new systems against the gold benchmark to validate before production. We also run monthly audits to identify any drift or issues.',
];
