import { scaledScore } from './scale';
import type { Attempt, AttemptResult, Blueprint, DomainResult, OptionId, Question } from './types';

/** Single response: the one key. Multiple response: exactly the keys, no partial credit. Unanswered is wrong. */
export function isCorrect(question: Pick<Question, 'answer'>, selected: readonly OptionId[] | undefined): boolean {
  if (!selected || selected.length !== question.answer.length) return false;
  return question.answer.every((id) => selected.includes(id));
}

/** AWS reports each section as "Meets Competencies" or "Needs Improvement"; we draw the line at the raw cut. */
export function meetsCompetencies(correct: number, total: number, rawCutPercent: number): boolean {
  return total > 0 && correct * 100 >= rawCutPercent * total;
}

/** Scores a finished (or finishing) attempt against its questions. */
export function scoreAttempt(
  attempt: Pick<Attempt, 'items' | 'answers' | 'startedAt'>,
  questionsById: ReadonlyMap<string, Question>,
  blueprint: Blueprint,
  finishedAt: number,
  pausedMs = 0,
): AttemptResult {
  const perDomain = new Map<string, { correct: number; total: number }>(blueprint.domains.map((d) => [d.id, { correct: 0, total: 0 }]));
  let correct = 0;
  let scoredTotal = 0;
  let unscoredCorrect = 0;
  let unscoredTotal = 0;
  let unanswered = 0;

  for (const item of attempt.items) {
    const question = questionsById.get(item.questionId);
    const selected = attempt.answers[item.questionId];
    if (!selected || selected.length === 0) unanswered += 1;
    const right = question !== undefined && isCorrect(question, selected);
    if (!item.scored) {
      unscoredTotal += 1;
      if (right) unscoredCorrect += 1;
      continue;
    }
    scoredTotal += 1;
    if (right) correct += 1;
    const bucket = perDomain.get(item.domainId) ?? { correct: 0, total: 0 };
    bucket.total += 1;
    if (right) bucket.correct += 1;
    perDomain.set(item.domainId, bucket);
  }

  const domains: DomainResult[] = [...perDomain.entries()]
    .filter(([, d]) => d.total > 0)
    .map(([domainId, d]) => ({
      domainId,
      correct: d.correct,
      total: d.total,
      percent: Math.floor((d.correct * 100) / d.total),
      meets: meetsCompetencies(d.correct, d.total, blueprint.rawCutPercent),
    }));

  const scaled = scaledScore(correct, scoredTotal, blueprint.rawCutPercent, blueprint.passingScore);
  return {
    correct,
    scoredTotal,
    scaledScore: scaled,
    passed: scaled >= blueprint.passingScore,
    passingScore: blueprint.passingScore,
    domains,
    unscoredCorrect,
    unscoredTotal,
    unanswered,
    timeUsedMs: Math.max(0, finishedAt - attempt.startedAt - pausedMs),
  };
}
