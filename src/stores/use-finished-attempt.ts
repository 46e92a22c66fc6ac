import { useEffect } from 'react';
import type { Attempt } from '@/engine/types';
import { readAttempt } from './history-entry';
import { useHistoryStore } from './history-store';

/**
 * The whole of a finished attempt, read from history when a screen opens it. One that cannot be
 * read is set aside and reported once the screen has rendered (never during render), and the
 * screen sees no attempt, as for an unknown id.
 */
export function useFinishedAttempt(id: string): Attempt | undefined {
  const entry = useHistoryStore((s) => s.attempts.find((a) => a.id === id));
  const questionIds = useHistoryStore((s) => s.questionIds);
  const read = entry ? readAttempt(entry, questionIds) : undefined;
  const unreadable = read !== undefined && !read.ok;
  useEffect(() => {
    if (unreadable) useHistoryStore.getState().open(id);
  }, [unreadable, id]);
  return read?.ok ? read.attempt : undefined;
}
