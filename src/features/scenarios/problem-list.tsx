import { useTranslation } from 'react-i18next';
import type { LocatedProblem } from '@/domain/scenario';

/** Located problems, one per line, as the checker prints them (text only). */
export function ProblemList({ heading, problems }: { heading: string; problems: readonly LocatedProblem[] }) {
  const { t } = useTranslation('scenarios');
  if (!problems.length) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul className="problems">
        {problems.map((p, i) => (
          <li key={i}>
            <code>{t('problem', { file: p.file, line: p.line, column: p.column, message: p.message })}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
