import { create } from 'zustand';
import type { Question } from '@/bank/schema';
import { hasDetails, joinQuestion, type QuestionCore, type QuestionDetail } from '@/bank/split';
import type { ExamId } from '@/config/exams';
import { questionsByDomain } from '@/engine/assemble';
import { loadBankChunk, loadDetailChunk } from '@/lib/bank-loaders';

/** An exam's questions as the exam screen needs them (see src/bank/split.ts). */
export interface LoadedBank {
  questions: QuestionCore[];
  byId: Map<string, QuestionCore>;
  /** The questions by their domain in this exam, for assembling mocks. */
  byDomain: ReadonlyMap<string, readonly QuestionCore[]>;
}

/** A bank with what is derived from it, worked out once when it loads rather than on every start. */
export function loadedBank(examId: ExamId, questions: QuestionCore[]): LoadedBank {
  return { questions, byId: new Map(questions.map((q) => [q.id, q])), byDomain: questionsByDomain(questions, examId) };
}

/** An exam's whole questions, with explanations, whys, references and notes, by id. */
export interface DetailedBank {
  byId: ReadonlyMap<string, Question>;
}

interface BankState {
  banks: Partial<Record<ExamId, LoadedBank>>;
  errors: Partial<Record<ExamId, string>>;
  details: Partial<Record<ExamId, DetailedBank>>;
  detailErrors: Partial<Record<ExamId, string>>;
  /** The questions; enough to assemble, show and score an exam. */
  load: (examId: ExamId) => Promise<LoadedBank>;
  /** The questions with their details, for practice feedback and the review; a second chunk. */
  loadDetails: (examId: ExamId) => Promise<DetailedBank>;
}

const inFlight = new Map<string, Promise<unknown>>();

/** One request per chunk at a time, however many callers ask. */
function once<T>(key: string, start: () => Promise<T>): Promise<T> {
  const pending = inFlight.get(key) as Promise<T> | undefined;
  if (pending) return pending;
  const promise = start().finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}

function detailed(bank: LoadedBank, details: readonly QuestionDetail[]): DetailedBank {
  const byId = new Map(details.map((d) => [d.id, d]));
  const whole = new Map<string, Question>();
  for (const question of bank.questions) {
    const detail = byId.get(question.id);
    if (hasDetails(question)) whole.set(question.id, question);
    else if (detail) whole.set(question.id, joinQuestion(question, detail));
  }
  return { byId: whole };
}

/** Question banks, fetched on first use and kept for the session. */
export const useBankStore = create<BankState>()((set, get) => ({
  banks: {},
  errors: {},
  details: {},
  detailErrors: {},
  load: (examId) => {
    const existing = get().banks[examId];
    if (existing) return Promise.resolve(existing);
    return once(`bank:${examId}`, () =>
      loadBankChunk(examId).then(
        (questions) => {
          const bank = loadedBank(examId, questions);
          set((s) => ({ banks: { ...s.banks, [examId]: bank }, errors: { ...s.errors, [examId]: undefined } }));
          return bank;
        },
        (error: unknown) => {
          set((s) => ({ errors: { ...s.errors, [examId]: String(error) } }));
          throw error;
        },
      ),
    );
  },
  loadDetails: (examId) => {
    const existing = get().details[examId];
    if (existing) return Promise.resolve(existing);
    return once(`details:${examId}`, () =>
      Promise.all([get().load(examId), loadDetailChunk(examId)]).then(
        ([bank, details]) => {
          const whole = detailed(bank, details);
          set((s) => ({ details: { ...s.details, [examId]: whole }, detailErrors: { ...s.detailErrors, [examId]: undefined } }));
          return whole;
        },
        (error: unknown) => {
          set((s) => ({ detailErrors: { ...s.detailErrors, [examId]: String(error) } }));
          throw error;
        },
      ),
    );
  },
}));
