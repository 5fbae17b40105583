import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Attempt } from '@/domain/records/attempt-schema';
import { useCloseUnresumable } from '../queries';
import type { InterviewOpening } from '../session/interview-actor';

type Refusal = Extract<InterviewOpening, { kind: 'refused' }>;

/**
 * An interview this version cannot continue, in plain words. One a newer version wrote is left as it is
 * (reloading gets that version); any other in progress is ended with its answers kept, so Progress shows it.
 */
export function InterviewRefused({ attempt, refusal }: { attempt: Attempt; refusal: Refusal }) {
  const { t } = useTranslation('rehearse');
  const { mutate } = useCloseUnresumable();
  // As first opened: closing the attempt refetches it, which must not change the words or close it again.
  const [inProgress] = useState(attempt.status === 'in-progress');
  const newer = refusal.reason === 'newer-machine';
  useEffect(() => {
    if (inProgress && !newer) mutate({ attemptId: attempt.id, answers: refusal.answers });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="card interview-refused">
      <p>{t(`interview.refused.${!inProgress && !newer ? 'finished' : refusal.reason}`)}</p>
      <div className="actions">
        {newer ? (
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            {t('interview.reload')}
          </button>
        ) : (
          <>
            <Link href="~/progress" className="button primary">
              {t('interview.seeProgress')}
            </Link>
            <Link href={`/${attempt.scenarioId}`} className="button">
              {t('interview.startAgain')}
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
