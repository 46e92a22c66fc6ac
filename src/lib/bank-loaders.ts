import type { Question } from '@/bank/schema';
import type { ExamId } from '@/config/exams';

/** One lazily loaded chunk per exam: a learner downloads only the bank they practise. */
export const BANK_LOADERS: Record<ExamId, () => Promise<{ default: Question[] }>> = {
  'soa-c03': () => import('virtual:bank/soa-c03'),
  'soa-c01': () => import('virtual:bank/soa-c01'),
  'saa-c03': () => import('virtual:bank/saa-c03'),
  'clf-c02': () => import('virtual:bank/clf-c02'),
};
