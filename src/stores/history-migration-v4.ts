import { toHistoryEntry } from './history-entry';
import { QuestionTable } from './packed-detail';
import { unpackAttempt } from './packed-attempt';
import { finishedAttemptSchema } from './persisted-schemas';

/**
 * History v3 → v4: every attempt (packed by v3, or plain from before) is checked in full one last
 * time and becomes an entry pointing into one question table for the whole history. One that does
 * not pass is left as it was, so the load sets it aside and reports it like any other bad entry.
 */
export function historyToV4(state: unknown): unknown {
  const saved = state as { attempts?: unknown } | null;
  if (!saved || typeof saved !== 'object' || !Array.isArray(saved.attempts)) return state;
  const table = new QuestionTable([]);
  const attempts = saved.attempts.map((raw: unknown) => {
    const parsed = finishedAttemptSchema.safeParse(unpackAttempt(raw));
    return parsed.success ? toHistoryEntry(parsed.data, table) : raw;
  });
  return { ...saved, questionIds: table.ids, attempts };
}
