import { createAttempt, finish, selectOption } from '@/engine/attempt';
import { correctNeededToPass, scaledScore } from '@/engine/scale';
import { isCorrect, scoreAttempt } from '@/engine/scoring';
import { blueprint } from '../utils/blueprints';
import { makeQuestion } from '../utils/make-question';

describe('isCorrect', () => {
  const multi = makeQuestion('m', { 'soa-c03': 'monitoring' }, { type: 'multiple', choose: 2, answer: ['a', 'c'] });

  it('needs every key and nothing else for multiple response', () => {
    expect(isCorrect(multi, ['c', 'a'])).toBe(true);
    expect(isCorrect(multi, ['a'])).toBe(false);
    expect(isCorrect(multi, ['a', 'b'])).toBe(false);
    expect(isCorrect(multi, ['a', 'b', 'c'])).toBe(false);
  });

  it('counts unanswered as wrong', () => {
    expect(isCorrect(multi, undefined)).toBe(false);
    expect(isCorrect(multi, [])).toBe(false);
  });
});

describe('scaledScore', () => {
  it('puts the raw cut exactly on the passing score', () => {
    expect(scaledScore(35, 50, 70, 720)).toBe(720);
    expect(scaledScore(34, 50, 70, 720)).toBeLessThan(720);
    expect(correctNeededToPass(50, 70)).toBe(35);
    expect(correctNeededToPass(65, 70)).toBe(46);
    expect(scaledScore(46, 65, 70, 720)).toBeGreaterThanOrEqual(720);
    expect(scaledScore(45, 65, 70, 720)).toBeLessThan(720);
    expect(scaledScore(35, 50, 70, 700)).toBe(700);
  });

  it('runs from 100 to 1000', () => {
    expect(scaledScore(0, 50, 70, 720)).toBe(100);
    expect(scaledScore(50, 50, 70, 720)).toBe(1000);
  });

  it('is monotone for every exam size and mark', () => {
    for (const [total, pass] of [
      [50, 720],
      [65, 720],
      [50, 700],
      [7, 720],
    ] as const) {
      let previous = 0;
      for (let c = 0; c <= total; c += 1) {
        const s = scaledScore(c, total, 70, pass);
        expect(s).toBeGreaterThanOrEqual(previous);
        expect(s >= pass).toBe(c * 100 >= 70 * total);
        previous = s;
      }
    }
  });
});

describe('scoreAttempt', () => {
  const soa = blueprint('soa-c03');
  const questions = [
    makeQuestion('m1', { 'soa-c03': 'monitoring' }),
    makeQuestion('m2', { 'soa-c03': 'monitoring' }),
    makeQuestion('s1', { 'soa-c03': 'security' }, { type: 'multiple', choose: 2, answer: ['b', 'd'] }),
    makeQuestion('p1', { 'soa-c03': 'networking' }),
  ];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const attempt = createAttempt({
    id: 'a',
    examId: 'soa-c03',
    mode: 'mock',
    seed: 1,
    now: 0,
    minutes: 130,
    settings: { esl: false, unscored: true, practice: false },
    items: questions.map((q) => ({ questionId: q.id, domainId: q.exams['soa-c03']!, scored: q.id !== 'p1', optionOrder: ['a', 'b', 'c', 'd'] })),
  });

  it('scores per domain and keeps unscored items out of the score', () => {
    let a = selectOption(attempt, questions[0]!, 'a');
    a = selectOption(a, questions[1]!, 'c');
    a = selectOption(a, questions[2]!, 'b');
    a = selectOption(a, questions[2]!, 'd');
    a = selectOption(a, questions[3]!, 'a');
    const result = scoreAttempt(a, byId, soa, 90 * 60_000);
    expect(result.correct).toBe(2);
    expect(result.scoredTotal).toBe(3);
    expect(result.unscoredTotal).toBe(1);
    expect(result.unscoredCorrect).toBe(1);
    expect(result.domains).toEqual([
      { domainId: 'monitoring', correct: 1, total: 2, percent: 50, meets: false },
      { domainId: 'security', correct: 1, total: 1, percent: 100, meets: true },
    ]);
    expect(result.timeUsedMs).toBe(90 * 60_000);
  });

  it('never lets more than N be selected on a multiple-response question', () => {
    let a = selectOption(attempt, questions[2]!, 'a');
    a = selectOption(a, questions[2]!, 'b');
    a = selectOption(a, questions[2]!, 'c');
    expect(a.answers.s1).toEqual(['a', 'b']);
    a = selectOption(a, questions[2]!, 'a');
    expect(a.answers.s1).toEqual(['b']);
  });

  it('passes on the total alone (compensatory)', () => {
    const done = finish(selectOption(selectOption(attempt, questions[0]!, 'a'), questions[1]!, 'a'), byId, soa, 1000, 'submitted');
    expect(done.result?.passed).toBe(false);
    expect(done.result?.correct).toBe(2);
  });
});
