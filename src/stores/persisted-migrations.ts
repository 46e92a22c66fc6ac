import { historyToV4 } from './history-migration-v4';

/**
 * Migrations of saved attempts. v1 → v2 added `revealed` (practice mode's shown keys).
 * Each migration takes the state as saved by version n and returns version n + 1.
 */
function addRevealed(attempt: unknown): unknown {
  if (typeof attempt !== 'object' || attempt === null) return attempt;
  const a = attempt as Record<string, unknown>;
  return 'revealed' in a ? a : { ...a, revealed: [] };
}

export const ATTEMPT_VERSION = 2;
export const attemptMigrations: Record<number, (state: unknown) => unknown> = {
  1: (state) => {
    const s = state as { active?: unknown } | null;
    return s && typeof s === 'object' ? { ...s, active: s.active ? addRevealed(s.active) : null } : state;
  },
};

/**
 * v2 → v3 stored attempts packed (packed-attempt.ts) and read both forms, so that step changes
 * nothing; v3 → v4 keeps summaries apart from packed questions with one question table (history-migration-v4.ts).
 */
export const HISTORY_VERSION = 4;
export const historyMigrations: Record<number, (state: unknown) => unknown> = {
  1: (state) => {
    const s = state as { attempts?: unknown } | null;
    return s && typeof s === 'object' && Array.isArray(s.attempts) ? { ...s, attempts: s.attempts.map(addRevealed) } : state;
  },
  2: (state) => state,
  3: historyToV4,
};
