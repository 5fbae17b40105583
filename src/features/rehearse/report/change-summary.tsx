import { useTranslation } from 'react-i18next';
import type { InterviewReport } from '@/domain/interview';

/** The change since the learner's previous completed attempt at this scenario. */
export function ChangeSummary({ report }: { report: InterviewReport }) {
  const { t } = useTranslation('rehearse');
  const change = report.change;
  if (!change) return <p>{t('report.firstAttempt')}</p>;
  const delta = change.scoreDelta > 0 ? `+${change.scoreDelta}` : String(change.scoreDelta);
  return (
    <>
      <p>{t('report.changeScore', { delta })}</p>
      {change.previousGrade && change.gradeChange && (
        <p>
          {t('report.changeGrade', { grade: t(`grades.${change.previousGrade}`) })} ({t(`report.${change.gradeChange}`)}
          )
        </p>
      )}
    </>
  );
}
