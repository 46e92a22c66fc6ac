import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Attempt, ExamId } from '@/engine/types';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { createValidatedStorage, describeIssues, keepAside } from '@/lib/storage/validated-storage';
import { fileAttempts, type HistoryData } from './history-data';
import { entryQuestionIds, readAttempt } from './history-entry';
import { historySchema, salvageHistory } from './history-schemas';
import { storageCallbacks } from './notices-store';
import { HISTORY_VERSION, historyMigrations } from './persisted-migrations';

interface HistoryState extends HistoryData {
  add: (attempt: Attempt) => void;
  addAll: (attempts: readonly Attempt[]) => void;
  /** The whole attempt, or null when there is none or it cannot be read (it is then set aside and reported). */
  open: (id: string) => Attempt | null;
  /** Every attempt whole, newest first; any that cannot be read is set aside and reported. */
  openAll: () => Attempt[];
}

/** Finished attempts, newest first: summaries for lists, the whole attempt on demand (see HistoryEntry). */
export const useHistoryStore = create<HistoryState>()(
  persist(
    (set, get) => {
      /**
       * Copies an entry that cannot be read to a key of its own, as a one-attempt history, tells
       * the learner, and takes it out of the list. If the copy cannot be made it stays in the
       * list (and in storage): reported, never dropped.
       */
      const setAside = (id: string, reason: string) => {
        const { questionIds, attempts } = get();
        const entry = attempts.find((a) => a.id === id);
        if (!entry) return;
        const raw = JSON.stringify({ state: { questionIds, attempts: [entry] }, version: HISTORY_VERSION });
        const keptAs = keepAside(localStorage, STORAGE_KEYS.history, raw);
        storageCallbacks.onRecover({ key: STORAGE_KEYS.history, keptAs, reason: `1 unreadable entry set aside (${reason})` });
        if (keptAs) set({ attempts: get().attempts.filter((a) => a !== entry) });
      };

      const open = (id: string): Attempt | null => {
        const { questionIds, attempts } = get();
        const entry = attempts.find((a) => a.id === id);
        if (!entry) return null;
        const read = readAttempt(entry, questionIds);
        if (read.ok) return read.attempt;
        setAside(id, describeIssues(read.error));
        return null;
      };

      return {
        questionIds: [],
        attempts: [],
        add: (attempt) => set((s) => fileAttempts(s, [attempt])),
        addAll: (attempts) => set((s) => fileAttempts(s, attempts)),
        open,
        openAll: () => get().attempts.flatMap((a) => open(a.id) ?? []),
      };
    },
    {
      name: STORAGE_KEYS.history,
      version: HISTORY_VERSION,
      storage: createValidatedStorage<HistoryData>({
        schema: historySchema,
        version: HISTORY_VERSION,
        migrations: historyMigrations,
        salvage: salvageHistory,
        ...storageCallbacks,
      }),
      partialize: (s): HistoryData => ({ questionIds: s.questionIds, attempts: s.attempts }),
    },
  ),
);

/** Question id → when the learner last saw it in this exam, so new mocks and drills prefer fresh questions. */
export function lastSeenMap(examId: ExamId): Map<string, number> {
  const { questionIds, attempts } = useHistoryStore.getState();
  const seen = new Map<string, number>();
  for (const entry of attempts) {
    if (entry.examId !== examId) continue;
    const at = entry.finishedAt ?? entry.startedAt;
    for (const id of entryQuestionIds(entry, questionIds)) if ((seen.get(id) ?? -1) < at) seen.set(id, at);
  }
  return seen;
}
