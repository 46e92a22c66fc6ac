import { create } from 'zustand';
import type { Question } from '@/bank/schema';
import type { ExamId } from '@/config/exams';
import { loadBankChunk } from '@/lib/bank-loaders';

export interface LoadedBank {
  questions: Question[];
  byId: Map<string, Question>;
}

interface BankState {
  banks: Partial<Record<ExamId, LoadedBank>>;
  errors: Partial<Record<ExamId, string>>;
  load: (examId: ExamId) => Promise<LoadedBank>;
}

const inFlight = new Map<ExamId, Promise<LoadedBank>>();

/** Question banks, fetched on first use and kept for the session. */
export const useBankStore = create<BankState>()((set, get) => ({
  banks: {},
  errors: {},
  load: (examId) => {
    const existing = get().banks[examId];
    if (existing) return Promise.resolve(existing);
    const pending = inFlight.get(examId);
    if (pending) return pending;
    const promise = loadBankChunk(examId)
      .then((questions) => {
        const bank: LoadedBank = { questions, byId: new Map(questions.map((q) => [q.id, q])) };
        set((s) => ({ banks: { ...s.banks, [examId]: bank }, errors: { ...s.errors, [examId]: undefined } }));
        return bank;
      })
      .catch((error: unknown) => {
        set((s) => ({ errors: { ...s.errors, [examId]: String(error) } }));
        throw error;
      })
      .finally(() => inFlight.delete(examId));
    inFlight.set(examId, promise);
    return promise;
  },
}));
