import { useState } from 'react';
import { useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { isCorrect } from '@/engine/scoring';
import type { Attempt } from '@/engine/types';
import { useT } from '@/components/use-t';
import { useAttemptStore } from '@/stores/attempt-store';
import { useBankStore } from '@/stores/bank-store';

/** Start a practice drill of this attempt's incorrect, unanswered and/or flagged questions. */
export function RetakeActions({ attempt }: { attempt: Attempt }) {
  const { t } = useT();
  const [, navigate] = useLocation();
  const bank = useBankStore((s) => s.banks[attempt.examId]);
  const hasActive = useAttemptStore((s) => s.active !== null);
  const [busy, setBusy] = useState(false);
  if (!bank) return null;

  const answered = (id: string) => (attempt.answers[id]?.length ?? 0) > 0;
  const incorrect = attempt.items.filter((i) => answered(i.questionId) && !isCorrect(bank.byId.get(i.questionId) ?? { answer: [] }, attempt.answers[i.questionId])).map((i) => i.questionId);
  const unanswered = attempt.items.filter((i) => !answered(i.questionId)).map((i) => i.questionId);
  const flagged = attempt.flagged.filter((id) => attempt.items.some((i) => i.questionId === id));
  const groups = [
    { key: 'missed', ids: [...incorrect, ...unanswered], label: t('results.retakeMissed', { n: incorrect.length + unanswered.length }) },
    { key: 'incorrect', ids: incorrect, label: t('results.retakeIncorrect', { n: incorrect.length }) },
    { key: 'unanswered', ids: unanswered, label: t('results.retakeUnanswered', { n: unanswered.length }) },
    { key: 'flagged', ids: flagged, label: t('results.retakeFlagged', { n: flagged.length }) },
  ];

  async function retake(ids: string[]) {
    setBusy(true);
    const result = await useAttemptStore.getState().startDrill({ examId: attempt.examId, count: ids.length, questionIds: ids, practice: true, minutes: undefined });
    setBusy(false);
    if (result.ok) navigate(paths.exam);
  }

  return (
    <section aria-labelledby="retake-heading" className="card">
      <h2 id="retake-heading">{t('results.retakeTitle')}</h2>
      <div className="row">
        {groups.map((g) => (
          <button key={g.key} type="button" disabled={busy || hasActive || g.ids.length === 0} onClick={() => void retake(g.ids)}>
            {g.label}
          </button>
        ))}
      </div>
      {hasActive && <p className="muted small">{t('home.resumeTitle')}</p>}
    </section>
  );
}
