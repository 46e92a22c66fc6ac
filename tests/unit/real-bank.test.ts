import { assembleMock } from '@/engine/assemble';
import { lintBank } from '../../scripts/bank/lint';
import { blueprint, realBank } from '../utils/blueprints';

const questions = realBank.questions.map((q) => q.question);
const forExam = (id: string) => questions.filter((q) => id in q.exams);

describe('the shipped question bank', () => {
  it('is valid and passes the lint', () => {
    expect(realBank.errors).toEqual([]);
    expect(lintBank(realBank.questions)).toEqual([]);
  });

  it('has at least 260 SOA-C03 questions with enough in every domain for four mocks', () => {
    const soa = forExam('soa-c03');
    expect(soa.length).toBeGreaterThanOrEqual(260);
    const count = (domain: string) => soa.filter((q) => q.exams['soa-c03'] === domain).length;
    expect(count('monitoring')).toBeGreaterThanOrEqual(57);
    expect(count('reliability')).toBeGreaterThanOrEqual(57);
    expect(count('deployment')).toBeGreaterThanOrEqual(57);
    expect(count('security')).toBeGreaterThanOrEqual(42);
    expect(count('networking')).toBeGreaterThanOrEqual(47);
  });

  it('draws four full SOA-C03 mocks with different seeds that share no question', () => {
    const soa = blueprint('soa-c03');
    const seen = new Map<string, number>();
    for (const [round, seed] of [11, 2024, 77777, 9].entries()) {
      const result = assembleMock({ blueprint: soa, questions: forExam('soa-c03'), seed, unscored: false, lastSeen: seen });
      if (!result.ok) throw new Error(`mock ${round + 1} could not be assembled: ${JSON.stringify(result.shortages)}`);
      expect(result.items).toHaveLength(65);
      for (const item of result.items) {
        expect(seen.has(item.questionId), `${item.questionId} repeated in mock ${round + 1}`).toBe(false);
        seen.set(item.questionId, round);
      }
    }
    expect(seen.size).toBe(260);
  });

  it('fills a full mock of the 7-domain SOA-C01 blueprint', () => {
    const result = assembleMock({ blueprint: blueprint('soa-c01'), questions: forExam('soa-c01'), seed: 5, unscored: false });
    expect(result.ok).toBe(true);
  });
});

describe.each([
  { exam: 'saa-c03' as const, minimum: 260, mocks: 4 },
  { exam: 'clf-c02' as const, minimum: 195, mocks: 3 },
])('the $exam bank', ({ exam, minimum, mocks }) => {
  it(`has at least ${minimum} questions`, () => {
    expect(forExam(exam).length).toBeGreaterThanOrEqual(minimum);
  });

  it(`draws ${mocks} full mocks with different seeds that share no question`, () => {
    const bp = blueprint(exam);
    const seen = new Map<string, number>();
    for (let round = 0; round < mocks; round += 1) {
      const result = assembleMock({ blueprint: bp, questions: forExam(exam), seed: 1000 + round * 7919, unscored: false, lastSeen: seen });
      if (!result.ok) throw new Error(`${exam} mock ${round + 1} could not be assembled: ${JSON.stringify(result.shortages)}`);
      for (const item of result.items) {
        expect(seen.has(item.questionId), `${item.questionId} repeated`).toBe(false);
        seen.set(item.questionId, round);
      }
    }
    expect(seen.size).toBe(65 * mocks);
  });
});
