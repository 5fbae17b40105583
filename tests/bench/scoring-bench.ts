// Speed of evidence scoring: answers of 50, 150 and 300 words against a 12-item question, compared with a
// plain substring matcher over the same phrases. Prints median and p99 time per answer and answers per second,
// in English and in German (compounds, participles and separable verbs make German the heavier path).
//   npm run bench:scoring
import { performance } from 'node:perf_hooks';
import { defaultGrading, type EvidenceItem, type RedFlag } from '@/domain/scenario/scenario-schema';
import { compileScoring, scoreCompiled } from '@/domain/scoring/score-answer';
import type { ScoringInput } from '@/domain/scoring/score-types';

const item = (id: string, en: string[], de: string[], essential = false): EvidenceItem => ({
  id,
  label: { en: id },
  weight: 1,
  essential,
  phrases: { en, de },
});

const evidence: EvidenceItem[] = [
  item(
    'procedure',
    ['patch management procedure', 'patch policy', 'remediation SLA'],
    ['Patch-Management-Verfahren', 'Patch-Richtlinie', 'Behebungsfrist'],
    true,
  ),
  item(
    'timelines',
    ['critical patches within 14 days', 'high within 30 days', 'patch cycle'],
    ['kritische Patches innerhalb von 14 Tagen', 'hohe innerhalb von 30 Tagen', 'Patchzyklus'],
  ),
  item(
    'severity',
    ['CVSS score', 'vendor severity rating', 'risk-based prioritisation', 'KEV list'],
    ['CVSS-Wert', 'Herstellerbewertung', 'risikobasierte Priorisierung', 'KEV-Liste'],
  ),
  item(
    'sources',
    ['vendor advisories', 'Patch Tuesday', 'security bulletins', 'CERT alerts', 'threat intelligence feed'],
    ['Herstellerhinweise', 'Patchday', 'Sicherheitsbulletins', 'CERT-Warnungen', 'Bedrohungsinformationen'],
  ),
  item('inventory', ['asset inventory', 'CMDB', 'agent coverage report'], ['Inventar', 'CMDB', 'Agentenabdeckung']),
  item(
    'scanning',
    ['vulnerability scan', 'authenticated scan', 'Nessus', 'Qualys', 'weekly scan'],
    ['Schwachstellenscan', 'authentifizierter Scan', 'Nessus', 'Qualys', 'wöchentlicher Scan'],
  ),
  item(
    'testing',
    ['test environment', 'pilot group', 'staging', 'canary ring'],
    ['Testumgebung', 'Pilotgruppe', 'Staging', 'Testring'],
  ),
  item(
    'deployment',
    ['WSUS report', 'Intune compliance report', 'Ansible run logs', 'patch dashboard'],
    ['WSUS-Bericht', 'Intune-Compliance-Bericht', 'Patches einspielen', 'Patch-Dashboard'],
  ),
  item(
    'change',
    ['standard change', 'CAB approval', 'maintenance window'],
    ['Standard-Change', 'CAB-Freigabe', 'Wartungsfenster'],
    true,
  ),
  item(
    'emergency',
    ['emergency patch procedure', 'out-of-band patch', 'zero-day process'],
    ['Notfallpatch-Verfahren', 'außerplanmäßiger Patch', 'Zero-Day-Prozess'],
  ),
  item(
    'exceptions',
    ['exception register', 'compensating controls', 'risk acceptance by the owner'],
    ['Ausnahmeregister', 'kompensierende Maßnahmen', 'Risikoakzeptanz durch den Verantwortlichen'],
  ),
  item(
    'verification',
    ['rescan after patching', 'verification scan', 'mean time to patch'],
    ['erneuter Scan nach dem Patchen', 'Kontrollscan', 'Ergebnisse abgleichen'],
  ),
];
const redFlags: RedFlag[] = [
  {
    id: 'when-time',
    label: { en: 'when time' },
    severity: 'minor',
    phrases: { en: ['when we have time', 'roughly quarterly'], de: ['wenn wir Zeit haben', 'ungefähr quartalsweise'] },
  },
  {
    id: 'no-test',
    label: { en: 'no test' },
    severity: 'major',
    phrases: {
      en: ['no test environment', 'we patch production and see'],
      de: ['keine Testumgebung', 'direkt in Produktion'],
    },
  },
];
const prompts = {
  en: 'Take me from a critical patch release to full deployment.',
  de: 'Führen Sie mich von der Veröffentlichung eines kritischen Patches bis zur vollständigen Verteilung.',
};

