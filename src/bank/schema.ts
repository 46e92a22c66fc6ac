import { z } from 'zod';
import { EXAM_IDS } from '../config/exams.ts';

/** Both languages are required everywhere a learner reads text. */
export const localizedSchema = z
  .object({
    en: z.string().trim().min(1, 'English text is empty'),
    ko: z.string().trim().min(1, 'Korean text is empty'),
  })
  .strict();

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

export const examIdSchema = z.enum(EXAM_IDS);

export const blueprintDomainSchema = z
  .object({
    id: slugSchema,
    name: localizedSchema,
    weight: z.number().int().positive(),
  })
  .strict();

export const blueprintSchema = z
  .object({
    id: examIdSchema,
    code: z.string().regex(/^[A-Z]{3}-C\d{2}$/),
    name: localizedSchema,
    note: localizedSchema.optional(),
    totalQuestions: z.number().int().positive(),
    scoredQuestions: z.number().int().positive(),
    minutes: z.number().int().positive(),
    passingScore: z.number().int().min(100).max(1000),
    /** Raw percentage that we anchor to the passing score (AWS publishes no mapping). */
    rawCutPercent: z.number().int().min(1).max(99),
    domains: z.array(blueprintDomainSchema).min(1),
  })
  .strict()
  .superRefine((bp, ctx) => {
    const total = bp.domains.reduce((sum, d) => sum + d.weight, 0);
    if (total !== 100) {
      ctx.addIssue({ code: 'custom', path: ['domains'], message: `weights add up to ${total}, not 100` });
    }
    if (bp.scoredQuestions > bp.totalQuestions) {
      ctx.addIssue({ code: 'custom', path: ['scoredQuestions'], message: 'more scored than total questions' });
    }
    const ids = new Set<string>();
    bp.domains.forEach((d, i) => {
      if (ids.has(d.id)) ctx.addIssue({ code: 'custom', path: ['domains', i, 'id'], message: `duplicate domain id "${d.id}"` });
      ids.add(d.id);
    });
  });

export type Blueprint = z.infer<typeof blueprintSchema>;
export type BlueprintDomain = z.infer<typeof blueprintDomainSchema>;
export type Localized = z.infer<typeof localizedSchema>;

const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

export const optionSchema = z
  .object({
    id: z.enum(OPTION_IDS),
    en: z.string().trim().min(1, 'English text is empty'),
    ko: z.string().trim().min(1, 'Korean text is empty'),
    why: localizedSchema,
  })
  .strict();

const referenceSchema = z
  .string()
  .url()
  .refine((url) => /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com|repost\.aws)\//.test(url), {
    message: 'references must be https://docs.aws.amazon.com/ or https://aws.amazon.com/ pages',
  });

export const questionSchema = z
  .object({
    id: slugSchema,
    /** Each exam the question serves, mapped to that exam's domain id. */
    exams: z.partialRecord(examIdSchema, slugSchema).refine((m) => Object.keys(m).length > 0, 'serves no exam'),
    topics: z.array(slugSchema).min(1),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    type: z.enum(['single', 'multiple']),
    /** How many options to pick; multiple response only. */
    choose: z.number().int().min(2).optional(),
    stem: localizedSchema,
    options: z.array(optionSchema).min(4).max(6),
    answer: z.array(z.enum(OPTION_IDS)).min(1),
    explanation: localizedSchema,
    references: z.array(referenceSchema).min(1),
    /** What changed since older study material taught otherwise. */
    changed: localizedSchema.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const optionIds = q.options.map((o) => o.id);
    optionIds.forEach((id, i) => {
      if (optionIds.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `duplicate option id "${id}"` });
      if (id !== OPTION_IDS[i]) ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `option ${i + 1} should have id "${OPTION_IDS[i]}"` });
    });
    q.answer.forEach((id, i) => {
      if (!optionIds.includes(id)) ctx.addIssue({ code: 'custom', path: ['answer', i], message: `answer "${id}" is not an option` });
    });
    if (new Set(q.answer).size !== q.answer.length) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'answer lists an option twice' });
    if (q.type === 'single') {
      if (q.answer.length !== 1) ctx.addIssue({ code: 'custom', path: ['answer'], message: 'single response needs exactly one answer' });
      if (q.choose !== undefined) ctx.addIssue({ code: 'custom', path: ['choose'], message: 'choose is only for multiple response' });
      // As on the exam: one key and three distractors.
      if (q.options.length !== 4) ctx.addIssue({ code: 'custom', path: ['options'], message: `single response needs exactly four options, not ${q.options.length}` });
    } else {
      if (q.choose === undefined) ctx.addIssue({ code: 'custom', path: ['choose'], message: 'multiple response must say how many to choose' });
      else if (q.choose !== q.answer.length)
        ctx.addIssue({ code: 'custom', path: ['choose'], message: `choose is ${q.choose} but the answer has ${q.answer.length} options` });
      if (q.options.length < 5) ctx.addIssue({ code: 'custom', path: ['options'], message: 'multiple response needs at least five options' });
    }
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionOption = z.infer<typeof optionSchema>;
export type OptionId = QuestionOption['id'];

/** A YAML file holds a list of questions. */
export const questionFileSchema = z.array(z.unknown());
