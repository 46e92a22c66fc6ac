import { assembleDrill, drillMinutes, drillPool } from '@/engine/drill';
import { blueprint } from '../utils/blueprints';
import { makeBank, makeQuestion } from '../utils/make-question';

const soa = blueprint('soa-c03');
const bank = makeBank('soa-c03', soa.domains.map((d) => d.id), 10);

function drill(request: Partial<Parameters<typeof assembleDrill>[0]>) {
  const result = assembleDrill({ blueprint: soa, questions: bank, seed: 3, count: 10, ...request });
  if (!result.ok) throw new Error('expected a drill');
  return result.items;
}

describe('assembleDrill', () => {
  it('draws only from the chosen domains, spread by weight', () => {
    const items = drill({ domainIds: ['security', 'networking'], count: 10 });
    expect(items).toHaveLength(10);
    expect(new Set(items.map((i) => i.domainId))).toEqual(new Set(['security', 'networking']));
    expect(items.filter((i) => i.domainId === 'security')).toHaveLength(5);
    expect(new Set(items.map((i) => i.questionId)).size).toBe(10);
  });

  it('fills from the other chosen domains when one runs short', () => {
    const thin = bank.filter((q) => q.exams['soa-c03'] !== 'security' || q.id.endsWith('-0'));
    const result = assembleDrill({ blueprint: soa, questions: thin, seed: 1, count: 12, domainIds: ['security', 'networking'] });
    expect(result.ok && result.items.length).toBe(11);
  });

  it('filters by topic tag', () => {
    const tagged = [...bank, makeQuestion('tagged', { 'soa-c03': 'security' }, { topics: ['kms'] })];
    expect(drillPool({ blueprint: soa, questions: tagged, topics: ['kms'] }).map((q) => q.id)).toEqual(['tagged']);
  });

  it('takes exactly the listed questions for a retake', () => {
    const ids = ['soa-c03-monitoring-1', 'soa-c03-security-4', 'not-in-bank'];
    const items = drill({ questionIds: ids, count: 65 });
    expect(items.map((i) => i.questionId).sort()).toEqual(['soa-c03-monitoring-1', 'soa-c03-security-4']);
  });

  it('is reproducible from its seed and prefers unseen questions', () => {
    expect(drill({ seed: 9 })).toEqual(drill({ seed: 9 }));
    const seen = new Map(drill({ domainIds: ['monitoring'], count: 5 }).map((i) => [i.questionId, 1]));
    const next = drill({ domainIds: ['monitoring'], count: 5, seed: 4, lastSeen: seen });
    expect(next.some((i) => seen.has(i.questionId))).toBe(false);
  });

  it('reports an empty pool', () => {
    expect(assembleDrill({ blueprint: soa, questions: bank, seed: 1, count: 5, topics: ['nothing'] })).toEqual({
      ok: false,
      shortages: [{ domainId: 'all', available: 0, needed: 5 }],
    });
  });

  it('gives two minutes a question', () => {
    expect(drillMinutes(10)).toBe(20);
    expect(drillMinutes(65)).toBe(130);
  });
});
