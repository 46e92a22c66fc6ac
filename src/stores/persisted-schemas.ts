// zod/mini keeps validation on the first page small; the full zod is only needed at build time.
import * as z from 'zod/mini';
import type { AnswerLogEntry } from '@/engine/answer-log';
import type { Attempt } from '@/engine/types';
import { examIdSchema } from './settings-schema';

const optionIdSchema = z.enum(['a', 'b', 'c', 'd', 'e', 'f']);
const epochMs = z.int().check(z.nonnegative());
const count = z.int().check(z.nonnegative());
export const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** Attempt ids travel in URLs; ours are UUIDs, so anything else is refused rather than routed. */
const attemptId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/));

const domainResultSchema = z.object({
  domainId: z.string(),
  correct: count,
  total: count,
  percent: z.int().check(z.gte(0), z.lte(100)),
  meets: z.boolean(),
});

const resultSchema = z.object({
  correct: count,
  scoredTotal: count,
  scaledScore: z.int().check(z.gte(100), z.lte(1000)),
  passed: z.boolean(),
  passingScore: z.int(),
  domains: z.array(domainResultSchema),
  unscoredCorrect: count,
  unscoredTotal: count,
  unanswered: count,
  timeUsedMs: z.number().check(z.nonnegative()),
});

/** What an attempt is, apart from its questions: enough for history, trends and the dashboard. */
export const attemptSummaryShape = {
  id: attemptId,
  examId: examIdSchema,
  mode: z.enum(['mock', 'drill']),
  seed: z.int(),
  startedAt: epochMs,
  deadline: z.nullable(epochMs),
  settings: z.object({ esl: z.boolean(), unscored: z.boolean(), practice: z.boolean() }),
  current: count,
  pausedAt: z.nullable(epochMs),
  pausedMs: z.number().check(z.nonnegative()),
  finishedAt: z.nullable(epochMs),
  endedBy: z.nullable(z.enum(['submitted', 'time-up'])),
  result: z.nullable(resultSchema),
};

/** Per question: which, in which order, what was chosen, flagged and shown, and the time spent. */
export const attemptDetailShape = {
  items: z
    .array(
      z.object({
        questionId: text(200),
        domainId: text(100),
        scored: z.boolean(),
        optionOrder: z.array(optionIdSchema).check(z.minLength(2), z.maxLength(6)),
      }),
    )
    .check(z.minLength(1), z.maxLength(200)),
  answers: z.record(z.string(), z.array(optionIdSchema).check(z.maxLength(6))),
  flagged: z.array(z.string()),
  revealed: z.array(z.string()),
  secondsSpent: z.record(z.string(), z.number().check(z.nonnegative())),
};

/** One attempt as saved; the same shape in progress and in history. */
export const attemptSchema: z.ZodMiniType<Attempt> = z
  .object({ ...attemptSummaryShape, ...attemptDetailShape })
  .check(z.refine((a) => a.current < a.items.length, { message: 'current question is past the end', path: ['current'] }));

export const finishedAttemptSchema: z.ZodMiniType<Attempt> = attemptSchema.check(
  z.refine((a) => a.finishedAt !== null && a.result !== null, { message: 'a history entry must be finished and scored' }),
);

export const answerLogEntrySchema: z.ZodMiniType<AnswerLogEntry> = z.object({
  questionId: text(200),
  examId: examIdSchema,
  attemptId,
  at: epochMs,
  mode: z.enum(['mock', 'drill']),
  correct: z.boolean(),
  flagged: z.boolean(),
  seconds: z.number().check(z.nonnegative()),
});

