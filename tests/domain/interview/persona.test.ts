import { describe, expect, it } from 'vitest';
import type { Persona } from '@/domain/scenario/scenario-schema';
import { answers, askedPath, backupScenario, recordingMachine, startInterview } from './support/interview-harness';

const scenario = backupScenario();

function interview(persona: Persona, script: ((actor: ReturnType<typeof startInterview>) => void)[]) {
  const { machine } = recordingMachine(scenario);
  const actor = startInterview(machine, { persona });
  actor.send({ type: 'interview.start' });
  for (const step of script) {
    if (actor.getSnapshot().status === 'done') break;
    step(actor);
  }
  return actor.getSnapshot();
}

const dontKnow = (actor: ReturnType<typeof startInterview>) => actor.send({ type: 'answer.dont-know' });
const say = (text: string) => (actor: ReturnType<typeof startInterview>) => actor.send({ type: 'answer.submit', text });

describe('persona', () => {
  it('a strict auditor may probe once more than the scenario probe limit', () => {
    const script = [say('We have nightly backups.'), dontKnow, dontKnow, dontKnow];
    const friendly = interview('friendly', script);
    const strict = interview('strict', script);
    expect(askedPath(friendly).filter((p) => p.startsWith('backup-schedule/'))).toHaveLength(scenario.probeLimit);
    expect(askedPath(strict).filter((p) => p.startsWith('backup-schedule/'))).toEqual([
      'backup-schedule/which-policy',
      'backup-schedule/where-copies',
      'backup-schedule/how-protected',
    ]);
  });

  it('a strict auditor probes a vague answer even where no rule asks for it', () => {
    const script = [say(scenario.questions[0]?.samples[0]?.text ?? ''), say('We follow best practice here.')];
    const friendly = interview('friendly', script);
    const strict = interview('strict', script);
    expect(askedPath(friendly)).toEqual(['backup-schedule', 'dr-plan', 'restore-tests']);
    expect(askedPath(strict)).toEqual(['backup-schedule', 'dr-plan', 'dr-plan/plan-owner']);
  });

  it('changes wording and probing, never the scores', () => {
    const script = [
      say('We have nightly backups.'),
      dontKnow,
      say('Copies go offsite.'),
      say('We follow best practice.'),
    ];
    const friendly = answers(interview('friendly', script));
    const strict = answers(interview('strict', script));
    const common = Math.min(friendly.length, strict.length);
    expect(common).toBeGreaterThan(2);
    for (let i = 0; i < common; i += 1) {
      if (friendly[i]?.text === strict[i]?.text) expect(strict[i]?.result).toEqual(friendly[i]?.result);
    }
  });

  it.each(['friendly', 'strict'] as const)('the %s auditor acknowledges in its own tone', (persona) => {
    const snapshot = interview(persona, [dontKnow]);
    const tones = snapshot.context.transcript.flatMap((t) =>
      t.role === 'auditor' && t.message.kind === 'acknowledge' ? [t.message.tone] : [],
    );
    expect(tones).toEqual([persona]);
  });
});
