import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedAnswer, segmentText } from '@/features/rehearse/interview/highlighted-answer';

describe('segmentText', () => {
  it.each([
    ['no highlights', 'we scan', [], [['we scan', []]]],
    [
      'one in the middle',
      'we use CIS daily',
      [{ start: 7, end: 10, label: 'baseline' }],
      [
        ['we use ', []],
        ['CIS', ['baseline']],
        [' daily', []],
      ],
    ],
    [
      'overlapping',
      'gold image scan',
      [
        { start: 0, end: 10, label: 'image' },
        { start: 5, end: 15, label: 'scan' },
      ],
      [
        ['gold ', ['image']],
        ['image', ['image', 'scan']],
        [' scan', ['scan']],
      ],
    ],
    ['out of range is clamped', 'abc', [{ start: -5, end: 99, label: 'x' }], [['abc', ['x']]]],
  ])('%s', (_name, text, highlights, expected) => {
    expect(segmentText(text, highlights).map((s) => [s.text, s.labels])).toEqual(expected);
  });

  it('never renders the answer as markup', () => {
    const text = '<img src=x onerror=alert(1)> we use <b>CIS</b>';
    const { container } = render(
      <HighlightedAnswer
        text={text}
        highlights={[{ start: text.indexOf('CIS'), end: text.indexOf('CIS') + 3, label: 'baseline' }]}
        lang="en"
      />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe(text);
    expect(container.querySelector('mark')?.textContent).toBe('CIS');
  });
});
