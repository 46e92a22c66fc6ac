import { createAttempt, finish, reveal, selectOption, toggleFlag, addTimeSpent } from '@/engine/attempt';
import { packAttempt, unpackAttempt } from '@/stores/packed-attempt';
import { finishedAttemptSchema } from '@/stores/persisted-schemas';
import { blueprint } from '../utils/blueprints';
import { makeQuestion } from '../utils/make-question';

const questions = [
  makeQuestion('soa-p-1', { 'soa-c03': 'monitoring' }),
  makeQuestion('soa-p-2', { 'soa-c03': 'security' }, { type: 'multiple', choose: 2, answer: ['b', 'd'] }),
  makeQuestion('soa-p-3', { 'soa-c03': 'monitoring' }),
];
const byId = new Map(questions.map((q) => [q.id, q]));

function sample() {
  let a = createAttempt({
    id: 'packed-1',
    examId: 'soa-c03',
    mode: 'drill',
    seed: 99,
    now: 1_000,
    minutes: 20,
    settings: { esl: false, unscored: false, practice: true },
    items: questions.map((q, i) => ({ questionId: q.id, domainId: q.exams['soa-c03']!, scored: i !== 2, optionOrder: i === 1 ? ['e', 'a', 'c', 'b', 'd'] : ['c', 'a', 'd', 'b'] })),
  });
  a = selectOption(a, questions[1]!, 'd');
  a = selectOption(a, questions[1]!, 'b');
  a = reveal(a, questions[1]!.id);
  a = toggleFlag(a, questions[2]!.id);
  a = addTimeSpent(a, questions[0]!.id, 12_345);
  a = addTimeSpent(a, questions[1]!.id, 61_000);
  return finish(a, byId, blueprint('soa-c03'), 300_000, 'submitted');
}

describe('packed attempts (history v3, read by the migration to v4)', () => {
  it('round-trips exactly', () => {
    const attempt = sample();
    expect(unpackAttempt(JSON.parse(JSON.stringify(packAttempt(attempt))))).toEqual(attempt);
  });

  it('is much smaller than the plain form', () => {
    const attempt = sample();
    expect(JSON.stringify(packAttempt(attempt)).length).toBeLessThan(JSON.stringify(attempt).length);
  });

  it('passes older plain attempts through for the schema to check', () => {
    const attempt = sample();
    expect(unpackAttempt(attempt)).toBe(attempt);
    expect(finishedAttemptSchema.safeParse(unpackAttempt(attempt)).success).toBe(true);
  });

  it('leaves a damaged packed attempt for the schema to reject', () => {
    const damaged = { ...packAttempt(sample()), q: 'not a list' };
    expect(finishedAttemptSchema.safeParse(unpackAttempt(damaged)).success).toBe(false);
  });
});
