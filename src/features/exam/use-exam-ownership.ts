import { useEffect, useState } from 'react';
import { claimExam, joinExam } from '@/lib/tab-lock';
import { useAttemptStore } from '@/stores/attempt-store';
import { useTabStore } from '@/stores/tab-store';

export interface ExamOwnership {
  readOnly: boolean;
  /** Whether this tab knows yet if it owns the attempt (a new tab waits briefly for an owner to answer). */
  settled: boolean;
  takeOver: () => void;
}

/**
 * The first tab to show an attempt writes it; a second tab is told and stays read-only (its
 * stores follow the first through storage events) until the learner continues there, which
 * first reloads what the other tab saved and then takes the attempt over.
 */
export function useExamOwnership(attemptId: string | undefined): ExamOwnership {
  const readOnly = useTabStore((s) => s.readOnly);
  const [settledFor, setSettledFor] = useState<string | null>(null);
  useEffect(() => {
    if (!attemptId) return;
    return joinExam(attemptId, (value) => {
      useTabStore.getState().setReadOnly(value);
      setSettledFor(attemptId);
    });
  }, [attemptId]);
  return {
    readOnly,
    settled: attemptId !== undefined && settledFor === attemptId,
    takeOver: () => {
      void Promise.resolve(useAttemptStore.persist.rehydrate()).then(() => {
        const id = useAttemptStore.getState().active?.id;
        if (id) claimExam(id);
        useTabStore.getState().setReadOnly(false);
      });
    },
  };
}
