import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WithIsolated } from '@/components/with-isolated';
import { isolateText } from '@/domain/text/isolate-text';

const spoof = 'Eve \u202eteg';

describe('WithIsolated', () => {
  it('puts the value in a <bdi> and leaves the words around it as text of their own', () => {
    const { container } = render(
      <p>
        <WithIsolated text={(name) => `The progress of ${name} is shown.`} value={spoof} />
      </p>,
    );
    const paragraph = container.querySelector('p')!;
    expect([...paragraph.childNodes].map((node) => [node.nodeName, node.textContent])).toEqual([
      ['#text', 'The progress of '],
      ['BDI', spoof],
      ['#text', ' is shown.'],
    ]);
  });

  it('handles a value at the start, at the end, twice, or not at all', () => {
    const nodes = (text: (slot: string) => string) =>
      [...render(<WithIsolated text={text} value="X" />).container.childNodes].map((node) =>
        node.nodeName === 'BDI' ? `[${node.textContent}]` : node.textContent,
      );
    expect(nodes((v) => `${v}: report`)).toEqual(['[X]', ': report']);
    expect(nodes((v) => `Report: ${v}`)).toEqual(['Report: ', '[X]']);
    expect(nodes((v) => `${v} and ${v}`)).toEqual(['[X]', ' and ', '[X]']);
    expect(nodes(() => 'No value')).toEqual(['No value']);
  });

  it('renders markup-looking values as text', () => {
    const { container } = render(<WithIsolated text={(v) => `Hi ${v}`} value="<b>bold</b>" />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('Hi <b>bold</b>');
  });
});

describe('isolateText', () => {
  it('wraps plain text between FSI and PDI', () => {
    expect(isolateText(spoof)).toBe('\u2068Eve \u202eteg\u2069');
  });
});
