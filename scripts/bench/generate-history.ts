import { resolve } from 'node:path';
import { assembleDrill } from '../../src/engine/drill.ts';
import { assembleMock } from '../../src/engine/assemble.ts';
import { addTimeSpent, createAttempt, finish, selectOption, toggleFlag } from '../../src/engine/attempt.ts';
import { createRng, shuffle, type Rng } from '../../src/engine/random.ts';
import { examMinutes } from '../../src/engine/timing.ts';
import type { Attempt, Blueprint, Question } from '../../src/engine/types.ts';
import { STORAGE_KEYS } from '../../src/lib/storage/keys.ts';
import { fileAttempts, type HistoryData } from '../../src/stores/history-data.ts';
import { historySchema } from '../../src/stores/history-schemas.ts';
import { HISTORY_VERSION } from '../../src/stores/persisted-migrations.ts';
import { finishedAttemptSchema } from '../../src/stores/persisted-schemas.ts';
import { loadBank } from '../bank/load.ts';

/** localStorage key of the history store. */
export const HISTORY_KEY = STORAGE_KEYS.history;

export interface GeneratedHistory {
  /** The exact string put in localStorage under HISTORY_KEY. */
  json: string;
  count: number;
}

const DAY = 24 * 60 * 60_000;

/** A random UUID-like id from the seeded rng, the shape crypto.randomUUID gives the app. */
function fakeUuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Plays one attempt through the real engine (assembly, answering, flagging, time per question,
 * scoring), so the result and per-domain results are exactly what the app would file.
 */
function playAttempt(rng: Rng, blueprint: Blueprint, questions: readonly Question[], byId: ReadonlyMap<string, Question>, finishedAt: number, skill: number): Attempt | null {
  const seed = Math.floor(rng() * 2 ** 32);
  const isDrill = rng() < 0.15;
  const unscored = !isDrill && blueprint.scoredQuestions < blueprint.totalQuestions && rng() < 0.5;
  const esl = !isDrill && rng() < 0.2;
  const assembled = isDrill
    ? assembleDrill({ blueprint, questions, seed, count: 65 })
    : assembleMock({ blueprint, questions, seed, unscored });
  if (!assembled.ok) return null;

  const minutes = isDrill ? 130 : examMinutes(blueprint.minutes, esl);
  // Time used: most learners use 60–95% of the clock.
  const usedMs = Math.round(minutes * 60_000 * (0.6 + rng() * 0.35));
  const startedAt = finishedAt - usedMs;
  let attempt = createAttempt({
    id: fakeUuid(rng),
    examId: blueprint.id,
    mode: isDrill ? 'drill' : 'mock',
    seed,
    now: startedAt,
    minutes,
    settings: { esl, unscored, practice: isDrill && rng() < 0.5 },
    items: assembled.items,
  });

  const perQuestionMs = usedMs / attempt.items.length;
  for (const item of attempt.items) {
    const question = byId.get(item.questionId);
    if (!question) continue;
    if (rng() < 0.96) {
      const picks = rng() < skill ? question.answer : shuffle(question.options.map((o) => o.id), rng).slice(0, question.answer.length);
      for (const optionId of picks) attempt = selectOption(attempt, question, optionId);
    }
    if (rng() < 0.12) attempt = toggleFlag(attempt, question.id);
    // Several visits to some questions, as the review screen invites.
    const visits = rng() < 0.2 ? 2 : 1;
    for (let v = 0; v < visits; v += 1) attempt = addTimeSpent(attempt, question.id, Math.round(perQuestionMs * (0.3 + rng() * 1.4) / visits));
  }
  const endedBy = rng() < 0.05 ? 'time-up' : 'submitted';
  return finish(attempt, byId, blueprint, endedBy === 'time-up' && attempt.deadline !== null ? attempt.deadline : finishedAt, endedBy);
}

/**
 * `count` finished attempts across the four exams over about two years, newest first, each
 * validated with the app's own zod schema, wrapped in zustand persist's envelope.
 */
export function generateHistory(count: number, root: string, now = Date.UTC(2026, 10, 1)): GeneratedHistory {
  const { blueprints, questions, errors } = loadBank(resolve(root, 'questions'));
  if (errors.length > 0) throw new Error(`question bank does not load:\n${errors.slice(0, 5).join('\n')}`);
  const bank = questions.map((q) => q.question);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const perExam = new Map(blueprints.map((bp) => [bp.id, bank.filter((q) => q.exams[bp.id] !== undefined)]));
  const rng = createRng(20261123);
  const attempts: Attempt[] = [];
  const spanMs = 730 * DAY;

  for (let i = 0; attempts.length < count; i += 1) {
    if (i > count * 10) throw new Error('could not assemble enough attempts from the bank');
    const blueprint = blueprints[Math.floor(rng() * blueprints.length)]!;
    const progress = attempts.length / count;
    const finishedAt = Math.round(now - spanMs * progress - rng() * DAY);
    // Newest attempts are the strongest: skill falls from ~0.85 to ~0.45 going back in time.
    const skill = 0.85 - 0.4 * progress + (rng() - 0.5) * 0.1;
    const attempt = playAttempt(rng, blueprint, perExam.get(blueprint.id) ?? [], byId, finishedAt, skill);
    if (!attempt) continue;
    const parsed = finishedAttemptSchema.safeParse(attempt);
    if (!parsed.success) throw new Error(`generated attempt does not match the persisted schema: ${parsed.error.message}`);
    attempts.push(attempt);
  }
  // Filed one at a time, oldest first, through the history store's own code, as the app files each
  // attempt when it ends: the question table grows in the same order and the saved string is what
  // a learner's browser would hold, byte for byte.
  let data: HistoryData = { questionIds: [], attempts: [] };
  for (const attempt of [...attempts].sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0))) data = fileAttempts(data, [attempt]);
  const loads = historySchema.safeParse(data);
  if (!loads.success) throw new Error(`generated history does not load: ${loads.error.message}`);
  return { json: JSON.stringify({ state: data, version: HISTORY_VERSION }), count: data.attempts.length };
}
