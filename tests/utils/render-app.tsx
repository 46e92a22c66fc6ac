import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Question } from '@/bank/schema';
import type { ExamId } from '@/config/exams';
import { createAttempt } from '@/engine/attempt';
import type { Attempt, AttemptSettings } from '@/engine/types';
import { useAttemptStore } from '@/stores/attempt-store';
import { loadedBank, useBankStore } from '@/stores/bank-store';

/** Renders a screen inside a router that starts at `path` and records where it navigates; `navigate` goes somewhere as the address bar would. */
export function renderAt(ui: ReactElement, path = '/') {
  const location = memoryLocation({ path, record: true });
  const result = render(<Router hook={location.hook}>{ui}</Router>);
  return { ...result, history: location.history, navigate: location.navigate };
}

/** Puts a question bank in the store, as if its chunk had loaded. */
export function provideBank(examId: ExamId, questions: Question[]) {
  useBankStore.setState((s) => ({ banks: { ...s.banks, [examId]: loadedBank(examId, questions) } }));
}

/** Starts an attempt over these questions, in this order, with options in a–f order. */
export function startAttempt(examId: ExamId, questions: Question[], now = Date.now(), settings: Partial<AttemptSettings> = {}): Attempt {
  provideBank(examId, questions);
  const attempt = createAttempt({
    id: 'test-attempt',
    examId,
    mode: 'mock',
    seed: 1,
    now,
    minutes: 130,
    settings: { esl: false, unscored: false, practice: false, ...settings },
    items: questions.map((q) => ({ questionId: q.id, domainId: q.exams[examId] ?? 'unknown', scored: true, optionOrder: q.options.map((o) => o.id) })),
  });
  useAttemptStore.setState({ active: attempt });
  return attempt;
}
