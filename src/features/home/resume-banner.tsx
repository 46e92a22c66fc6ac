import { useState } from 'react';
import { Link } from 'wouter';
import { paths } from '@/config/paths';
import { formatClock, remainingMs } from '@/engine/timing';
import { unansweredCount } from '@/engine/attempt';
import { getBlueprint } from '@/lib/blueprints';
import { Dialog } from '@/components/dialog';
import { useNow } from '@/components/use-now';
import { useT } from '@/components/use-t';
import { useAttemptStore } from '@/stores/attempt-store';

/** Brings the learner back to an exam they left mid-way. */
export function ResumeBanner() {
  const { t } = useT();
  const active = useAttemptStore((s) => s.active);
  const now = useNow(1000);
  const [confirming, setConfirming] = useState(false);
  if (!active) return null;
  const total = active.items.length;
  return (
    <section className="resume card" aria-labelledby="resume-title">
      <h2 id="resume-title">{t('home.resumeTitle')}</h2>
      <p>
        {t('home.resumeBody', {
          exam: getBlueprint(active.examId).code,
          current: active.current + 1,
          total,
          answered: total - unansweredCount(active),
          left: active.deadline === null ? t('exam.untimed') : formatClock(remainingMs(active.deadline, now)),
        })}
      </p>
      <div className="row">
        <Link href={paths.exam} className="button primary">
          {t('home.resume')}
        </Link>
        <button type="button" className="ghost" onClick={() => setConfirming(true)}>
          {t('home.discard')}
        </button>
      </div>
      {confirming && (
        <Dialog
          title={t('home.discardConfirmTitle')}
          onClose={() => setConfirming(false)}
          actions={
            <>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => {
                  useAttemptStore.getState().discard();
                  setConfirming(false);
                }}
              >
                {t('home.discard')}
              </button>
            </>
          }
        >
          <p>{t('home.discardConfirmBody')}</p>
        </Dialog>
      )}
    </section>
  );
}
