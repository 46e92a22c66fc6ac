import { createAttempt, finish, selectOption } from '@/engine/attempt';
import type { AnswerLogEntry } from '@/engine/answer-log';
import { entriesFromAttempt, appendEntries } from '@/engine/answer-log';
import { pacingReport } from '@/engine/pacing';
import { domainTrend, rankDomains, weakestTopics } from '@/engine/weakness';
import type { Attempt } from '@/engine/types';
import { blueprint } from '../utils/blueprints';
import { makeQuestion } from '../utils/make-question';

const soa = blueprint('soa-c03');

function finishedWith(domains: Record<string, [number, number]>, at: number): Attempt {
  const base = createAttempt({ id: `a${at}`, examId: 'soa-c03', mode: 'mock', seed: 1, now: at - 1000, minutes: 130, settings: { esl: false, unscored: false, practice: false }, items: [{ questionId: 'x', domainId: 'monitoring', scored: true, optionOrder: ['a', 'b', 'c', 'd'] }] });
  return {
    ...base,
    finishedAt: at,
    result: {
      correct: 0,
      scoredTotal: 0,
      scaledScore: 500,
      passed: false,
      passingScore: 720,
      unscoredCorrect: 0,
      unscoredTotal: 0,
      unanswered: 0,
      timeUsedMs: 1000,
      domains: Object.entries(domains).map(([domainId, [correct, total]]) => ({ domainId, correct, total, percent: Math.floor((correct * 100) / total), meets: correct * 100 >= 70 * total })),
    },
  };
}

describe('rankDomains', () => {
  it('ranks by weight × shortfall in scaled points', () => {
    const attempts = [
      finishedWith({ monitoring: [7, 14], security: [5, 11], networking: [12, 12], reliability: [10, 14], deployment: [9, 14] }, 1),
    ];
    const ranked = rankDomains(attempts, soa);
    // monitoring: 50% → 20 pts short × 22% weight; security: 45% → 25 short × 16%.
    expect(ranked.map((r) => r.domainId)).toEqual(['monitoring', 'security', 'deployment', 'reliability', 'networking']);
    expect(ranked[0]).toMatchObject({ percent: 50, shortfall: 20, gain: Math.round(0.22 * 20 * (620 / 70)) });
    expect(ranked.at(-1)).toMatchObject({ shortfall: 0, gain: 0 });
  });

  it('pools several attempts', () => {
    const ranked = rankDomains([finishedWith({ security: [2, 10] }, 1), finishedWith({ security: [8, 10] }, 2)], soa);
    expect(ranked.find((r) => r.domainId === 'security')).toMatchObject({ correct: 10, total: 20, percent: 50 });
    expect(ranked.find((r) => r.domainId === 'monitoring')).toMatchObject({ percent: null, gain: 0 });
  });
});

describe('domainTrend', () => {
  it('gives one point per attempt in time order', () => {
    const trend = domainTrend([finishedWith({ security: [8, 10] }, 20), finishedWith({ security: [2, 10] }, 10)], soa);
    expect(trend).toEqual([
      { at: 10, security: 20 },
      { at: 20, security: 80 },
    ]);
  });
});

describe('answer log and weakest topics', () => {
  const kms = makeQuestion('k1', { 'soa-c03': 'security' }, { topics: ['kms'] });
  const kms2 = makeQuestion('k2', { 'soa-c03': 'security' }, { topics: ['kms', 'iam'] });
  const vpc = makeQuestion('v1', { 'soa-c03': 'networking' }, { topics: ['vpc'] });
  const byId = new Map([kms, kms2, vpc].map((q) => [q.id, q]));

  it('logs one graded entry per scored question, once per attempt', () => {
    let a = createAttempt({
      id: 'att',
      examId: 'soa-c03',
      mode: 'drill',
      seed: 1,
      now: 0,
      minutes: null,
      settings: { esl: false, unscored: false, practice: true },
      items: [kms, vpc].map((q) => ({ questionId: q.id, domainId: q.exams['soa-c03']!, scored: true, optionOrder: ['a', 'b', 'c', 'd'] })),
    });
    a = finish(selectOption(a, kms, 'a'), byId, soa, 5000, 'submitted');
    const entries = entriesFromAttempt(a, byId);
    expect(entries.map((e) => [e.questionId, e.correct, e.at])).toEqual([
      ['k1', true, 5000],
      ['v1', false, 5000],
    ]);
    expect(appendEntries(entries, entries)).toHaveLength(2);
  });

  it('finds the weakest topics with enough answers', () => {
    const e = (questionId: string, correct: boolean, i: number): AnswerLogEntry => ({ questionId, examId: 'soa-c03', attemptId: `a${i}`, at: i, mode: 'mock', correct, flagged: false, seconds: 1 });
    const log = [e('k1', false, 1), e('k2', false, 2), e('k1', true, 3), e('v1', true, 4), e('v1', true, 5), e('v1', false, 6), e('k2', true, 7)];
    expect(weakestTopics(log, byId, 'soa-c03')).toEqual([
      { topic: 'kms', correct: 2, total: 4, percent: 50 },
      { topic: 'vpc', correct: 2, total: 3, percent: 66 },
    ]);
  });
});

describe('pacingReport', () => {
  it('reports time per question against two minutes, the slowest, and time left', () => {
    const base = createAttempt({ id: 'p', examId: 'soa-c03', mode: 'mock', seed: 1, now: 0, minutes: 130, settings: { esl: false, unscored: false, practice: false }, items: ['q1', 'q2', 'q3'].map((id) => ({ questionId: id, domainId: 'monitoring', scored: true, optionOrder: ['a', 'b', 'c', 'd'] })) });
    const attempt: Attempt = { ...base, secondsSpent: { q1: 30, q2: 200, q3: 125 }, finishedAt: 100 * 60_000 };
    const report = pacingReport(attempt, 2);
    expect(report.medianSeconds).toBe(125);
    expect(report.overPace).toBe(2);
    expect(report.slowest.map((s) => s.number)).toEqual([2, 3]);
    expect(report.timeLeftMs).toBe(30 * 60_000);
  });
});
