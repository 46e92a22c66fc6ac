import type { AnswerLogEntry } from './answer-log';
import type { Attempt, Blueprint, Question } from './types';

export interface DomainStanding {
  domainId: string;
  weight: number;
  correct: number;
  total: number;
  /** Whole percent correct, or null with no answers yet. */
  percent: number | null;
  /** Percentage points below the line (0 when at or above it). */
  shortfall: number;
  /** Scaled points the total would gain by bringing this domain up to the line. */
  gain: number;
}

/**
 * Per domain, accuracy over the given attempts against the passing line, ranked by the scaled
 * points a learner would gain by bringing each up to the line (weight × shortfall, converted with
 * the slope of our scaled mapping below the cut), so the top of the list is the best use of study time.
 */
export function rankDomains(attempts: readonly Pick<Attempt, 'result'>[], blueprint: Blueprint): DomainStanding[] {
  const slope = (blueprint.passingScore - 100) / blueprint.rawCutPercent;
  const standings = blueprint.domains.map((d) => {
    let correct = 0;
    let total = 0;
    for (const attempt of attempts) {
      const r = attempt.result?.domains.find((x) => x.domainId === d.id);
      if (r) {
        correct += r.correct;
        total += r.total;
      }
    }
    const percent = total === 0 ? null : Math.floor((correct * 100) / total);
    const shortfall = percent === null ? 0 : Math.max(0, blueprint.rawCutPercent - percent);
    return { domainId: d.id, weight: d.weight, correct, total, percent, shortfall, gain: Math.round((d.weight / 100) * shortfall * slope) };
  });
  return standings.sort((a, b) => b.gain - a.gain || (a.percent ?? 101) - (b.percent ?? 101) || b.weight - a.weight);
}

export interface TopicStanding {
  topic: string;
  correct: number;
  total: number;
  percent: number;
}

/** The weakest topic tags in the log for one exam, with at least `minAnswers` answers each. */
export function weakestTopics(
  log: readonly AnswerLogEntry[],
  questionsById: ReadonlyMap<string, Question>,
  examId: string,
  options: { minAnswers?: number; limit?: number; belowPercent?: number } = {},
): TopicStanding[] {
  const { minAnswers = 3, limit = 5, belowPercent = 100 } = options;
  const tally = new Map<string, { correct: number; total: number }>();
  for (const entry of log) {
    if (entry.examId !== examId) continue;
    const question = questionsById.get(entry.questionId);
    if (!question) continue;
    for (const topic of question.topics) {
      const t = tally.get(topic) ?? { correct: 0, total: 0 };
      t.total += 1;
      if (entry.correct) t.correct += 1;
      tally.set(topic, t);
    }
  }
  return [...tally.entries()]
    .filter(([, t]) => t.total >= minAnswers)
    .map(([topic, t]) => ({ topic, correct: t.correct, total: t.total, percent: Math.floor((t.correct * 100) / t.total) }))
    .filter((t) => t.percent < belowPercent)
    .sort((a, b) => a.percent - b.percent || b.total - a.total || a.topic.localeCompare(b.topic))
    .slice(0, limit);
}

/** One point per attempt: when, and percent correct in each domain. */
export function domainTrend(attempts: readonly Pick<Attempt, 'result' | 'finishedAt'>[], blueprint: Blueprint): { at: number; [domainId: string]: number }[] {
  return [...attempts]
    .filter((a) => a.result && a.finishedAt !== null)
    .sort((a, b) => a.finishedAt! - b.finishedAt!)
    .map((a) => {
      const point: { at: number; [domainId: string]: number } = { at: a.finishedAt! };
      for (const d of blueprint.domains) {
        const r = a.result!.domains.find((x) => x.domainId === d.id);
        if (r) point[d.id] = r.percent;
      }
      return point;
    });
}
