import { isAnswered } from '@/engine/attempt';
import { isCorrect } from '@/engine/scoring';
import type { Attempt } from '@/engine/types';
import { useStartDrill } from '@/components/use-start-drill';
import { useT } from '@/components/use-t';
import { useAttemptStore } from '@/stores/attempt-store';
import { useBankStore } from '@/stores/bank-store';

/** Start a practice drill of this attempt's incorrect, unanswered and/or flagged questions. */
export function RetakeActions({ attempt }: { attempt: Attempt }) {
  const { t } = useT();
  const bank = useBankStore((s) => s.banks[attempt.examId]);
  const hasActive = useAttemptStore((s) => s.active !== null);
  const { start, blocked } = useStartDrill();
  if (!bank) return null;

  const incorrect = attempt.items.filter((i) => isAnswered(attempt, i.questionId) && !isCorrect(bank.byId.get(i.questionId) ?? { answer: [] }, attempt.answers[i.questionId])).map((i) => i.questionId);
  const unanswered = attempt.items.filter((i) => !isAnswered(attempt, i.questionId)).map((i) => i.questionId);
  const flagged = attempt.flagged.filter((id) => attempt.items.some((i) => i.questionId === id));
  const groups = [
    { key: 'missed', ids: [...incorrect, ...unanswered], label: t('results.retakeMissed', { n: incorrect.length + unanswered.length }) },
    { key: 'incorrect', ids: incorrect, label: t('results.retakeIncorrect', { n: incorrect.length }) },
    { key: 'unanswered', ids: unanswered, label: t('results.retakeUnanswered', { n: unanswered.length }) },
    { key: 'flagged', ids: flagged, label: t('results.retakeFlagged', { n: flagged.length }) },
  ];

  const retake = (ids: string[]) => start({ examId: attempt.examId, count: ids.length, questionIds: ids, practice: true });

  return (
    <section aria-labelledby="retake-heading" className="card">
      <h2 id="retake-heading">{t('results.retakeTitle')}</h2>
      <div className="row">
        {groups.map((g) => (
          <button key={g.key} type="button" disabled={blocked || g.ids.length === 0} onClick={() => void retake(g.ids)}>
            {g.label}
          </button>
        ))}
      </div>
      {hasActive && <p className="muted small">{t('home.resumeTitle')}</p>}
    </section>
  );
}
