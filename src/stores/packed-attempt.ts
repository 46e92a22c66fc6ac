import type { Attempt, OptionId } from '@/engine/types';

/**
 * How history v3 saved a finished attempt; the v3 → v4 migration still reads it (v4 keeps one
 * question table per history instead, see packed-detail.ts). The plain form repeats each question
 * id in up to four places (items, answers, flags, seconds); here each id is written once and
 * everything else is aligned to it. packAttempt is kept to write v3 saves in tests.
 */
export interface PackedAttempt {
  packed: 1;
  id: string;
  examId: Attempt['examId'];
  mode: Attempt['mode'];
  seed: number;
  startedAt: number;
  deadline: number | null;
  settings: Attempt['settings'];
  current: number;
  pausedAt: number | null;
  pausedMs: number;
  finishedAt: number | null;
  endedBy: Attempt['endedBy'];
  result: Attempt['result'];
  /** Question ids in exam order. */
  q: string[];
  /** Distinct domain ids, and each item's index into them. */
  dm: string[];
  di: number[];
  /** '1' scored, '0' unscored, per item. */
  sc: string;
  /** Option order per item, e.g. "cadb". */
  o: string[];
  /** Chosen options per item, "" when unanswered. */
  a: string[];
  /** Item indexes flagged and revealed. */
  f: number[];
  r: number[];
  /** Seconds spent per item. */
  t: number[];
}

export function packAttempt(attempt: Attempt): PackedAttempt {
  const dm = [...new Set(attempt.items.map((i) => i.domainId))];
  const indexOf = new Map(attempt.items.map((item, index) => [item.questionId, index]));
  const indexes = (ids: string[]) => ids.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
  return {
    packed: 1,
    id: attempt.id,
    examId: attempt.examId,
    mode: attempt.mode,
    seed: attempt.seed,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    settings: attempt.settings,
    current: attempt.current,
    pausedAt: attempt.pausedAt,
    pausedMs: attempt.pausedMs,
    finishedAt: attempt.finishedAt,
    endedBy: attempt.endedBy,
    result: attempt.result,
    q: attempt.items.map((i) => i.questionId),
    dm,
    di: attempt.items.map((i) => dm.indexOf(i.domainId)),
    sc: attempt.items.map((i) => (i.scored ? '1' : '0')).join(''),
    o: attempt.items.map((i) => i.optionOrder.join('')),
    a: attempt.items.map((i) => (attempt.answers[i.questionId] ?? []).join('')),
    f: indexes(attempt.flagged),
    r: indexes(attempt.revealed),
    t: attempt.items.map((i) => attempt.secondsSpent[i.questionId] ?? 0),
  };
}

function isPacked(value: unknown): value is PackedAttempt {
  return typeof value === 'object' && value !== null && (value as { packed?: unknown }).packed === 1;
}

/**
 * Turns a saved attempt back into the plain form. Anything that is not the packed form (an older
 * save, or data too damaged to read) is returned unchanged for the schema to accept or reject.
 */
export function unpackAttempt(value: unknown): unknown {
  if (!isPacked(value)) return value;
  const p = value;
  if (![p.q, p.di, p.o, p.a, p.t, p.f, p.r, p.dm].every(Array.isArray) || typeof p.sc !== 'string') return value;
  const letters = (s: unknown) => (typeof s === 'string' ? ([...s] as OptionId[]) : []);
  const idAt = (i: unknown) => (typeof i === 'number' ? p.q[i] : undefined);
  const answers: Record<string, OptionId[]> = {};
  const secondsSpent: Record<string, number> = {};
  p.q.forEach((id, i) => {
    const chosen = letters(p.a[i]);
    if (chosen.length > 0) answers[id] = chosen;
    const seconds = p.t[i];
    if (typeof seconds === 'number' && seconds > 0) secondsSpent[id] = seconds;
  });
  const { q, dm, di, sc, o, a, f, r, t, packed, ...rest } = p;
  void [a, t, packed];
  return {
    ...rest,
    items: q.map((questionId, i) => ({ questionId, domainId: dm[di[i] ?? -1], scored: sc[i] === '1', optionOrder: letters(o[i]) })),
    answers,
    flagged: f.map(idAt).filter((id): id is string => id !== undefined),
    revealed: r.map(idAt).filter((id): id is string => id !== undefined),
    secondsSpent,
  };
}
