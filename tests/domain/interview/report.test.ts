import { describe, expect, it } from 'vitest';
import type { Grade } from '@/domain/scenario/scenario-schema';
import { buildInterviewReport, overallGrade, overallScore } from '@/domain/interview/report';
import { summarizeReport } from '@/domain/interview/report-change';
import { quoteSpans } from '@/domain/interview/report-finding';
import type { Finding } from '@/domain/interview/report-types';
import type { InterviewEvent } from '@/domain/interview/interview-types';
import { backupScenario, recordingMachine, startInterview } from './support/interview-harness';

const scenario = backupScenario();

function run(events: InterviewEvent[], mode: 'practice' | 'mock' = 'mock') {
  const { machine } = recordingMachine(scenario);
  const actor = startInterview(machine, { mode });
  actor.send({ type: 'interview.start' });
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

const say = (text: string): InterviewEvent => ({ type: 'answer.submit', text });
const strongRun = run([
  say('Our backup policy requires nightly backups, copied offsite and encrypted.'),
  say('Our recovery plan is tested in a yearly failover test.'),
  say('We run a restore test every quarter and file a test report.'),
]);
const mixedRun = run([
  say('We have nightly backups, but restores were never tested.'),
  { type: 'answer.dont-know' },
  say('We did a restore test in March.'),
  { type: 'answer.dont-know' },
  { type: 'interview.finish' },
]);
const finding = (report: { findings: Finding[] }, id: string) => report.findings.find((f) => f.questionId === id);

describe('buildInterviewReport', () => {
  it('is the machine output once the interview ends', () => {
    expect(mixedRun.output).toEqual(buildInterviewReport(scenario, mixedRun.context, 'en'));
  });

  it('grades a strong interview conformity and quotes the learner', () => {
    const report = buildInterviewReport(scenario, strongRun.context, 'en');
    expect(report).toMatchObject({ score: 100, grade: 'conformity', answeredQuestions: 3, totalQuestions: 3 });
    expect(finding(report, 'dr-plan')?.given).toEqual([
      { evidenceId: 'recovery-plan', label: 'Recovery plan', status: 'covered', quote: 'recovery plan' },
      { evidenceId: 'exercise', label: 'Recovery exercise', status: 'covered', quote: 'failover test' },
    ]);
    expect(report.findings.every((f) => f.recommendations.length === 0 && f.missing.length === 0)).toBe(true);
  });

  it('lists what was missing, the red flags and the matching recommendations', () => {
    const report = buildInterviewReport(scenario, mixedRun.context, 'en');
    expect(finding(report, 'backup-schedule')).toMatchObject({
      status: 'answered',
      grade: 'minor-nc',
      score: 40,
      controls: ['A.8.13'],
      given: [{ evidenceId: 'schedule', quote: 'nightly' }],
      missing: [
        { evidenceId: 'backup-policy', label: 'Backup policy', status: 'missing', essential: true },
        { evidenceId: 'offsite', label: 'Offsite copy', status: 'missing', essential: false },
        { evidenceId: 'encryption', label: 'Encrypted backups', status: 'missing', essential: false },
      ],
      redFlags: [{ redFlagId: 'untested', label: 'Restores never tested', severity: 'minor', quote: 'never tested' }],
      recommendations: [
        { for: 'backup-policy', text: 'Write down what is backed up and how often.' },
        { for: 'offsite', text: 'Keep one copy at a second site.' },
        { for: 'untested', text: 'Test a restore at least once a year.' },
      ],
      modelAnswer: 'Our backup policy sets nightly backups; copies go offsite encrypted.',
    });
  });

  it('quotes evidence from the probe answer that gave it and falls back to the scenario controls', () => {
    const report = buildInterviewReport(scenario, mixedRun.context, 'en');
    expect(finding(report, 'restore-tests')).toMatchObject({
      grade: 'conformity',
      controls: ['A.8.13', 'A.5.30'],
      given: [{ evidenceId: 'restore-test', quote: 'restore test' }],
      missing: [{ evidenceId: 'test-record' }],
      probesAnswered: 2,
    });
  });

  it('grades a question never answered as an empty answer, never better than minor-nc, and counts it in coverage', () => {
    const report = buildInterviewReport(scenario, mixedRun.context, 'en');
    expect(finding(report, 'dr-plan')).toMatchObject({
      status: 'not-answered',
      grade: 'major-nc',
      score: 0,
      caps: [{ code: 'not-answered', id: 'dr-plan', limit: 'minor-nc' }, { code: 'essential-missing' }],
    });
    expect(report.answeredQuestions).toBe(2);
    expect(report.unansweredQuestions).toEqual(['dr-plan']);
    expect(report.outcome).toBe('completed');
    const weights = report.findings.map((f) => f.weight);
    expect(report.score).toBe(Math.round((5 * 40 + 2 * 100) / weights.reduce((sum, w) => sum + w, 0)));
    expect(report.grade).toBe('major-nc');
  });

  it('names every cap of an answered finding, strongest first', () => {
    const report = buildInterviewReport(scenario, mixedRun.context, 'en');
    expect(finding(report, 'backup-schedule')?.caps).toEqual([
      { code: 'minor-red-flag', id: 'untested', limit: 'minor-nc' },
      { code: 'essential-missing', id: 'backup-policy', limit: 'observation' },
    ]);
    expect(finding(report, 'restore-tests')?.caps).toEqual([]);
  });

  it('is abandoned with no result when nothing was answered', () => {
    const report = buildInterviewReport(scenario, { transcript: [] }, 'en');
    expect(report).toMatchObject({ outcome: 'abandoned', grade: null, score: 0, answeredQuestions: 0 });
    expect(report.unansweredQuestions).toEqual(scenario.questions.map((q) => q.id));
  });

  it('writes labels, recommendations and the model answer in the wanted locale, English where untranslated', () => {
    const report = buildInterviewReport(scenario, mixedRun.context, 'de');
    const backup = finding(report, 'backup-schedule');
    expect(backup?.missing[0]?.label).toBe('Sicherungsrichtlinie');
    expect(backup?.recommendations.map((r) => r.text)).toEqual([
      'Schreiben Sie fest, was wie oft gesichert wird.',
      'Keep one copy at a second site.',
      'Test a restore at least once a year.',
    ]);
    expect(backup?.modelAnswer).toBe('Unsere Sicherungsrichtlinie legt nächtliche Sicherungen fest.');
  });

  it('marks a skipped question and counts it as zero', () => {
    const report = buildInterviewReport(
      scenario,
      run([{ type: 'question.skip' }, { type: 'interview.finish' }]).context,
      'en',
    );
    expect(finding(report, 'backup-schedule')).toMatchObject({ status: 'skipped', score: 0, grade: 'major-nc' });
    expect(report.score).toBe(0);
  });

  it('judges a practice question by its latest attempt', () => {
    const snapshot = run(
      [
        say('We have nightly backups.'),
        { type: 'answer.dont-know' },
        { type: 'answer.dont-know' },
        { type: 'answer.retry' },
        say('Our backup policy requires nightly backups, copied offsite and encrypted.'),
        { type: 'interview.finish' },
      ],
      'practice',
    );
    expect(finding(buildInterviewReport(scenario, snapshot.context, 'en'), 'backup-schedule')).toMatchObject({
      attempts: 2,
      grade: 'conformity',
      probesAnswered: 0,
    });
  });
});

describe('change since a previous attempt', () => {
  it('reports the score delta, the grade change and per-question changes', () => {
    const previous = summarizeReport(buildInterviewReport(scenario, mixedRun.context, 'en'));
    const report = buildInterviewReport(scenario, strongRun.context, 'en', previous);
    expect(report.change).toEqual({
      scoreDelta: 100 - 44,
      previousGrade: 'major-nc',
      gradeChange: 'better',
      questions: [
        {
          questionId: 'backup-schedule',
          scoreDelta: 60,
          previousGrade: 'minor-nc',
          grade: 'conformity',
          gradeChange: 'better',
        },
        {
          questionId: 'dr-plan',
          scoreDelta: 100,
          previousGrade: 'major-nc',
          grade: 'conformity',
          gradeChange: 'better',
        },
        {
          questionId: 'restore-tests',
          scoreDelta: 0,
          previousGrade: 'conformity',
          grade: 'conformity',
          gradeChange: 'same',
        },
      ],
    });
  });

  it('reports a drop as worse', () => {
    const previous = summarizeReport(buildInterviewReport(scenario, strongRun.context, 'en'));
    expect(buildInterviewReport(scenario, mixedRun.context, 'en', previous).change?.gradeChange).toBe('worse');
  });

  it('ignores a summary of another scenario', () => {
    const previous = {
      ...summarizeReport(buildInterviewReport(scenario, strongRun.context, 'en')),
      scenarioId: 'other',
    };
    expect(buildInterviewReport(scenario, strongRun.context, 'en', previous).change).toBeNull();
  });
});

describe('overall score and grade', () => {
  const f = (grade: Grade | null, score: number | null, weight = 1): Finding => ({
    ...buildInterviewReport(scenario, { transcript: [] }, 'en').findings[0]!,
    grade,
    score,
    weight,
  });

  it.each<[string, Finding[], number, Grade | null]>([
    ['nothing graded', [f(null, null)], 0, null],
    ['all conformity', [f('conformity', 100), f('conformity', 90)], 95, 'conformity'],
    [
      'one observation among conformity: the worst finding',
      [f('conformity', 100, 3), f('observation', 55)],
      89,
      'observation',
    ],
    ['a major NC makes the interview a major NC', [f('conformity', 100, 9), f('major-nc', 0)], 90, 'major-nc'],
    ['the coverage score never lifts the result', [f('ofi', 70), f('minor-nc', 30)], 50, 'minor-nc'],
    ['a question not answered counts 0 in coverage', [f('conformity', 100, 1), f('minor-nc', null, 3)], 25, 'minor-nc'],
  ])('%s', (_name, findings, score, grade) => {
    expect(overallScore(findings)).toBe(score);
    expect(overallGrade(findings)).toBe(grade);
  });
});

describe('quoteSpans', () => {
  it.each([
    ['one span', 'We back up nightly.', [{ start: 11, end: 18 }], 'nightly'],
    [
      'spans in text order, joined',
      'Policy yes, offsite yes.',
      [
        { start: 12, end: 19 },
        { start: 0, end: 6 },
      ],
      'Policy … offsite',
    ],
    ['spans past the end are clipped', 'short', [{ start: 2, end: 99 }], 'ort'],
    ['no spans', 'text', [], null],
  ])('%s', (_name, text, spans, expected) => {
    expect(quoteSpans(text, spans)).toBe(expected);
  });
});
