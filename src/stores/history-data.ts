import type { Attempt } from '@/engine/types';
import { toHistoryEntry, type HistoryEntry } from './history-entry';
import { QuestionTable } from './packed-detail';

/** What the history store holds and saves: the question-id table its packed entries point into, and the entries, newest first. */
export interface HistoryData {
  questionIds: string[];
  attempts: HistoryEntry[];
}

/**
 * Files finished attempts (an attempt already there is replaced), newest first. The one way
 * entries are made, shared with the benchmark's generated history so that it is what the app saves.
 */
export function fileAttempts(data: HistoryData, attempts: readonly Attempt[]): HistoryData {
  if (attempts.length === 0) return data;
  const table = new QuestionTable(data.questionIds);
  // The last of two with one id wins, as when they are filed one after the other.
  const added = new Map(attempts.map((a) => [a.id, a]));
  const entries = [...[...added.values()].reverse().map((a) => toHistoryEntry(a, table)), ...data.attempts.filter((a) => !added.has(a.id))].sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));
  return { questionIds: table.ids, attempts: entries };
}
