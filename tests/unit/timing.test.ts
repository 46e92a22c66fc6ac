import { createAttempt, finish, selectOption, settle } from '@/engine/attempt';
import { deadlineFrom, examMinutes, formatClock, isTimeUp, isWarning, remainingMs } from '@/engine/timing';
import { blueprint } from '../utils/blueprints';
import { makeQuestion } from '../utils/make-question';

const START = Date.UTC(2026, 10, 23, 9, 0, 0);
const soa = blueprint('soa-c03');

describe('time from a saved deadline', () => {
  const deadline = deadlineFrom(START, examMinutes(soa.minutes, false));

  it('lasts 130 minutes, or 160 with ESL +30', () => {
    expect(deadline - START).toBe(130 * 60_000);
    expect(deadlineFrom(START, examMinutes(130, true)) - START).toBe(160 * 60_000);
  });

  it('is open at deadline − 1 ms and over at the deadline', () => {
    expect(isTimeUp(deadline, deadline - 1)).toBe(false);
    expect(remainingMs(deadline, deadline - 1)).toBe(1);
    expect(isTimeUp(deadline, deadline)).toBe(true);
    expect(remainingMs(deadline, deadline + 5000)).toBe(0);
  });

  it('never ends an untimed drill', () => {
    expect(isTimeUp(null, Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('warns under five minutes, not at five', () => {
    expect(isWarning(deadline, deadline - 5 * 60_000)).toBe(false);
    expect(isWarning(deadline, deadline - 5 * 60_000 + 1)).toBe(true);
    expect(isWarning(deadline, deadline)).toBe(false);
  });

  it('formats the countdown', () => {
    expect(formatClock(130 * 60_000)).toBe('2:10:00');
    expect(formatClock(9 * 60_000 + 59_001)).toBe('10:00');
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(0)).toBe('0:00');
  });
});

describe('automatic submission', () => {
  const q1 = makeQuestion('q1', { 'soa-c03': 'monitoring' });
  const q2 = makeQuestion('q2', { 'soa-c03': 'security' });
  const byId = new Map([q1, q2].map((q) => [q.id, q]));
  const base = createAttempt({
    id: 'att-1',
    examId: 'soa-c03',
    mode: 'mock',
    seed: 1,
    now: START,
    minutes: 130,
    settings: { esl: false, unscored: false, practice: false },
    items: [q1, q2].map((q) => ({ questionId: q.id, domainId: q.exams['soa-c03']!, scored: true, optionOrder: ['a', 'b', 'c', 'd'] })),
  });
  const answered = selectOption(base, q1, 'a');

  it('leaves an attempt open until the deadline', () => {
    expect(settle(answered, byId, soa, base.deadline! - 1)).toBe(answered);
  });

  it('submits at the deadline with the answers it had', () => {
    const done = settle(answered, byId, soa, base.deadline!);
    expect(done.endedBy).toBe('time-up');
    expect(done.finishedAt).toBe(base.deadline);
    expect(done.result?.correct).toBe(1);
    expect(done.result?.unanswered).toBe(1);
  });

  it('stamps the deadline when reopened days later', () => {
    const done = settle(answered, byId, soa, base.deadline! + 3 * 24 * 3600_000);
    expect(done.finishedAt).toBe(base.deadline);
    expect(done.result?.timeUsedMs).toBe(130 * 60_000);
  });

  it('does not change a finished attempt again', () => {
    const submitted = finish(answered, byId, soa, START + 60_000, 'submitted');
    expect(settle(submitted, byId, soa, base.deadline! + 1)).toBe(submitted);
    expect(selectOption(submitted, q2, 'a')).toBe(submitted);
  });
});
