import { z } from 'zod';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { examIdSchema } from '@/bank/schema';
import { appendEntries, type AnswerLogEntry } from '@/engine/answer-log';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { createValidatedStorage } from '@/lib/storage/validated-storage';
import { storageCallbacks } from './notices-store';

export const answerLogEntrySchema: z.ZodType<AnswerLogEntry> = z.object({
  questionId: z.string().min(1).max(200),
  examId: examIdSchema,
  attemptId: z.string().min(1).max(100),
  at: z.number().int().nonnegative(),
  mode: z.enum(['mock', 'drill']),
  correct: z.boolean(),
  flagged: z.boolean(),
  seconds: z.number().nonnegative(),
});

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
        salvage: (state) => {
          const list = (state as { entries?: unknown } | null)?.entries;
          if (!Array.isArray(list)) return null;
          const entries: AnswerLogEntry[] = [];
          const rejected: unknown[] = [];
          for (const e of list) {
            const parsed = answerLogEntrySchema.safeParse(e);
            if (parsed.success) entries.push(parsed.data);
            else rejected.push(e);
          }
          return { state: { entries }, rejected };
        },
        ...storageCallbacks,
      }),
      partialize: (s): AnswerLogData => ({ entries: s.entries }),
    },
  ),
);
