// The report's and the coach's own words, in both languages, for the learner journeys.
export const learnerLabels = {
  en: {
    summary: 'Summary',
    fixes: 'The three most valuable fixes',
    transcript: /^Show the transcript/,
    progress: 'Progress',
    openReport: /^Open report of /,
    hint: 'Show a hint',
    nextHint: 'Show the next hint',
    hints: 'Hints',
    remaining: /points? still to cover/,
    skip: 'Skip question',
    followUp: /Follow-up question/,
    copy: 'Copy as Markdown',
    download: 'Download as Markdown',
  },
  de: {
    summary: 'Zusammenfassung',
    fixes: 'Die drei wertvollsten Verbesserungen',
    transcript: /^Gesprächsverlauf zeigen/,
    progress: 'Fortschritt',
    openReport: /^Bericht vom .* öffnen$/,
    hint: 'Einen Hinweis zeigen',
    nextHint: 'Den nächsten Hinweis zeigen',
    hints: 'Hinweise',
    remaining: /Punkte? offen/,
    skip: 'Frage überspringen',
    followUp: /Nachfrage/,
    copy: 'Als Markdown kopieren',
    download: 'Als Markdown herunterladen',
  },
} as const;

export const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

export const languages = [
  { lang: 'en', locale: 'en-US' },
  { lang: 'de', locale: 'de-DE' },
] as const;
