import { memo, useEffect } from 'react';
import { useNow } from '@/components/use-now';
import { Countdown } from './countdown';

interface ExamClockProps {
  deadline: number | null;
  pausedAt: number | null;
  onTimeUp: () => void;
}

/**
 * The ticking part of the exam screen, kept apart so that the clock re-renders twice a second
 * without re-rendering the question, the options and the map, and memoized so that moving to
 * another question does not re-render the clock.
 */
export const ExamClock = memo(function ExamClock({ deadline, pausedAt, onTimeUp }: ExamClockProps) {
  const now = useNow(500);
  const shown = pausedAt ?? now;
  const timeUp = deadline !== null && pausedAt === null && now >= deadline;
  useEffect(() => {
    if (timeUp) onTimeUp();
  }, [timeUp, onTimeUp]);
  return <Countdown deadline={deadline} now={shown} />;
});
