import { allocateByWeight } from './allocate';
import { placeItems, preferUnseen, type AssembleResult } from './assemble';
import { createRng } from './random';
import type { Blueprint, Question } from './types';

export const DRILL_MIN = 5;
export const DRILL_MAX = 65;
/** The exam's own pace: 130 minutes for 65 questions. */
export const SECONDS_PER_QUESTION = 120;

export interface DrillRequest {
  blueprint: Blueprint;
  questions: readonly Question[];
  seed: number;
  count: number;
  /** Only these domains of the blueprint; empty or absent means all. */
  domainIds?: readonly string[];
  /** Only questions carrying at least one of these topic tags. */
  topics?: readonly string[];
  /** Exactly these questions (retake missed, due re-drill); overrides the filters. */
  questionIds?: readonly string[];
  lastSeen?: ReadonlyMap<string, number>;
}

/** The questions a drill may draw from. */
export function drillPool(request: Omit<DrillRequest, 'seed' | 'count'>): Question[] {
  const { blueprint, questions, domainIds, topics, questionIds } = request;
  const inExam = questions.filter((q) => q.exams[blueprint.id] !== undefined);
  if (questionIds) {
    const wanted = new Set(questionIds);
    return inExam.filter((q) => wanted.has(q.id));
  }
  return inExam.filter(
    (q) =>
      (!domainIds || domainIds.length === 0 || domainIds.includes(q.exams[blueprint.id]!)) &&
      (!topics || topics.length === 0 || q.topics.some((t) => topics.includes(t))),
  );
}

/**
 * Builds a drill: up to `count` questions from the pool, spread over the chosen domains by
 * weight where the pool allows, fresh questions first. Every item is scored.
 */
export function assembleDrill(request: DrillRequest): AssembleResult {
  const pool = drillPool(request);
  const count = Math.min(Math.max(1, Math.trunc(request.count)), pool.length);
  if (pool.length === 0) return { ok: false, shortages: [{ domainId: 'all', available: 0, needed: Math.max(1, request.count) }] };
  const { blueprint } = request;
  const rng = createRng(request.seed);
  const domainOf = (q: Question) => q.exams[blueprint.id]!;
  const domains = blueprint.domains.filter((d) => pool.some((q) => domainOf(q) === d.id));
  const target = allocateByWeight(domains, count);
  const ordered = preferUnseen(pool, rng, request.lastSeen);
  const picked: Question[] = [];
  for (const d of domains) picked.push(...ordered.filter((q) => domainOf(q) === d.id).slice(0, target[d.id] ?? 0));
  // A thin domain leaves room that the others fill, still fresh questions first.
  for (const q of ordered) {
    if (picked.length >= count) break;
    if (!picked.includes(q)) picked.push(q);
  }
  return { ok: true, items: placeItems(picked.map((question) => ({ question, domainId: domainOf(question), scored: true })), rng) };
}

/** Minutes for a timed drill at the exam's pace. */
export function drillMinutes(count: number): number {
  return Math.ceil((count * SECONDS_PER_QUESTION) / 60);
}
