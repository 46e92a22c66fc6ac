import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { appendEntries, type AnswerLogEntry } from '@/engine/answer-log';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { salvageList } from '@/lib/storage/salvage-list';
import { createValidatedStorage } from '@/lib/storage/validated-storage';
import { storageCallbacks } from './notices-store';
import { answerLogEntrySchema } from './persisted-schemas';

interface AnswerLogData {
  entries: AnswerLogEntry[];
}

interface AnswerLogState extends AnswerLogData {
  append: (entries: readonly AnswerLogEntry[]) => void;
}

/** Every graded answer, the source of the spaced re-drill schedule and topic weaknesses. */
export const useAnswerLogStore = create<AnswerLogState>()(
  persist(
    (set) => ({
      entries: [],
      append: (entries) => set((s) => ({ entries: appendEntries(s.entries, entries) })),
    }),
    {
      name: STORAGE_KEYS.answerLog,
      version: 1,
      storage: createValidatedStorage<AnswerLogData>({
        schema: z.object({ entries: z.array(answerLogEntrySchema) }),
        version: 1,
        salvage: salvageList('entries', answerLogEntrySchema),
        ...storageCallbacks,
      }),
      partialize: (s): AnswerLogData => ({ entries: s.entries }),
    },
  ),
);
