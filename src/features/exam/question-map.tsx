import { memo } from 'react';
import { isAnswered } from '@/engine/attempt';
import type { Attempt } from '@/engine/types';
import { useT } from '@/components/use-t';
import { useAfterFirstPaint } from '@/lib/react/use-after-first-paint';
import { QuestionLink } from './question-link';

interface MapCellProps {
  index: number;
  answered: boolean;
  flagged: boolean;
  current: boolean;
  onJump: (index: number) => void;
}

/** One cell; memoized on plain values, so a move re-renders the two cells that changed, not all of them. */
const MapCell = memo(function MapCell({ index, answered, flagged, current, onJump }: MapCellProps) {
  const { t } = useT();
  const label = [t('exam.mapItem', { n: index + 1 }), answered ? t('exam.answered') : t('exam.unanswered'), flagged ? t('exam.flagged') : null].filter(Boolean).join(', ');
  return (
    <QuestionLink
      index={index}
      onJump={onJump}
      className={['button map-cell', answered ? 'answered' : 'unanswered', flagged ? 'flagged' : '', current ? 'current' : ''].join(' ')}
      aria-label={label}
      aria-current={current ? 'page' : undefined}
    >
      {index + 1}
      {flagged && <span aria-hidden="true">⚑</span>}
    </QuestionLink>
  );
});

/**
 * Every question as a link to its address, saying whether it is answered and flagged; the current one is marked.
 * The links come a frame after the screen opens: the question is what the learner waits for, and
 * sixty-five links are about a third of the first frame's work. Until then each item is an empty
 * slot of a cell's size, so nothing moves when they arrive.
 */
export const QuestionMap = memo(function QuestionMap({ attempt, onJump }: { attempt: Attempt; onJump: (index: number) => void }) {
  const { t } = useT();
  const ready = useAfterFirstPaint();
  return (
    <nav aria-label={t('exam.map')} className="question-map">
      <h2 className="visually-hidden">{t('exam.map')}</h2>
      <ol>
        {attempt.items.map((item, index) => (
          <li key={item.questionId}>
            {ready && (
              <MapCell
                index={index}
                answered={isAnswered(attempt, item.questionId)}
                flagged={attempt.flagged.includes(item.questionId)}
                current={index === attempt.current}
                onJump={onJump}
              />
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
});
