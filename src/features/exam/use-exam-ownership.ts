import { useEffect } from 'react';
import { claimExam, joinExam } from '@/lib/tab-lock';
import { useAttemptStore } from '@/stores/attempt-store';
import { useTabStore } from '@/stores/tab-store';

/**
 * The first tab to show an attempt writes it; a second tab is told and stays read-only (its
 * stores follow the first through storage events) until the learner continues there, which
 * first reloads what the other tab saved and then takes the attempt over.
 */
export function useExamOwnership(attemptId: string | undefined): { readOnly: boolean; takeOver: () => void } {
  const readOnly = useTabStore((s) => s.readOnly);
  useEffect(() => {
    if (!attemptId) return;
    return joinExam(attemptId, (value) => useTabStore.getState().setReadOnly(value));
  }, [attemptId]);
  return {
    readOnly,
    takeOver: () => {
      void Promise.resolve(useAttemptStore.persist.rehydrate()).then(() => {
        const id = useAttemptStore.getState().active?.id;
        if (id) claimExam(id);
        useTabStore.getState().setReadOnly(false);
      });
    },
  };
}
