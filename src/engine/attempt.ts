import { scoreAttempt } from './scoring';
import { isTimeUp } from './timing';
import type { Attempt, AttemptItem, AttemptMode, AttemptSettings, Blueprint, ExamId, OptionId, Question } from './types';

export interface NewAttempt {
  id: string;
  examId: ExamId;
  mode: AttemptMode;
  seed: number;
  now: number;
  /** null for an untimed drill. */
  minutes: number | null;
  settings: AttemptSettings;
  items: AttemptItem[];
}

export function createAttempt(input: NewAttempt): Attempt {
  return {
    id: input.id,
    examId: input.examId,
    mode: input.mode,
    seed: input.seed,
    startedAt: input.now,
    deadline: input.minutes === null ? null : input.now + input.minutes * 60_000,
    settings: input.settings,
    items: input.items,
    answers: {},
    flagged: [],
    revealed: [],
    current: 0,
    secondsSpent: {},
    pausedAt: null,
    pausedMs: 0,
    finishedAt: null,
    endedBy: null,
    result: null,
  };
}

export function isFinished(attempt: Attempt): boolean {
  return attempt.finishedAt !== null;
}

/**
 * Picks an option. Single response replaces the choice; multiple response toggles it and never
 * allows more than `choose` options, as the exam's "(Select N)" does.
 */
export function selectOption(attempt: Attempt, question: Pick<Question, 'id' | 'type' | 'choose'>, optionId: OptionId): Attempt {
  if (isFinished(attempt) || attempt.pausedAt !== null || attempt.revealed.includes(question.id)) return attempt;
  const current = attempt.answers[question.id] ?? [];
  let next: OptionId[];
  if (question.type === 'single') next = [optionId];
  else if (current.includes(optionId)) next = current.filter((id) => id !== optionId);
  else if (current.length >= (question.choose ?? 1)) return attempt;
  else next = [...current, optionId];
  return { ...attempt, answers: { ...attempt.answers, [question.id]: next } };
}

export function clearAnswer(attempt: Attempt, questionId: string): Attempt {
  if (isFinished(attempt) || attempt.revealed.includes(questionId) || !(questionId in attempt.answers)) return attempt;
  const answers = { ...attempt.answers };
  delete answers[questionId];
  return { ...attempt, answers };
}

export function toggleFlag(attempt: Attempt, questionId: string): Attempt {
  if (isFinished(attempt)) return attempt;
  const flagged = attempt.flagged.includes(questionId) ? attempt.flagged.filter((id) => id !== questionId) : [...attempt.flagged, questionId];
  return { ...attempt, flagged };
}

/**
 * Practice mode: shows the key and explanations for an answered question and locks its answer,
 * so what the log records is what the learner chose before seeing the key.
 */
export function reveal(attempt: Attempt, questionId: string): Attempt {
  if (!attempt.settings.practice || isFinished(attempt) || attempt.revealed.includes(questionId)) return attempt;
  if ((attempt.answers[questionId]?.length ?? 0) === 0) return attempt;
  return { ...attempt, revealed: [...attempt.revealed, questionId] };
}

export function goTo(attempt: Attempt, index: number): Attempt {
  const clamped = Math.min(Math.max(0, Math.trunc(index)), attempt.items.length - 1);
  return clamped === attempt.current ? attempt : { ...attempt, current: clamped };
}

/** Adds time spent looking at a question (for pacing), in whole milliseconds rounded to 0.1 s. */
export function addTimeSpent(attempt: Attempt, questionId: string, ms: number): Attempt {
  if (isFinished(attempt) || ms <= 0) return attempt;
  const seconds = Math.round(((attempt.secondsSpent[questionId] ?? 0) + ms / 1000) * 10) / 10;
  return { ...attempt, secondsSpent: { ...attempt.secondsSpent, [questionId]: seconds } };
}

export function isAnswered(attempt: Attempt, questionId: string): boolean {
  return (attempt.answers[questionId]?.length ?? 0) > 0;
}

export function unansweredCount(attempt: Attempt): number {
  return attempt.items.filter((item) => !isAnswered(attempt, item.questionId)).length;
}

/** Only drills pause; the clock stops by moving the deadline on when the learner resumes. */
export function pause(attempt: Attempt, now: number): Attempt {
  if (attempt.mode !== 'drill' || attempt.pausedAt !== null || isFinished(attempt)) return attempt;
  return { ...attempt, pausedAt: now };
}

export function resume(attempt: Attempt, now: number): Attempt {
  if (attempt.pausedAt === null) return attempt;
  const paused = Math.max(0, now - attempt.pausedAt);
  return {
    ...attempt,
    pausedAt: null,
    pausedMs: attempt.pausedMs + paused,
    deadline: attempt.deadline === null ? null : attempt.deadline + paused,
  };
}

/** Ends the attempt and stores its result. */
export function finish(
  attempt: Attempt,
  questionsById: ReadonlyMap<string, Question>,
  blueprint: Blueprint,
  at: number,
  endedBy: 'submitted' | 'time-up',
): Attempt {
  if (isFinished(attempt)) return attempt;
  const resumed = resume(attempt, at);
  return {
    ...resumed,
    finishedAt: at,
    endedBy,
    result: scoreAttempt(resumed, questionsById, blueprint, at, resumed.pausedMs),
  };
}

/**
 * Submits an attempt whose time is up, stamped at the deadline with the answers it had —
 * also when the app is opened long after the deadline passed.
 */
export function settle(attempt: Attempt, questionsById: ReadonlyMap<string, Question>, blueprint: Blueprint, now: number): Attempt {
  if (isFinished(attempt) || attempt.pausedAt !== null || !isTimeUp(attempt.deadline, now) || attempt.deadline === null) return attempt;
  return finish(attempt, questionsById, blueprint, attempt.deadline, 'time-up');
}
