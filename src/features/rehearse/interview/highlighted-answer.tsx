import type { Span } from '@/domain/scoring/score-types';

export type Highlight = Span & { label: string };

type Segment = { text: string; labels: string[] };

/** Splits the text at every highlight boundary; a segment lists the labels of the highlights covering it. */
export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(text.length, h.start)));
    cuts.add(Math.max(0, Math.min(text.length, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1]!;
    const labels = highlights.filter((h) => h.start <= start && h.end >= end).map((h) => h.label);
    return { text: text.slice(start, end), labels: [...new Set(labels)] };
  });
}

/** The learner's own words, with the places where evidence was found marked (as text, never as HTML). */
export function HighlightedAnswer({
  text,
  highlights,
  lang,
}: {
  text: string;
  highlights: readonly Highlight[];
  lang: string;
}) {
  return (
    <p className="highlighted-answer" lang={lang}>
      {segmentText(text, highlights).map((segment, i) =>
        segment.labels.length ? (
          <mark key={i} title={segment.labels.join(', ')}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
