import type { ExamId } from '@/config/exams';
import type { Blueprint, OptionId } from '@/bank/schema';
import type { QuestionCore } from '@/bank/split';

export type { Blueprint, OptionId, ExamId };

/** What the rules read of a question: its exams, topics, options and key, never its explanations (see src/bank/split.ts). */
export type Question = QuestionCore;

/** A full mock keeps exam rules; a drill may show answers as you go and may pause. */
export type AttemptMode = 'mock' | 'drill';

/** One question as placed in an attempt: which, in which domain, scored or not, options in which order. */
export interface AttemptItem {
  questionId: string;
  domainId: string;
  scored: boolean;
  optionOrder: OptionId[];
}

export interface AttemptSettings {
  /** ESL +30: thirty extra minutes, as AWS grants non-native English speakers. */
  esl: boolean;
  /** Realism: 15 of 65 items are unscored pretest items, revealed only in the results. */
  unscored: boolean;
  /** Drill practice mode: show the key and explanations right after each answer. */
  practice: boolean;
}

/** Per-domain outcome in a result. */
export interface DomainResult {
  domainId: string;
  correct: number;
  total: number;
  /** Whole percent, rounded down. */
  percent: number;
  meets: boolean;
}

export interface AttemptResult {
  correct: number;
  scoredTotal: number;
  scaledScore: number;
  passed: boolean;
  passingScore: number;
  domains: DomainResult[];
  unscoredCorrect: number;
  unscoredTotal: number;
  unanswered: number;
  timeUsedMs: number;
}

export interface Attempt {
  id: string;
  examId: ExamId;
  mode: AttemptMode;
  seed: number;
  startedAt: number;
  /** Epoch ms when time is up; null for an untimed drill. */
  deadline: number | null;
  settings: AttemptSettings;
  items: AttemptItem[];
  answers: Record<string, OptionId[]>;
  flagged: string[];
  /** Practice mode: questions whose key has been shown; their answers are locked. */
  revealed: string[];
  current: number;
  /** Time spent on each question, for the pacing report. */
  secondsSpent: Record<string, number>;
  /** When the learner paused a drill; the deadline moves on by the paused time on resume. */
  pausedAt: number | null;
  /** Total paused time, left out of time used. */
  pausedMs: number;
  finishedAt: number | null;
  endedBy: 'submitted' | 'time-up' | null;
  result: AttemptResult | null;
}
