import { useEffect } from 'react';
import type { Question } from '@/bank/schema';
import { hasDetails, type QuestionCore } from '@/bank/split';
import type { ExamId } from '@/config/exams';
import { useBankStore } from '@/stores/bank-store';

type BankState = ReturnType<typeof useBankStore.getState>;

/**
 * Whose details chunk to read for a question: one already loaded that has it, else the exam whose
 * questions are loaded (the one the learner is on), else the first exam it serves.
 */
function detailsExam(question: QuestionCore, s: BankState): ExamId {
  const exams = Object.keys(question.exams) as ExamId[];
  return exams.find((e) => s.details[e]?.byId.has(question.id)) ?? exams.find((e) => s.banks[e]?.byId.has(question.id)) ?? exams[0]!;
}

/**
 * A question with its explanation, whys and references; the details chunk is fetched the first
 * time. `failed` when it could not be loaded or does not have this question.
 */
export function useQuestionDetails(question: QuestionCore): { question: Question | undefined; failed: boolean } {
  const examId = useBankStore((s) => detailsExam(question, s));
  const whole = useBankStore((s) => (hasDetails(question) ? question : s.details[examId]?.byId.get(question.id)));
  const failed = useBankStore((s) => !hasDetails(question) && !s.details[examId]?.byId.has(question.id) && (s.detailErrors[examId] !== undefined || s.details[examId] !== undefined));
  useEffect(() => {
    if (!hasDetails(question)) void useBankStore.getState().loadDetails(examId).catch(() => undefined);
  }, [examId, question]);
  return { question: whole, failed };
}
