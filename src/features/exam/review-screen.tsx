import { isAnswered, unansweredCount } from '@/engine/attempt';
import type { Attempt } from '@/engine/types';
import { useT } from '@/components/use-t';
import { QuestionLink } from './question-link';

interface ReviewScreenProps {
  attempt: Attempt;
  onJump: (index: number) => void;
  onEnd: () => void;
}

/** The list the real exam shows before "End review": every question with its status, each a link to it. */
export function ReviewScreen({ attempt, onJump, onEnd }: ReviewScreenProps) {
  const { t } = useT();
  const answered = attempt.items.length - unansweredCount(attempt);
  return (
    <section aria-labelledby="review-title" className="review-screen">
      <h2 id="review-title">{t('review.title')}</h2>
      <p>
        {t('review.summary', {
          answered,
          unanswered: attempt.items.length - answered,
          flagged: attempt.flagged.length,
        })}
      </p>
      <ol className="review-list">
        {attempt.items.map((item, index) => {
          const answeredHere = isAnswered(attempt, item.questionId);
          const flagged = attempt.flagged.includes(item.questionId);
          return (
            <li key={item.questionId}>
              <QuestionLink index={index} onJump={onJump} className="button review-item">
                <span className="review-number">{t('exam.mapItem', { n: index + 1 })}</span>
                <span className={answeredHere ? 'status answered' : 'status unanswered'}>{answeredHere ? t('exam.answered') : t('exam.unanswered')}</span>
                {flagged && <span className="status flagged">⚑ {t('exam.flagged')}</span>}
              </QuestionLink>
            </li>
          );
        })}
      </ol>
      <button type="button" className="primary" onClick={onEnd}>
        {t('review.endReview')}
      </button>
    </section>
  );
}
