import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { saveOpenWork } from '@/lib/reload-guard';
import { openTabOwnership, type TabOwnership } from '@/lib/tab-ownership';
import { OwnershipNotice } from './ownership-notice';

type Phase = 'claiming' | 'owner' | 'releasing' | 'elsewhere' | 'moved';

// A tab that does not hand over within this time loses the interview by force (a lock steal): a hung or
// frozen tab must not keep the learner from their interview for ever. It then shows that the interview
// continues elsewhere, with its session stopped, so it writes nothing more.
const handOverTimeoutMs = 4000;
// The owner's save before it lets go; when it fails or takes longer, the owner keeps the interview (its
// answers are not stored yet) until the other tab's timeout takes it.
const saveBeforeReleaseMs = 3000;

type Props = {
  attemptId: string;
  /** Whether the interview can still change (it is in progress); read once, when the page opens it. */
  enabled: boolean;
  /** Reads the attempt again from storage; the session mounts only after it, so it resumes the latest snapshot. */
  reload: () => Promise<unknown>;
  children: ReactNode;
};

/**
 * Runs the interview (its children) only in the one tab that owns the attempt. Another tab says the
 * interview is open elsewhere and offers to continue here: the owner saves its open work, stops its session
 * and lets go, and only then does this tab load the stored interview and resume it.
 */
export function InterviewOwnership({ attemptId, enabled, reload, children }: Props) {
  const { t } = useTranslation('rehearse');
  // A finished interview writes nothing, so any number of tabs may show its report.
  const [exclusive] = useState(enabled);
  const [phase, setPhase] = useState<Phase>(exclusive ? 'claiming' : 'owner');
  const [taking, setTaking] = useState(false);
  const ownership = useRef<TabOwnership | null>(null);
  const reloadAttempt = useEffectEvent(() => reload());

  useEffect(() => {
    if (!exclusive) return;
    let open = true;
    // Synchronously, so the session (its actor and writer) is gone before the lock is.
    const stop = () => open && flushSync(() => setPhase('moved'));
    const own = openTabOwnership(`mat-interview-${attemptId}`, {
      onReleaseRequest: () => void handOver(),
      onLost: stop,
    });
    async function handOver() {
      setPhase('releasing');
      // Twice: a write queued while the first round saved (a mock timer that ran out) is waited for too.
      const saved = (await saveOpenWork(saveBeforeReleaseMs)) && (await saveOpenWork(saveBeforeReleaseMs));
      if (!open || !own.owns()) return;
      if (!saved) return setPhase('owner');
      stop();
      own.release();
    }
    ownership.current = own;
    void own.claim().then(async (owned) => {
      if (owned) await reloadAttempt();
      if (open) setPhase(owned && own.owns() ? 'owner' : 'elsewhere');
    });
    return () => {
      open = false;
      own.close();
    };
  }, [attemptId, exclusive]);

  const continueHere = async () => {
    const own = ownership.current;
    if (!own) return;
    setTaking(true);
    await own.takeOver(handOverTimeoutMs);
    await reload();
    setTaking(false);
    if (own.owns()) setPhase('owner');
  };

  if (phase === 'claiming') return <Loading />;
  const running = phase === 'owner' || phase === 'releasing';
  return (
    <>
      {phase === 'releasing' && (
        <p className="notice-inline" role="status">
          {t('ownership.releasing')}
        </p>
      )}
      {running ? (
        <div inert={phase === 'releasing'}>{children}</div>
      ) : (
        <OwnershipNotice moved={phase === 'moved'} taking={taking} onContinue={() => void continueHere()} />
      )}
    </>
  );
}
