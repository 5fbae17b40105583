import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Outcome = 'copied' | 'copyFailed' | null;

function download(markdown: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked after the click has been handled: revoking at once cancels the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Copy as Markdown" and "Download as Markdown"; the text is built only when asked for. */
export function MarkdownActions({ markdown, fileName }: { markdown: () => string; fileName: string }) {
  const { t } = useTranslation('report');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown());
      setOutcome('copied');
    } catch {
      setOutcome('copyFailed');
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('copyMarkdown')}
      </button>
      <button type="button" className="button" onClick={() => download(markdown(), fileName)}>
        {t('downloadMarkdown')}
      </button>
      <p className="muted" role="status">
        {outcome ? t(outcome) : ''}
      </p>
    </>
  );
}
