import { describe, expect, it } from 'vitest';
import { defaultGrading, type Grade } from '@/domain/scenario/scenario-schema';
import {
  betterBy,
  capGrade,
  earnsCredit,
  gradeFor,
  isStrongerStatus,
  scoreFromStatuses,
  worseGrade,
  applyCaps,
  gradeCapsFor,
  type GradeCap,
  type GradeCaps,
} from '@/domain/scoring/grade';
import { evidenceStatuses, type EvidenceStatus } from '@/domain/scoring/score-types';
import { item, score } from './scoring-fixtures';

const noCaps: GradeCaps = {
  essentialMissing: false,
  essentialNegated: false,
  minorRedFlag: false,
  majorRedFlag: false,
};

describe('score formula', () => {
  it.each([
    [[['covered', 1]], 100],
    [
      [
        ['covered', 1],
        ['missing', 1],
      ],
      100,
    ],
    [
      [
        ['partial', 1],
        ['missing', 1],
      ],
      50,
    ],
    [
      [
        ['covered', 1],
        ['missing', 3],
      ],
      50,
    ],
    [
      [
        ['partial', 1],
        ['missing', 3],
      ],
      25,
    ],
    [
      [
        ['negated', 2],
        ['planned', 2],
        ['missing', 2],
      ],
      0,
    ],
    [
      [
        ['covered', 3],
        ['partial', 1],
        ['missing', 6],
      ],
      70,
    ],
    [
      [
        ['partial', 1],
        ['partial', 1],
        ['missing', 1],
      ],
      67,
    ],
  ] as [[EvidenceStatus, number][], number][])('%j -> %i', (items, expected) => {
    expect(scoreFromStatuses(items.map(([status, weight]) => ({ status, weight }))).score).toBe(expected);
  });

  it('reports coverage as the weighted share, partial counting half', () => {
    expect(
      scoreFromStatuses([
        { status: 'covered', weight: 1 },
        { status: 'partial', weight: 2 },
        { status: 'missing', weight: 1 },
      ]).coverage,
    ).toBe(0.5);
  });
});

describe('status vocabulary', () => {
  it.each([
    ['covered', true],
    ['partial', true],
    ['negated', false],
    ['planned', false],
    ['missing', false],
  ] as [EvidenceStatus, boolean][])('%s earns credit: %s', (status, credited) => {
    expect(earnsCredit(status)).toBe(credited);
  });

  it('orders statuses strongest first: credited before uncredited, the telling uncredited before missing', () => {
    const sorted = [...evidenceStatuses].reverse().sort((a, b) => (isStrongerStatus(a, b) ? -1 : 1));
    expect(sorted).toEqual(['covered', 'partial', 'negated', 'planned', 'missing']);
    for (const status of evidenceStatuses) expect(isStrongerStatus(status, status)).toBe(false);
  });
});

describe('grades from thresholds', () => {
  it.each([
    [100, 'conformity'],
    [80, 'conformity'],
    [79, 'ofi'],
    [65, 'ofi'],
    [64, 'observation'],
    [50, 'observation'],
    [49, 'minor-nc'],
    [25, 'minor-nc'],
    [24, 'major-nc'],
    [0, 'major-nc'],
  ] as [number, Grade][])('%i -> %s', (value, grade) => {
    expect(gradeFor(value, defaultGrading)).toBe(grade);
  });

  it('follows a scenario’s own thresholds', () => {
    const strict = { conformity: 90, ofi: 75, observation: 60, minorNc: 40 };
    expect(gradeFor(85, strict)).toBe('ofi');
    expect(gradeFor(39, strict)).toBe('major-nc');
  });
});

describe('grade caps only make a grade worse', () => {
  it.each([
    ['conformity', { essentialMissing: true }, 'observation'],
    ['minor-nc', { essentialMissing: true }, 'minor-nc'],
    ['conformity', { essentialNegated: true }, 'minor-nc'],
    ['ofi', { minorRedFlag: true }, 'minor-nc'],
    ['observation', { minorRedFlag: true }, 'minor-nc'],
    ['conformity', { majorRedFlag: true }, 'major-nc'],
    ['conformity', {}, 'conformity'],
  ] as [Grade, Partial<GradeCaps>, Grade][])('%s with %j -> %s', (grade, caps, expected) => {
    expect(capGrade(grade, { ...noCaps, ...caps })).toBe(expected);
  });

  it('orders grades best to worst', () => {
    expect(worseGrade('ofi', 'observation')).toBe('observation');
    expect(worseGrade('major-nc', 'conformity')).toBe('major-nc');
  });

  it.each([
    ['major-nc', 1, 'minor-nc'],
    ['observation', 2, 'conformity'],
    ['ofi', 3, 'conformity'],
  ] as [Grade, number, Grade][])('%s made %i steps better is %s', (grade, steps, better) => {
    expect(betterBy(grade, steps)).toBe(better);
  });
});

