import { Fragment } from 'react';

// A private-use character: no translation contains one, so it marks where the value goes.
const slot = '\ue000';

type Props = {
  /** The translated sentence, given the placeholder to put where the value goes. */
  text: (placeholder: string) => string;
  /** A learner's name or a scenario title: text from outside the app. */
  value: string;
};

/**
 * A translated sentence with a name or title inside a `<bdi>`, so that right-to-left text or bidi controls in
 * the value (an RTL override, U+202E) cannot reorder the words around it.
 */
export function WithIsolated({ text, value }: Props) {
  const parts = text(slot).split(slot);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <bdi>{value}</bdi>}
          {part}
        </Fragment>
      ))}
    </>
  );
}
