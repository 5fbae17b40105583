import { describe, expect, it } from 'vitest';
import { evidenceItemSchema } from '@/domain/scenario/scenario-schema';
import { deriveReferenceConcepts, toEvidenceItem } from '@/domain/scoring/suggest/evidence-suggestions';

describe('deriveReferenceConcepts', () => {
  const prompt = 'How do you know that backups can be restored?';
  const models = ['Every quarter we restore a full backup to a test server and record the result in a ticket.'];

  it('leaves out words that only repeat the question', () => {
    const labels = deriveReferenceConcepts(models, prompt, 'en').map((c) => c.label.en);
    expect(labels).toEqual(expect.arrayContaining(['Every quarter', 'test', 'server', 'record', 'result', 'ticket']));
    expect(labels.map((l) => l.toLowerCase())).not.toContain('backup');
    expect(labels.map((l) => l.toLowerCase())).not.toContain('restore');
  });

  it('yields valid evidence items with unique ids, for the authoring studio', () => {
    const concepts = deriveReferenceConcepts(
      [...models, 'A test restore each quarter, recorded in a ticket.'],
      prompt,
      'en',
    );
    for (const concept of concepts) expect(evidenceItemSchema.safeParse(toEvidenceItem(concept)).success).toBe(true);
    expect(new Set(concepts.map((c) => c.id)).size).toBe(concepts.length);
  });

  it('keeps a negated statement negated', () => {
    const concepts = deriveReferenceConcepts(
      ['The terminals are not connected.'],
      'What does the reading tell you?',
      'en',
    );
    const connected = concepts.find((c) => c.key === 'connect');
    expect(connected).toMatchObject({ negated: true, id: 'not-connected', phrases: { en: ['not connected'] } });
  });

  it('weighs concepts by the given informativeness', () => {
    const weights = deriveReferenceConcepts(models, prompt, 'en', (key) => (key === 'syn:ticket' ? 4 : 1));
    expect(weights.find((c) => c.label.en === 'ticket')?.weight).toBe(4);
    expect(weights.find((c) => c.label.en === 'server')?.weight).toBe(1);
  });

  it('works in German, compounds and all', () => {
    const concepts = deriveReferenceConcepts(
      ['Die Sicherungen werden täglich auf Band geschrieben.'],
      'Wie sichern Sie Daten?',
      'de',
    );
    expect(concepts.map((c) => c.label.de)).toEqual(expect.arrayContaining(['Sicherungen', 'täglich', 'Band']));
  });
});
