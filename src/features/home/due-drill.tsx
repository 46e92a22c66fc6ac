import { useMemo } from 'react';
import type { ExamId } from '@/config/exams';
import { buildSchedule, dueQuestions } from '@/engine/leitner';
import { browserOffsetAt } from '@/lib/time';
import { useNow } from '@/components/use-now';
import { useStartDrill } from '@/components/use-start-drill';
import { useT } from '@/components/use-t';
import { useAnswerLogStore } from '@/stores/answer-log-store';

/** How many missed questions are due today in the spaced schedule, one click from drilling them. */
export function DueDrill({ examId }: { examId: ExamId }) {
  const { t } = useT();
  const entries = useAnswerLogStore((s) => s.entries);
  const now = useNow(60_000);
  const { start: startDrill, blocked } = useStartDrill();
  const schedule = useMemo(() => buildSchedule(entries.filter((e) => e.examId === examId), browserOffsetAt), [entries, examId]);
  const due = dueQuestions(schedule, now, browserOffsetAt);

  const start = () => {
    const ids = due.map((d) => d.questionId);
    return startDrill({ examId, count: ids.length, questionIds: ids, practice: true, minutes: null });
  };

  return (
    <section aria-labelledby="due-title" className="card">
      <h2 id="due-title">{t('home.dueTitle')}</h2>
      <p>
        <strong data-testid="due-count">{t('home.due', { n: due.length })}</strong>
      </p>
      <p className="muted small">
        {due.length === 0 ? t('home.dueNone') : null} {t('home.scheduleSummary', { active: schedule.active.length, mastered: schedule.mastered.length })}
      </p>
      {due.length > 0 && (
        <button type="button" className="primary" disabled={blocked} onClick={() => void start()}>
          {t('home.startDue')}
        </button>
      )}
    </section>
  );
}
