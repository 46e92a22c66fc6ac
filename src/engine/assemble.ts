import { allocateByWeight } from './allocate';
import { createRng, shuffle, type Rng } from './random';
import type { AttemptItem, Blueprint, ExamId, Question } from './types';

/** A domain without enough questions for the exam asked for. */
export interface Shortage {
  domainId: string;
  available: number;
  needed: number;
}

export type AssembleResult = { ok: true; items: AttemptItem[] } | { ok: false; shortages: Shortage[] };

export interface MockRequest {
  blueprint: Blueprint;
  questions: readonly Question[];
  seed: number;
  /** 15 hidden unscored items, as on the real exam. */
  unscored: boolean;
  /** Question id → when it was last seen; unseen questions are used first, then the longest unseen. */
  lastSeen?: ReadonlyMap<string, number>;
  /** `questionsByDomain(questions, blueprint.id)`, for a caller that keeps it with the bank; derived here if absent. */
  byDomain?: ReadonlyMap<string, readonly Question[]>;
}

/** An exam's questions by their domain in that exam, in bank order: derived once per bank rather than on every start. */
export function questionsByDomain<Q extends Question>(questions: readonly Q[], examId: ExamId): ReadonlyMap<string, readonly Q[]> {
  const byDomain = new Map<string, Q[]>();
  for (const question of questions) {
    const domainId = question.exams[examId];
    if (domainId === undefined) continue;
    const list = byDomain.get(domainId);
    if (list) list.push(question);
    else byDomain.set(domainId, [question]);
  }
  return byDomain;
}

/** How many questions each domain contributes, scored and unscored. */
export function mockComposition(blueprint: Blueprint, unscored: boolean): { scored: Record<string, number>; unscored: Record<string, number> } {
  const scoredTotal = unscored ? blueprint.scoredQuestions : blueprint.totalQuestions;
  return {
    scored: allocateByWeight(blueprint.domains, scoredTotal),
    unscored: allocateByWeight(blueprint.domains, blueprint.totalQuestions - scoredTotal),
  };
}

/** Fresh questions first (in random order), then those seen longest ago. */
export function preferUnseen(candidates: readonly Question[], rng: Rng, lastSeen?: ReadonlyMap<string, number>): Question[] {
  const shuffled = shuffle(candidates, rng);
  if (!lastSeen || lastSeen.size === 0) return shuffled;
  return shuffled
    .map((q, index) => ({ q, index, seen: lastSeen.get(q.id) ?? -Infinity }))
    .sort((a, b) => a.seen - b.seen || a.index - b.index)
    .map((x) => x.q);
}

/** Places picked questions in a seeded order with seeded option order. */
export function placeItems(picked: readonly { question: Question; domainId: string; scored: boolean }[], rng: Rng): AttemptItem[] {
  return shuffle(picked, rng).map(({ question, domainId, scored }) => ({
    questionId: question.id,
    domainId,
    scored,
    optionOrder: shuffle(
      question.options.map((o) => o.id),
      rng,
    ),
  }));
}

/**
 * Builds a full mock: per-domain counts by weight (largest remainders), no question twice,
 * a seeded order of questions and options. Never borrows from another domain to fill a gap.
 */
export function assembleMock(request: MockRequest): AssembleResult {
  const { blueprint, questions, seed, unscored, lastSeen } = request;
  const byDomain = request.byDomain ?? questionsByDomain(questions, blueprint.id);
  const rng = createRng(seed);
  const composition = mockComposition(blueprint, unscored);
  const shortages: Shortage[] = [];
  const picked: { question: Question; domainId: string; scored: boolean }[] = [];

  for (const domain of blueprint.domains) {
    const scoredCount = composition.scored[domain.id] ?? 0;
    const unscoredCount = composition.unscored[domain.id] ?? 0;
    const needed = scoredCount + unscoredCount;
    const candidates = byDomain.get(domain.id) ?? [];
    if (candidates.length < needed) {
      shortages.push({ domainId: domain.id, available: candidates.length, needed });
      continue;
    }
    const chosen = preferUnseen(candidates, rng, lastSeen).slice(0, needed);
    // Which of the chosen are pretest items is itself random, so they cannot be guessed by position.
    const unscoredIds = new Set(shuffle(chosen, rng).slice(0, unscoredCount).map((q) => q.id));
    for (const question of chosen) picked.push({ question, domainId: domain.id, scored: !unscoredIds.has(question.id) });
  }

  if (shortages.length > 0) return { ok: false, shortages };
  return { ok: true, items: placeItems(picked, rng) };
}
