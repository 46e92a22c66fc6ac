import { memo } from 'react';
import { isAnswered } from '@/engine/attempt';
import type { Attempt } from '@/engine/types';
import { useT } from '@/components/use-t';

/** Every question as a button: answered, unanswered, flagged, current. */
export const QuestionMap = memo(function QuestionMap({ attempt, onJump }: { attempt: Attempt; onJump: (index: number) => void }) {
  const { t } = useT();
  return (
    <nav aria-label={t('exam.map')} className="question-map">
      <h2 className="visually-hidden">{t('exam.map')}</h2>
      <ol>
        {attempt.items.map((item, index) => {
          const answered = isAnswered(attempt, item.questionId);
          const flagged = attempt.flagged.includes(item.questionId);
          const current = index === attempt.current;
          const label = [t('exam.mapItem', { n: index + 1 }), answered ? t('exam.answered') : t('exam.unanswered'), flagged ? t('exam.flagged') : null]
            .filter(Boolean)
            .join(', ');
          return (
            <li key={item.questionId}>
              <button
                type="button"
                className={['map-cell', answered ? 'answered' : 'unanswered', flagged ? 'flagged' : '', current ? 'current' : ''].join(' ')}
                aria-label={label}
                aria-current={current ? 'step' : undefined}
                onClick={() => onJump(index)}
              >
                {index + 1}
                {flagged && <span aria-hidden="true">⚑</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
