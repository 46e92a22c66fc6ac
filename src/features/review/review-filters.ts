import { isCorrect } from '@/engine/scoring';
import type { Attempt, AttemptItem, Question } from '@/engine/types';

export const STATUS_FILTERS = ['all', 'correct', 'incorrect', 'unanswered', 'flagged'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export type ItemOutcome = 'correct' | 'incorrect' | 'unanswered';

export function outcomeOf(attempt: Attempt, item: AttemptItem, question: Question | undefined): ItemOutcome {
  const selected = attempt.answers[item.questionId];
  if (!selected || selected.length === 0) return 'unanswered';
  return question && isCorrect(question, selected) ? 'correct' : 'incorrect';
}

/** Items that match a status and a domain filter, in exam order with their numbers. */
export function filterItems(
  attempt: Attempt,
  byId: ReadonlyMap<string, Question>,
  status: StatusFilter,
  domainId: string,
): { item: AttemptItem; number: number; outcome: ItemOutcome }[] {
  return attempt.items
    .map((item, index) => ({ item, number: index + 1, outcome: outcomeOf(attempt, item, byId.get(item.questionId)) }))
    .filter(({ item, outcome }) => {
      if (domainId !== 'all' && item.domainId !== domainId) return false;
      if (status === 'all') return true;
      if (status === 'flagged') return attempt.flagged.includes(item.questionId);
      if (status === 'incorrect') return outcome === 'incorrect';
      return outcome === status;
    });
}
