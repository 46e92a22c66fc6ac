import * as z from 'zod/mini';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ExamId } from '@/config/exams';
import { entriesFromAttempt } from '@/engine/answer-log';
import { assembleMock, type AssembleResult, type Shortage } from '@/engine/assemble';
import * as engine from '@/engine/attempt';
import { assembleDrill, drillMinutes } from '@/engine/drill';
import { examMinutes, isTimeUp } from '@/engine/timing';
import type { Attempt, AttemptItem, AttemptMode, AttemptSettings, OptionId } from '@/engine/types';
import { getBlueprint } from '@/lib/blueprints';
import { newAttemptId, newSeed } from '@/lib/ids';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { createValidatedStorage } from '@/lib/storage/validated-storage';
import { useAnswerLogStore } from './answer-log-store';
import { useBankStore } from './bank-store';
import { lastSeenMap, useHistoryStore } from './history-store';
import { storageCallbacks } from './notices-store';
import { ATTEMPT_VERSION, attemptMigrations } from './persisted-migrations';
import { attemptSchema } from './persisted-schemas';
import { useTabStore } from './tab-store';

interface AttemptData {
  active: Attempt | null;
}

export interface StartMockOptions {
  examId: ExamId;
  esl: boolean;
  unscored: boolean;
}

export interface StartDrillOptions {
  examId: ExamId;
  count: number;
  domainIds?: string[];
  topics?: string[];
  questionIds?: string[];
  /** Minutes, or null for untimed; undefined means the exam's pace of two minutes a question. */
  minutes?: number | null;
  practice: boolean;
}

export type StartResult = { ok: true; attemptId: string } | { ok: false; shortages: Shortage[] };

interface AttemptState extends AttemptData {
  startMock: (options: StartMockOptions, now?: number) => Promise<StartResult>;
  startDrill: (options: StartDrillOptions, now?: number) => Promise<StartResult>;
  select: (optionId: OptionId) => void;
  clear: () => void;
  toggleFlag: () => void;
  reveal: () => void;
  pause: (now?: number) => void;
  resume: (now?: number) => void;
  goTo: (index: number, now?: number) => void;
  /** Ends the attempt, files it in history and returns its id. */
  submit: (now?: number) => Promise<string | null>;
  /** Submits automatically if the deadline has passed; returns the id of an attempt it ended. */
  settleIfDue: (now?: number) => Promise<string | null>;
  discard: () => void;
}

/** Starts fetching an exam's explanations (see src/bank/split.ts); a failure shows where they are needed. */
function prefetchDetails(examId: ExamId): void {
  void useBankStore.getState().loadDetails(examId).catch(() => undefined);
}

/** When the current question appeared on screen; memory only, for the pacing figures. */
let viewStartedAt: number | null = null;

function withTimeOnCurrent(attempt: Attempt, now: number): Attempt {
  const item = attempt.items[attempt.current];
  const since = viewStartedAt;
  viewStartedAt = attempt.pausedAt === null ? now : null;
  if (!item || since === null) return attempt;
  return engine.addTimeSpent(attempt, item.questionId, Math.min(now - since, 30 * 60_000));
}

async function finishAndFile(attempt: Attempt, at: number, endedBy: 'submitted' | 'time-up'): Promise<Attempt> {
  const bank = await useBankStore.getState().load(attempt.examId);
  const blueprint = getBlueprint(attempt.examId);
  const done = endedBy === 'time-up' ? engine.settle(attempt, bank.byId, blueprint, at) : engine.finish(attempt, bank.byId, blueprint, at, 'submitted');
  useHistoryStore.getState().add(done);
  useAnswerLogStore.getState().append(entriesFromAttempt(done, bank.byId));
  return done;
}

