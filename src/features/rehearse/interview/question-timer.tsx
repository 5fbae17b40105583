import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Mock audit: the time left for the current question; calls onExpire once when it runs out. */
export function QuestionTimer({ deadline, onExpire }: { deadline: number; onExpire: () => void }) {
  const { t } = useTranslation('rehearse');
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((deadline - now) / 1000));
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, []);
  useEffect(() => {
    if (left === 0) onExpire();
  }, [left, onExpire]);
  const minutes = Math.floor(left / 60);
  const seconds = String(left % 60).padStart(2, '0');
  return (
    <p className="timer" role="timer" aria-label={t('timer.label')}>
      {t('timer.remaining', { minutes, seconds })}
    </p>
  );
}
