import { useEffect } from 'react';
import type { ExamId } from '@/config/exams';
import { useBankStore, type DetailedBank, type LoadedBank } from '@/stores/bank-store';

/** An exam's question bank, fetched on first use; `failed` when its chunk could not be loaded. */
export function useBank(examId: ExamId | undefined): { bank: LoadedBank | undefined; failed: boolean } {
  const bank = useBankStore((s) => (examId ? s.banks[examId] : undefined));
  const failed = useBankStore((s) => (examId ? s.errors[examId] !== undefined : false));
  useEffect(() => {
    if (examId) void useBankStore.getState().load(examId).catch(() => undefined);
  }, [examId]);
  return { bank, failed };
}

/**
 * An exam's whole questions, explanations included, for screens that show them throughout (the
 * review); the details chunk comes after the questions (see src/bank/split.ts).
 */
export function useBankDetails(examId: ExamId | undefined): { bank: DetailedBank | undefined; failed: boolean } {
  const bank = useBankStore((s) => (examId ? s.details[examId] : undefined));
  const failed = useBankStore((s) => (examId ? s.errors[examId] !== undefined || s.detailErrors[examId] !== undefined : false));
  useEffect(() => {
    if (examId) void useBankStore.getState().loadDetails(examId).catch(() => undefined);
  }, [examId]);
  return { bank, failed };
}
