import type { Attempt } from '@/engine/types';
import { detailOf, isPackedDetail, packDetail, packedQuestionIds, unpackDetail, type AttemptDetail, type PackedDetail, type QuestionTable } from './packed-detail';
import { finishedAttemptSchema } from './persisted-schemas';

/** Everything about an attempt but its questions: what lists, trends and the dashboard show. */
export type AttemptSummary = Omit<Attempt, keyof AttemptDetail>;

/**
 * A finished attempt as history keeps it, in memory and saved alike: the summary, checked when
 * the history loads, and the questions as saved (packed, or plain when packing could not hold
 * them exactly), checked when the attempt is opened. Loading a long history then checks a
 * thousand small summaries instead of sixty-five thousand questions.
 */
export interface HistoryEntry extends AttemptSummary {
  detail: PackedDetail | AttemptDetail;
}

export function toHistoryEntry(attempt: Attempt, table: QuestionTable): HistoryEntry {
  const { items, answers, flagged, revealed, secondsSpent, ...summary } = attempt;
  const detail = detailOf({ items, answers, flagged, revealed, secondsSpent });
  return { ...summary, detail: packDetail(detail, table) ?? detail };
}

export type ReadAttempt = { ok: true; attempt: Attempt } | { ok: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] } };

// Entries never change once made (a new table only ever adds ids at the end), so each is read once.
const read = new WeakMap<HistoryEntry, ReadAttempt>();

/** The whole attempt behind an entry, checked with the same schema as an attempt in progress. */
export function readAttempt(entry: HistoryEntry, questionIds: readonly string[]): ReadAttempt {
  let done = read.get(entry);
  if (!done) {
    const { detail, ...summary } = entry;
    const parsed = finishedAttemptSchema.safeParse({ ...summary, ...(unpackDetail(detail, questionIds) as object) });
    done = parsed.success ? { ok: true, attempt: parsed.data } : { ok: false, error: parsed.error };
    read.set(entry, done);
  }
  return done;
}

/**
 * The question ids of an entry without checking the rest of it, for choosing fresh questions
 * (a hint, never shown or saved); damage shows when the entry is opened.
 */
export function entryQuestionIds(entry: HistoryEntry, questionIds: readonly string[]): string[] {
  const { detail } = entry;
  return isPackedDetail(detail) ? packedQuestionIds(detail, questionIds) : detail.items.map((i) => i.questionId);
}
