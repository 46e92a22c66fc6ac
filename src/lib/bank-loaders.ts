import type { BankQuestion } from '@/bank/markup';
import type { Question } from '@/bank/schema';
import type { ExamId } from '@/config/exams';
import { registerMarkup } from './compiled-markdown';

/** One lazily loaded chunk per exam: a learner downloads only the bank they practise. */
const CHUNKS: Record<ExamId, () => Promise<{ default: BankQuestion[] }>> = {
  'soa-c03': () => import('virtual:bank/soa-c03'),
  'soa-c01': () => import('virtual:bank/soa-c01'),
  'saa-c03': () => import('virtual:bank/saa-c03'),
  'clf-c02': () => import('virtual:bank/clf-c02'),
};

/** An exam's questions; the markdown compiled with them is registered for the Markdown component. */
export async function loadBankChunk(examId: ExamId): Promise<Question[]> {
  const { default: questions } = await CHUNKS[examId]();
  registerMarkup(questions);
  return questions;
}
