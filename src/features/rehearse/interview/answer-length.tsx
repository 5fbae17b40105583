import { useTranslation } from 'react-i18next';
import { fieldLimits } from '@/domain/records/limits';

export const answerLimit = fieldLimits.answerChars;
/** From here on the box shows how much room is left. */
export const counterFrom = Math.floor(answerLimit * 0.9);

/**
 * How long the answer is, shown near the limit (`counterId` describes the box), and a status line that says so
 * when the limit is reached, or when a paste did not fit and was cut.
 */
export function AnswerLength({
  length,
  pasteCut,
  counterId,
}: {
  length: number;
  pasteCut: boolean;
  counterId: string;
}) {
  const { t } = useTranslation('rehearse');
  const full = length >= answerLimit;
  return (
    <>
      {length >= counterFrom && (
        <p id={counterId} className={full ? 'answer-length full' : 'answer-length muted'}>
          {t('interview.length.count', { used: length, limit: answerLimit })}
        </p>
      )}
      <p className="answer-length-status" role="status">
        {full &&
          (pasteCut
            ? t('interview.length.pasteCut', { limit: answerLimit })
            : t('interview.length.full', { limit: answerLimit }))}
      </p>
    </>
  );
}
