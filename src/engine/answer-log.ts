import { isCorrect } from './scoring';
import type { Attempt, AttemptMode, ExamId, Question } from './types';

/** One graded answer, the raw material of the spaced schedule and the weakness report. */
export interface AnswerLogEntry {
  questionId: string;
  examId: ExamId;
  attemptId: string;
  at: number;
  mode: AttemptMode;
  correct: boolean;
  flagged: boolean;
  seconds: number;
}

/** The log entries a finished attempt adds: one per scored question, answered or not. */
export function entriesFromAttempt(attempt: Attempt, questionsById: ReadonlyMap<string, Question>): AnswerLogEntry[] {
  if (attempt.finishedAt === null) return [];
  const at = attempt.finishedAt;
  return attempt.items
    .filter((item) => item.scored && questionsById.has(item.questionId))
    .map((item) => ({
      questionId: item.questionId,
      examId: attempt.examId,
      attemptId: attempt.id,
      at,
      mode: attempt.mode,
      correct: isCorrect(questionsById.get(item.questionId)!, attempt.answers[item.questionId]),
      flagged: attempt.flagged.includes(item.questionId),
      seconds: attempt.secondsSpent[item.questionId] ?? 0,
    }));
}

/** Adds entries, never twice for the same attempt and question. */
export function appendEntries(log: readonly AnswerLogEntry[], entries: readonly AnswerLogEntry[]): AnswerLogEntry[] {
  const seen = new Set(log.map((e) => `${e.attemptId}|${e.questionId}`));
  const fresh = entries.filter((e) => !seen.has(`${e.attemptId}|${e.questionId}`));
  return fresh.length === 0 ? [...log] : [...log, ...fresh];
}
