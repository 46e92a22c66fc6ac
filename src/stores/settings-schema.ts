import * as z from 'zod/mini';
import { EXAM_IDS } from '@/config/exams';

// Kept apart from persisted-schemas so the first page only carries the small settings schema.
export const examIdSchema = z.enum(EXAM_IDS);

export const settingsSchema = z.object({
  language: z.enum(['ko', 'en']),
  examId: examIdSchema,
  esl: z.boolean(),
  unscored: z.boolean(),
  theme: z.enum(['system', 'light', 'dark']),
});