export const useAttemptStore = create<AttemptState>()(
  persist(
    (set, get) => {
      /** Applies an engine step to the active attempt, if there is one. */
      const update = (step: (attempt: Attempt) => Attempt) => {
        const active = get().active;
        if (!active || useTabStore.getState().readOnly) return;
        const next = step(active);
        if (next !== active) set({ active: next });
      };

      const currentItem = () => {
        const active = get().active;
        return active ? active.items[active.current] : undefined;
      };

      const currentQuestion = () => {
        const active = get().active;
        const item = currentItem();
        return active && item ? useBankStore.getState().banks[active.examId]?.byId.get(item.questionId) : undefined;
      };

      const begin = (examId: ExamId, mode: AttemptMode, seed: number, assembled: AssembleResult, minutes: number | null, settings: AttemptSettings, now: number): StartResult => {
        if (!assembled.ok) return { ok: false, shortages: assembled.shortages };
        const attempt = engine.createAttempt({ id: newAttemptId(), examId, mode, seed, now, minutes, settings, items: assembled.items as AttemptItem[] });
        viewStartedAt = now;
        set({ active: attempt });
        return { ok: true, attemptId: attempt.id };
      };

      const end = async (attempt: Attempt, at: number, endedBy: 'submitted' | 'time-up') => {
        const done = await finishAndFile(attempt, at, endedBy);
        viewStartedAt = null;
        if (get().active?.id === attempt.id) set({ active: null });
        return done.id;
      };

      return {
        active: null,

        startMock: async ({ examId, esl, unscored }, now = Date.now()) => {
          const blueprint = getBlueprint(examId);
          const bank = await useBankStore.getState().load(examId);
          const seed = newSeed();
          const useUnscored = unscored && blueprint.scoredQuestions < blueprint.totalQuestions;
          const assembled = assembleMock({ blueprint, questions: bank.questions, byDomain: bank.byDomain, seed, unscored: useUnscored, lastSeen: lastSeenMap(examId) });
          return begin(examId, 'mock', seed, assembled, examMinutes(blueprint.minutes, esl), { esl, unscored: useUnscored, practice: false }, now);
        },

        startDrill: async ({ examId, count, domainIds, topics, questionIds, minutes, practice }, now = Date.now()) => {
          const blueprint = getBlueprint(examId);
          const bank = await useBankStore.getState().load(examId);
          const seed = newSeed();
          const assembled = assembleDrill({ blueprint, questions: bank.questions, seed, count, domainIds, topics, questionIds, lastSeen: lastSeenMap(examId) });
          const drawn = assembled.ok ? assembled.items.length : 0;
          const limit = minutes === undefined ? drillMinutes(drawn) : minutes;
          // Practice feedback shows explanations right after "Check answer": fetch them now, not then.
          if (practice) prefetchDetails(examId);
          return begin(examId, 'drill', seed, assembled, limit, { esl: false, unscored: false, practice }, now);
        },

        select: (optionId) => {
          const question = currentQuestion();
          if (!question) return;
          update((a) => engine.selectOption(a, question, optionId));
          // A practice drill resumed after a reload has not fetched its explanations yet; an answer comes before "Check answer".
          const active = get().active;
          if (active?.settings.practice) prefetchDetails(active.examId);
        },

        clear: () => {
          const item = currentItem();
          if (item) update((a) => engine.clearAnswer(a, item.questionId));
        },

        toggleFlag: () => {
          const item = currentItem();
          if (item) update((a) => engine.toggleFlag(a, item.questionId));
        },

        reveal: () => {
          const item = currentItem();
          if (item) update((a) => engine.reveal(a, item.questionId));
        },

        pause: (now = Date.now()) =>
          update((a) => {
            const paused = engine.pause(withTimeOnCurrent(a, now), now);
            viewStartedAt = null;
            return paused;
          }),

        resume: (now = Date.now()) =>
          update((a) => {
            viewStartedAt = now;
            return engine.resume(a, now);
          }),

        goTo: (index, now = Date.now()) => update((a) => engine.goTo(index === a.current ? a : withTimeOnCurrent(a, now), index)),

        submit: async (now = Date.now()) => {
          const active = get().active;
          if (!active || useTabStore.getState().readOnly) return null;
          const timed = withTimeOnCurrent(active, now);
          return end(timed, now, isTimeUp(timed.deadline, now) && timed.pausedAt === null ? 'time-up' : 'submitted');
        },

        settleIfDue: async (now = Date.now()) => {
          const active = get().active;
          if (!active || active.pausedAt !== null || !isTimeUp(active.deadline, now)) return null;
          return end(active, now, 'time-up');
        },

        discard: () => {
          viewStartedAt = null;
          set({ active: null });
        },
      };
    },
    {
      name: STORAGE_KEYS.attempt,
      version: ATTEMPT_VERSION,
      storage: createValidatedStorage<AttemptData>({
        schema: z.object({ active: z.nullable(attemptSchema) }),
        version: ATTEMPT_VERSION,
        migrations: attemptMigrations,
        ...storageCallbacks,
      }),
      partialize: (s): AttemptData => ({ active: s.active }),
    },
  ),
);
