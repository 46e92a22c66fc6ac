import { z } from 'zod';
import { examIdSchema } from '@/bank/schema';
import type { Attempt } from '@/engine/types';

const optionIdSchema = z.enum(['a', 'b', 'c', 'd', 'e', 'f']);
const epochMs = z.number().int().nonnegative();

const domainResultSchema = z.object({
  domainId: z.string(),
  correct: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  percent: z.number().int().min(0).max(100),
  meets: z.boolean(),
});

const resultSchema = z.object({
  correct: z.number().int().nonnegative(),
  scoredTotal: z.number().int().nonnegative(),
  scaledScore: z.number().int().min(100).max(1000),
  passed: z.boolean(),
  passingScore: z.number().int(),
  domains: z.array(domainResultSchema),
  unscoredCorrect: z.number().int().nonnegative(),
  unscoredTotal: z.number().int().nonnegative(),
  unanswered: z.number().int().nonnegative(),
  timeUsedMs: z.number().nonnegative(),
});

/** One attempt as saved; the same shape in progress and in history. */
export const attemptSchema: z.ZodType<Attempt> = z
  .object({
    id: z.string().min(1).max(100),
    examId: examIdSchema,
    mode: z.enum(['mock', 'drill']),
    seed: z.number().int(),
    startedAt: epochMs,
    deadline: epochMs.nullable(),
    settings: z.object({ esl: z.boolean(), unscored: z.boolean(), practice: z.boolean() }),
    items: z
      .array(
        z.object({
          questionId: z.string().min(1).max(200),
          domainId: z.string().min(1).max(100),
          scored: z.boolean(),
          optionOrder: z.array(optionIdSchema).min(2).max(6),
        }),
      )
      .min(1)
      .max(200),
    answers: z.record(z.string(), z.array(optionIdSchema).max(6)),
    flagged: z.array(z.string()),
    revealed: z.array(z.string()),
    current: z.number().int().nonnegative(),
    secondsSpent: z.record(z.string(), z.number().nonnegative()),
    pausedAt: epochMs.nullable(),
    pausedMs: z.number().nonnegative(),
    finishedAt: epochMs.nullable(),
    endedBy: z.enum(['submitted', 'time-up']).nullable(),
    result: resultSchema.nullable(),
  })
  .refine((a) => a.current < a.items.length, { message: 'current question is past the end', path: ['current'] });

export const finishedAttemptSchema = attemptSchema.refine((a) => a.finishedAt !== null && a.result !== null, {
  message: 'a history entry must be finished and scored',
});
