import { assembleMock, questionsByDomain } from '@/engine/assemble';
import { blueprint } from '../utils/blueprints';
import { makeBank, makeQuestion } from '../utils/make-question';

const soa = blueprint('soa-c03');
const bank = makeBank('soa-c03', soa.domains.map((d) => d.id), 30);

function mock(seed: number, unscored = false, lastSeen?: Map<string, number>) {
  const result = assembleMock({ blueprint: soa, questions: bank, seed, unscored, lastSeen });
  if (!result.ok) throw new Error('expected a mock');
  return result.items;
}

describe('assembleMock', () => {
  it('draws 65 questions with no duplicates and the weighted domain counts', () => {
    const items = mock(7);
    expect(items).toHaveLength(65);
    expect(new Set(items.map((i) => i.questionId)).size).toBe(65);
    const perDomain = Object.fromEntries(soa.domains.map((d) => [d.id, items.filter((i) => i.domainId === d.id).length]));
    expect(perDomain).toEqual({ monitoring: 14, reliability: 14, deployment: 14, security: 11, networking: 12 });
    for (const item of items) expect(item.questionId.startsWith(`soa-c03-${item.domainId}-`)).toBe(true);
  });

  it('draws the same exam from questions grouped by domain ahead of time', () => {
    const byDomain = questionsByDomain(bank, 'soa-c03');
    expect([...byDomain.keys()].sort()).toEqual(soa.domains.map((d) => d.id).sort());
    expect(byDomain.get('security')).toEqual(bank.filter((q) => q.exams['soa-c03'] === 'security'));
    for (const seed of [1, 2, 3]) expect(assembleMock({ blueprint: soa, questions: bank, byDomain, seed, unscored: true })).toEqual(assembleMock({ blueprint: soa, questions: bank, seed, unscored: true }));
  });

  it('gives the same exam for the same seed and a different one for another seed', () => {
    expect(mock(42)).toEqual(mock(42));
    expect(mock(42).map((i) => i.questionId)).not.toEqual(mock(43).map((i) => i.questionId));
  });

  it('shuffles option order with the seed', () => {
    const orders = mock(3).map((i) => i.optionOrder.join(''));
    expect(new Set(orders).size).toBeGreaterThan(1);
    for (const order of orders) expect([...order].sort().join('')).toBe('abcd');
  });

  it('hides 15 unscored items, 11/11/11/8/9 scored, when realism is on', () => {
    const items = mock(9, true);
    expect(items).toHaveLength(65);
    expect(items.filter((i) => !i.scored)).toHaveLength(15);
    const scored = items.filter((i) => i.scored);
    expect(soa.domains.map((d) => scored.filter((i) => i.domainId === d.id).length)).toEqual([11, 11, 11, 8, 9]);
  });

  it('reports a short domain instead of borrowing from another', () => {
    const thin = bank.filter((q) => q.exams['soa-c03'] !== 'security' || q.id.endsWith('-0'));
    const result = assembleMock({ blueprint: soa, questions: thin, seed: 1, unscored: false });
    expect(result).toEqual({ ok: false, shortages: [{ domainId: 'security', available: 1, needed: 11 }] });
  });

  it('uses questions the learner has not seen before those seen', () => {
    const first = mock(1);
    const seen = new Map(first.map((i) => [i.questionId, 1000]));
    const second = mock(2, false, seen);
    const overlap = second.filter((i) => seen.has(i.questionId));
    // 30 per domain: the 14 seen of a 14-question domain leave 16 unseen, enough for a fresh mock.
    expect(overlap).toHaveLength(0);
  });

  it('only takes questions tagged for the exam', () => {
    const mixed = [...bank, makeQuestion('saa-only', { 'saa-c03': 'secure' })];
    expect(mock(5).some((i) => i.questionId === 'saa-only')).toBe(false);
    const result = assembleMock({ blueprint: soa, questions: mixed, seed: 5, unscored: false });
    expect(result.ok && result.items.some((i) => i.questionId === 'saa-only')).toBe(false);
  });
});
