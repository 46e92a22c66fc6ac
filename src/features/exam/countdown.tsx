import { useEffect, useRef, useState } from 'react';
import { formatClock, isWarning, remainingMs } from '@/engine/timing';
import { useT } from '@/components/use-t';

/** Minutes left at which a screen reader hears the time, politely, instead of every second. */
const ANNOUNCE_AT_MINUTES = [30, 10, 5];

/** The countdown, always derived from the saved deadline. */
export function Countdown({ deadline, now }: { deadline: number | null; now: number }) {
  const { t } = useT();
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef(new Set<number>());
  const left = deadline === null ? null : remainingMs(deadline, now);

  useEffect(() => {
    if (left === null) return;
    for (const minutes of ANNOUNCE_AT_MINUTES) {
      const crossed = left <= minutes * 60_000 && left > (minutes - 1) * 60_000;
      if (crossed && !announced.current.has(minutes)) {
        announced.current.add(minutes);
        setAnnouncement(t('exam.timeLeftAnnounce', { time: t('common.minutes', { n: minutes }) }));
      }
    }
  }, [left, t]);

  if (deadline === null || left === null) return <div className="countdown">{t('exam.untimed')}</div>;
  return (
    <div className={isWarning(deadline, now) ? 'countdown warning' : 'countdown'}>
      <span className="countdown-label">{t('exam.timeLeft')}</span>{' '}
      <time role="timer" aria-label={t('exam.timeLeft')} dateTime={`PT${Math.ceil(left / 1000)}S`}>
        {formatClock(left)}
      </time>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