describe('caps applied to scored answers', () => {
  const strong =
    'Critical patches are installed within 14 days, restores are tested every month, logs are reviewed weekly and the CMDB is current.';
  it('an essential item missing caps a full score at observation', () => {
    const result = score('en', strong);
    expect(result.score).toBe(100);
    expect(result.missingEssential).toEqual(['mfa']);
    expect(result.grade).toBe('observation');
    expect(result.messages).toContain('answer.essential-missing');
  });

  it('an essential item negated caps at minor-nc', () => {
    const result = score('en', `${strong} Administrators don't use MFA.`);
    expect(result.grade).toBe('minor-nc');
    expect(result.messages).toContain('answer.negated-evidence');
  });

  it('a minor red flag caps at minor-nc, a major one forces major-nc', () => {
    const full = `${strong} Administrators use MFA.`;
    expect(score('en', full).grade).toBe('conformity');
    expect(score('en', `${full} Patches go in when we have time.`).grade).toBe('minor-nc');
    const major = score(
      'de',
      'Administratoren nutzen MFA, kritische Patches kommen in 14 Tagen, wir testen die Wiederherstellung monatlich. Wir teilen uns ein gemeinsames Admin-Konto.',
    );
    expect(major.redFlags.map((f) => f.id)).toEqual(['shared-admin']);
    expect(major.grade).toBe('major-nc');
  });

  it('a strong answer without red flags says so', () => {
    expect(score('en', `${strong} Administrators use MFA.`).messages).toEqual(['answer.strong']);
  });

  it('weights count', () => {
    const heavy = [item('a', ['alpha'], ['alpha'], { weight: 3 }), item('b', ['beta'], ['beta'])];
    expect(score('en', 'We have alpha.', { evidence: heavy, redFlags: [] }).score).toBe(100);
    expect(score('en', 'We have beta.', { evidence: heavy, redFlags: [] }).score).toBe(50);
  });
});

describe('the grading rule: every cap names its reason', () => {
  const evidence = [
    item('standard', ['written standard'], ['Richtlinie'], { essential: true }),
    item('review', ['annual review'], ['Review'], { essential: true }),
    item('images', ['gold image'], ['Gold-Image']),
  ];
  const flags = { defaults: 'major', head: 'minor' } as const;
  type Row = [string, Record<string, EvidenceStatus>, (keyof typeof flags)[], Grade, GradeCap[]];
  it.each<Row>([
    ['nothing limits', { standard: 'covered', review: 'covered' }, [], 'conformity', []],
    [
      'an essential item missing',
      { standard: 'covered', review: 'missing' },
      [],
      'observation',
      [{ code: 'essential-missing', id: 'review', limit: 'observation' }],
    ],
    [
      'an essential item only planned',
      { standard: 'covered', review: 'planned' },
      [],
      'observation',
      [{ code: 'essential-missing', id: 'review', limit: 'observation' }],
    ],
    [
      'an essential item negated',
      { standard: 'negated', review: 'covered' },
      [],
      'minor-nc',
      [{ code: 'essential-negated', id: 'standard', limit: 'minor-nc' }],
    ],
    [
      'a minor red flag',
      { standard: 'covered', review: 'covered' },
      ['head'],
      'minor-nc',
      [{ code: 'minor-red-flag', id: 'head', limit: 'minor-nc' }],
    ],
    [
      'a major red flag, strongest first',
      { standard: 'covered', review: 'missing' },
      ['head', 'defaults'],
      'major-nc',
      [
        { code: 'major-red-flag', id: 'defaults', limit: 'major-nc' },
        { code: 'minor-red-flag', id: 'head', limit: 'minor-nc' },
        { code: 'essential-missing', id: 'review', limit: 'observation' },
      ],
    ],
  ])('%s', (_, statuses, hit, grade, caps) => {
    const statusOf = (id: string): EvidenceStatus => statuses[id] ?? 'covered';
    const redFlags = hit.map((id) => ({ id, severity: flags[id] }));
    expect(gradeCapsFor(evidence, statusOf, redFlags)).toEqual(caps);
    expect(applyCaps('conformity', caps)).toBe(grade);
  });
});
