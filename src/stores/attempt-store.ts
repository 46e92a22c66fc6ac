import { z } from 'zod';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ExamId } from '@/config/exams';
import { assembleMock, type Shortage } from '@/engine/assemble';
import * as engine from '@/engine/attempt';
import { examMinutes, isTimeUp } from '@/engine/timing';
import type { Attempt, OptionId } from '@/engine/types';
import { getBlueprint } from '@/lib/blueprints';
import { newAttemptId, newSeed } from '@/lib/ids';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { createValidatedStorage } from '@/lib/storage/validated-storage';
import { useBankStore } from './bank-store';
import { lastSeenMap, useHistoryStore } from './history-store';
import { storageCallbacks, useNoticesStore } from './notices-store';
import { attemptSchema } from './persisted-schemas';

interface AttemptData {
  active: Attempt | null;
}

export interface StartMockOptions {
  examId: ExamId;
  esl: boolean;
  unscored: boolean;
}

export type StartResult = { ok: true; attemptId: string } | { ok: false; shortages: Shortage[] };

interface AttemptState extends AttemptData {
  startMock: (options: StartMockOptions, now?: number) => Promise<StartResult>;
  select: (optionId: OptionId) => void;
  clear: () => void;
  toggleFlag: () => void;
  goTo: (index: number, now?: number) => void;
  /** Ends the attempt, files it in history and returns its id. */
  submit: (now?: number) => Promise<string | null>;
  /** Submits automatically if the deadline has passed; returns the id of an attempt it ended. */
  settleIfDue: (now?: number) => Promise<string | null>;
  discard: () => void;
}

/** When the current question appeared on screen; memory only, for the pacing figures. */
let viewStartedAt: number | null = null;

function withTimeOnCurrent(attempt: Attempt, now: number): Attempt {
  const item = attempt.items[attempt.current];
  const since = viewStartedAt;
  viewStartedAt = now;
  if (!item || since === null) return attempt;
  return engine.addTimeSpent(attempt, item.questionId, Math.min(now - since, 30 * 60_000));
}

async function finishAndFile(attempt: Attempt, at: number, endedBy: 'submitted' | 'time-up'): Promise<Attempt> {
  const bank = await useBankStore.getState().load(attempt.examId);
  const done =
    endedBy === 'time-up'
      ? engine.settle(attempt, bank.byId, getBlueprint(attempt.examId), at)
      : engine.finish(attempt, bank.byId, getBlueprint(attempt.examId), at, 'submitted');
  useHistoryStore.getState().add(done);
  return done;
}

export const useAttemptStore = create<AttemptState>()(
  persist(
    (set, get) => {
      /** Applies an engine step to the active attempt, if there is one. */
      const update = (step: (attempt: Attempt) => Attempt) => {
        const active = get().active;
        if (!active) return;
        const next = step(active);
        if (next !== active) set({ active: next });
      };

      const currentQuestion = () => {
        const active = get().active;
        const item = active?.items[active.current];
        if (!active || !item) return undefined;
        return useBankStore.getState().banks[active.examId]?.byId.get(item.questionId);
      };

      return {
        active: null,

        startMock: async ({ examId, esl, unscored }, now = Date.now()) => {
          const blueprint = getBlueprint(examId);
          const bank = await useBankStore.getState().load(examId);
          const seed = newSeed();
          const useUnscored = unscored && blueprint.scoredQuestions < blueprint.totalQuestions;
          const assembled = assembleMock({
            blueprint,
            questions: bank.questions,
            seed,
            unscored: useUnscored,
            lastSeen: lastSeenMap(useHistoryStore.getState().attempts.filter((a) => a.examId === examId)),
          });
          if (!assembled.ok) return { ok: false, shortages: assembled.shortages };
          const attempt = engine.createAttempt({
            id: newAttemptId(),
            examId,
            mode: 'mock',
            seed,
            now,
            minutes: examMinutes(blueprint.minutes, esl),
            settings: { esl, unscored: useUnscored, practice: false },
            items: assembled.items,
          });
          viewStartedAt = now;
          set({ active: attempt });
          return { ok: true, attemptId: attempt.id };
        },

        select: (optionId) => {
          const question = currentQuestion();
          if (question) update((a) => engine.selectOption(a, question, optionId));
        },

        clear: () => {
          const item = get().active?.items[get().active?.current ?? 0];
          if (item) update((a) => engine.clearAnswer(a, item.questionId));
        },

        toggleFlag: () => {
          const item = get().active?.items[get().active?.current ?? 0];
          if (item) update((a) => engine.toggleFlag(a, item.questionId));
        },

        goTo: (index, now = Date.now()) => update((a) => engine.goTo(index === a.current ? a : withTimeOnCurrent(a, now), index)),

        submit: async (now = Date.now()) => {
          const active = get().active;
          if (!active) return null;
          const timed = withTimeOnCurrent(active, now);
          const done = await finishAndFile(timed, now, isTimeUp(timed.deadline, now) ? 'time-up' : 'submitted');
          viewStartedAt = null;
          if (get().active?.id === active.id) set({ active: null });
          return done.id;
        },

        settleIfDue: async (now = Date.now()) => {
          const active = get().active;
          if (!active || active.deadline === null || now < active.deadline) return null;
          const done = await finishAndFile(active, now, 'time-up');
          viewStartedAt = null;
          if (get().active?.id === active.id) set({ active: null });
          useNoticesStore.getState().addTimedOut(done.id);
          return done.id;
        },

        discard: () => {
          viewStartedAt = null;
          set({ active: null });
        },
      };
    },
    {
      name: STORAGE_KEYS.attempt,
      version: 1,
      storage: createValidatedStorage<AttemptData>({
        schema: z.object({ active: attemptSchema.nullable() }),
        version: 1,
        ...storageCallbacks,
      }),
      partialize: (s): AttemptData => ({ active: s.active }),
    },
  ),
);

/** The question item on screen, if any. */
export function selectCurrentItem(s: AttemptData) {
  return s.active ? s.active.items[s.active.current] : undefined;
}
