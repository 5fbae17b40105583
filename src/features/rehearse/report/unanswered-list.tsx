import { useTranslation } from 'react-i18next';
import type { InterviewReport } from '@/domain/interview';
import { pickText } from '@/domain/scenario/locale';
import type { Scenario } from '@/domain/scenario/scenario-schema';

/** The main questions left without a real answer, numbered as in the interview. */
export function UnansweredList({ report, scenario }: { report: InterviewReport; scenario: Scenario }) {
  const { t } = useTranslation('rehearse');
  if (report.unansweredQuestions.length === 0) return null;
  return (
    <>
      <h4>{t('report.unansweredHeading')}</h4>
      <ul className="unanswered-questions">
        {report.unansweredQuestions.map((id) => {
          const index = scenario.questions.findIndex((q) => q.id === id);
          const question = scenario.questions[index];
          return (
            <li key={id} lang={report.locale}>
              {t('report.unansweredItem', {
                index: index + 1,
                prompt: question ? pickText(question.prompt, report.locale) : id,
              })}
            </li>
          );
        })}
      </ul>
    </>
  );
}