// Realistic sentences: evidence in plain, hedged, negated and planned forms, with filler and typos.
const english = [
  'We follow the patch management procedure that the CISO approved last spring.',
  'Critical patches go out within two weeks, high ones within a month.',
  'I think the CVSS score and the vendor severity rating drive the order.',
  'Our sources are vendor advisories, Patch Tuesday and the CERT alerts we subscribe to.',
  'Every server is in the CMDB and the agent coverage report shows gaps.',
  "We don't run authenticated scans yet, but Nessus scans every week.",
  'Patches land on a pilot group first and then on staging before production.',
  'The Intune compliance report and the WSUS report are checked on Mondays.',
  'Each patch run is a standard change with a maintenance window on Thursday night.',
  'Next year we plan to write an emergency patch procedure for zero-days.',
  'Legacy systems sit in the exception register with compensating controls and risk acceptance by the owner.',
  'After patching we do a verficiation scan and track the mean time to patch.',
  'Honestly the team is busy and sometimes things slip, but we try our best.',
  'The coffee machine on the second floor is broken again, which slows everyone down.',
  'We usually patch when we have time, roughly quarterly for the older boxes.',
];
const german = [
  'Wir folgen dem Patch-Management-Verfahren, das der CISO im Frühjahr freigegeben hat.',
  'Kritische Patches spielen wir innerhalb von zwei Wochen ein, hohe innerhalb eines Monats.',
  'Ich glaube, der CVSS-Wert und die Herstellerbewertung bestimmen die Reihenfolge.',
  'Unsere Quellen sind Herstellerhinweise, der Patchday und die CERT-Warnungen, die wir abonniert haben.',
  'Jeder Server steht in der CMDB und der Bericht zur Agentenabdeckung zeigt die Lücken.',
  'Authentifizierte Scans machen wir noch nicht, aber Nessus scannt jede Woche.',
  'Patches landen zuerst in der Pilotgruppe und dann im Staging, bevor sie in Produktion gehen.',
  'Den Intune-Compliance-Bericht und den WSUS-Bericht prüfen wir montags.',
  'Jeder Patchlauf ist ein Standard-Change mit einem Wartungsfenster am Donnerstagabend.',
  'Nächstes Jahr wollen wir ein Notfallpatch-Verfahren für Zero-Days schreiben.',
  'Altsysteme stehen im Ausnahmeregister mit kompensierenden Maßnahmen und der Risikoakzeptanz durch den Verantwortlichen.',
  'Nach dem Patchen gleichen wir die Ergebnisse mit einem Kontrolscan ab.',
  'Ehrlich gesagt ist das Team ausgelastet und manchmal rutscht etwas durch, aber wir geben uns Mühe.',
  'Die Kaffeemaschine im zweiten Stock ist schon wieder kaputt, das bremst alle aus.',
  'Meistens patchen wir, wenn wir Zeit haben, ungefähr quartalsweise für die älteren Kisten.',
];
const languages = { en: english, de: german } as const;
type Language = keyof typeof languages;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function answerOf(sentences: readonly string[], words: number, random: () => number): string {
  const out: string[] = [];
  while (out.length < words) out.push(...(sentences[Math.floor(random() * sentences.length)] ?? '').split(' '));
  return out.slice(0, words).join(' ');
}

/** A plain matcher for comparison: lower-cased substring search per phrase. */
function substringScore(answer: string, language: Language): number {
  const text = answer.toLowerCase();
  const covered = evidence.filter((e) =>
    (e.phrases[language] ?? []).some((p) => text.includes(p.toLowerCase())),
  ).length;
  const flagged = redFlags.some((f) => (f.phrases[language] ?? []).some((p) => text.includes(p.toLowerCase())));
  return Math.round(100 * Math.min(1, covered / (0.5 * evidence.length))) - (flagged ? 1 : 0);
}

type Timing = { median: number; p99: number; perSecond: number };

function time(answers: readonly string[], score: (answer: string) => unknown): Timing {
  // Warm up so that compilation by the JavaScript engine is not counted as scoring time.
  for (let round = 0; round < 3; round++) for (const answer of answers.slice(0, 500)) score(answer);
  const samples: number[] = [];
  let sink = 0;
  const started = performance.now();
  for (const answer of answers) {
    const t0 = performance.now();
    const result = score(answer);
    samples.push(performance.now() - t0);
    sink += result === null ? 0 : 1;
  }
  const total = performance.now() - started;
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  if (sink < 0) throw new Error('unreachable');
  return { median: at(0.5), p99: at(0.99), perSecond: (answers.length / total) * 1000 };
}

function main(): void {
  const runs = 2000;
  const ms = (x: number): string => `${x.toFixed(3)} ms`.padStart(10);
  const lines = [
    'Evidence scoring speed: 12-item question, 2 red flags; 2,000 distinct answers per length and language',
  ];
  for (const language of Object.keys(languages) as Language[]) {
    const random = seededRandom(2024);
    const input: ScoringInput = {
      evidence,
      redFlags,
      grading: defaultGrading,
      locale: language,
      prompt: prompts[language],
    };
    const compiled = compileScoring(input);
    lines.push('', `${language === 'en' ? 'English' : 'German'}`);
    lines.push(
      'words  scorer median    p99         answers/s | substring median  p99         answers/s | ratio (median, p99)',
    );
    for (const words of [50, 150, 300]) {
      const answers = Array.from({ length: runs }, () => answerOf(languages[language], words, random));
      const ours = time(answers, (a) => scoreCompiled(a, compiled));
      const plain = time(answers, (a) => substringScore(a, language));
      const ratio = `${(ours.median / plain.median).toFixed(0)}x, ${(ours.p99 / plain.p99).toFixed(0)}x`;
      lines.push(
        `${String(words).padStart(5)}  ${ms(ours.median)} ${ms(ours.p99)} ${ours.perSecond.toFixed(0).padStart(10)} | ${ms(plain.median)} ${ms(plain.p99)} ${plain.perSecond.toFixed(0).padStart(10)} | ${ratio}`,
      );
    }
  }
  lines.push('', 'target: p99 under 2 ms at 300 words');
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
