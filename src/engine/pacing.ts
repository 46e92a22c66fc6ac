import { SECONDS_PER_QUESTION } from './drill';
import type { Attempt } from './types';

export interface PacingReport {
  /** Seconds on each question, in exam order. */
  perQuestion: { number: number; questionId: string; seconds: number }[];
  medianSeconds: number;
  paceSeconds: number;
  overPace: number;
  slowest: { number: number; questionId: string; seconds: number }[];
  /** Time left on the clock when the attempt ended; null when untimed. */
  timeLeftMs: number | null;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Time per question against the exam's two-minute pace, the slowest questions, and time left. */
export function pacingReport(attempt: Attempt, slowestCount = 5): PacingReport {
  const perQuestion = attempt.items.map((item, index) => ({
    number: index + 1,
    questionId: item.questionId,
    seconds: attempt.secondsSpent[item.questionId] ?? 0,
  }));
  const seconds = perQuestion.map((q) => q.seconds);
  return {
    perQuestion,
    medianSeconds: median(seconds),
    paceSeconds: SECONDS_PER_QUESTION,
    overPace: seconds.filter((s) => s > SECONDS_PER_QUESTION).length,
    slowest: [...perQuestion].sort((a, b) => b.seconds - a.seconds || a.number - b.number).slice(0, slowestCount).filter((q) => q.seconds > 0),
    timeLeftMs: attempt.deadline === null || attempt.finishedAt === null ? null : Math.max(0, attempt.deadline - attempt.finishedAt),
  };
}
