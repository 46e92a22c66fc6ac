import type { BankDetail, BankQuestion } from '@/bank/markup';
import type { QuestionCore, QuestionDetail } from '@/bank/split';
import type { ExamId } from '@/config/exams';
import { registerMarkup } from './compiled-markdown';

/** Two lazily loaded chunks per exam (see src/bank/split.ts): a learner downloads only the bank they practise. */
const CORES: Record<ExamId, () => Promise<{ default: BankQuestion[] }>> = {
  'soa-c03': () => import('virtual:bank/soa-c03'),
  'soa-c01': () => import('virtual:bank/soa-c01'),
  'saa-c03': () => import('virtual:bank/saa-c03'),
  'clf-c02': () => import('virtual:bank/clf-c02'),
};

const DETAILS: Record<ExamId, () => Promise<{ default: BankDetail[] }>> = {
  'soa-c03': () => import('virtual:bank-details/soa-c03'),
  'soa-c01': () => import('virtual:bank-details/soa-c01'),
  'saa-c03': () => import('virtual:bank-details/saa-c03'),
  'clf-c02': () => import('virtual:bank-details/clf-c02'),
};

/** An exam's questions as the exam screen needs them; their compiled markdown is registered for the Markdown component. */
export async function loadBankChunk(examId: ExamId): Promise<QuestionCore[]> {
  const { default: questions } = await CORES[examId]();
  registerMarkup(questions);
  return questions;
}

/** The explanations and the rest of an exam's questions, with their compiled markdown registered. */
export async function loadDetailChunk(examId: ExamId): Promise<QuestionDetail[]> {
  const { default: details } = await DETAILS[examId]();
  registerMarkup(details);
  return details;
}
