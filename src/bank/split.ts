import type { Localized, Question, QuestionOption } from './schema';

/**
 * A question is shipped in two parts. The exam screen needs only what a learner reads before
 * answering (the core: stem, options, key, exams and topics), about a third of the bank's bytes;
 * the details (explanation, why each option is right or wrong, references, what changed) are
 * needed only after an answer is checked, in the review and in practice feedback, and come in a
 * second chunk loaded later.
 */
export type QuestionCore = Omit<Question, 'options' | 'explanation' | 'references' | 'changed'> & { options: OptionCore[] };
export type OptionCore = Omit<QuestionOption, 'why'>;

/** The rest of a question; `options` lines up with the core's options. */
export interface QuestionDetail {
  id: string;
  options: { why: Localized }[];
  explanation: Localized;
  references: string[];
  changed?: Localized;
}

export function splitQuestion(question: Question): { core: QuestionCore; detail: QuestionDetail } {
  const { options, explanation, references, changed, ...rest } = question;
  return {
    core: { ...rest, options: options.map(({ id, en, ko }) => ({ id, en, ko })) },
    detail: { id: question.id, options: options.map(({ why }) => ({ why })), explanation, references, ...(changed ? { changed } : {}) },
  };
}

export function joinQuestion(core: QuestionCore, detail: QuestionDetail): Question {
  return {
    ...core,
    options: core.options.map((option, i) => ({ ...option, why: detail.options[i]?.why ?? { en: '', ko: '' } })),
    explanation: detail.explanation,
    references: detail.references,
    ...(detail.changed ? { changed: detail.changed } : {}),
  };
}

/** True for a question that already carries its details (a test's bank, or a whole question put in the core's place). */
export function hasDetails(question: QuestionCore): question is Question {
  return 'explanation' in question;
}

/** Markdown fields (see src/bank/markup.ts) that belong to the core; the others go with the details. */
export function isCoreField(path: string): boolean {
  return /^(stem|options\.\d+)\.(en|ko)$/.test(path);
}
