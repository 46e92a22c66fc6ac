import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Attempt } from '@/engine/types';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { createValidatedStorage, salvageList } from '@/lib/storage/validated-storage';
import { storageCallbacks } from './notices-store';
import { packAttempt, unpackAttempt } from './packed-attempt';
import { HISTORY_VERSION, historyMigrations } from './persisted-migrations';
import { finishedAttemptSchema } from './persisted-schemas';

interface HistoryData {
  attempts: Attempt[];
}

interface HistoryState extends HistoryData {
  add: (attempt: Attempt) => void;
}

const historySchema = z.object({ attempts: z.array(finishedAttemptSchema) });

/** Finished attempts, newest first. */
export const useHistoryStore = create<HistoryState>()(
  persist(
    (set) => ({
      attempts: [],
      add: (attempt) =>
        set((s) => ({
          attempts: [attempt, ...s.attempts.filter((a) => a.id !== attempt.id)].sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0)),
        })),
    }),
    {
      name: STORAGE_KEYS.history,
      version: HISTORY_VERSION,
      storage: createValidatedStorage<HistoryData>({
        schema: historySchema,
        version: HISTORY_VERSION,
        migrations: historyMigrations,
        salvage: salvageList('attempts', finishedAttemptSchema),
        encode: (state) => ({ attempts: state.attempts.map(packAttempt) }),
        decode: (state) => {
          const list = (state as { attempts?: unknown } | null)?.attempts;
          return Array.isArray(list) ? { ...(state as object), attempts: list.map(unpackAttempt) } : state;
        },
        ...storageCallbacks,
      }),
      partialize: (s): HistoryData => ({ attempts: s.attempts }),
    },
  ),
);

/** Question id → when the learner last saw it, so new mocks prefer fresh questions. */
export function lastSeenMap(attempts: readonly Attempt[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const attempt of attempts) {
    const at = attempt.finishedAt ?? attempt.startedAt;
    for (const item of attempt.items) if ((seen.get(item.questionId) ?? -1) < at) seen.set(item.questionId, at);
  }
  return seen;
}
