import type { Question } from '@/bank/schema';
import { hasDetails, joinQuestion, splitQuestion } from '@/bank/split';
import { loadedBank, useBankStore } from '@/stores/bank-store';
import { realBank } from '../utils/blueprints';

const source = realBank.questions.map((q) => q.question);

/** A question as the YAML has it, without the compiled markup the chunks add. */
function plain(question: object): unknown {
  const rest: Record<string, unknown> = { ...question };
  delete rest.markup;
  return rest;
}

describe('the bank in two chunks', () => {
  beforeEach(() => useBankStore.setState(useBankStore.getInitialState(), true));

  it('splits a question in two and joins it back as it was', () => {
    for (const question of source) {
      const { core, detail } = splitQuestion(question);
      expect(hasDetails(core)).toBe(false);
      expect(JSON.stringify(core)).not.toMatch(/"why"|"explanation"|"references"|"changed"/);
      expect(joinQuestion(core, detail)).toEqual(question);
    }
  });

  it('loads what the exam screen needs first, then the details, which join into the questions of the YAML', async () => {
    const bank = await useBankStore.getState().load('soa-c03');
    const expected = source.filter((q) => 'soa-c03' in q.exams);
    expect(bank.questions.map((q) => q.id)).toEqual(expected.map((q) => q.id));
    expect(bank.questions.some(hasDetails)).toBe(false);
    expect(useBankStore.getState().details['soa-c03']).toBeUndefined();

    const details = await useBankStore.getState().loadDetails('soa-c03');
    expect(details.byId.size).toBe(expected.length);
    for (const question of expected) expect(plain(details.byId.get(question.id)!), question.id).toEqual(question);
  }, 60_000);

  it('gives SOA-C01 the same questions as SOA-C03, from the same chunks', async () => {
    const [c03, c01] = await Promise.all([useBankStore.getState().load('soa-c03'), useBankStore.getState().load('soa-c01')]);
    expect(c01.questions).toBe(c03.questions);
    const details = await useBankStore.getState().loadDetails('soa-c01');
    expect(details.byId.size).toBe(c01.questions.length);
  }, 60_000);

  it('keeps a question that already carries its details as it is', async () => {
    const whole: Question = { ...source[0]!, id: 'whole-question' };
    const bank = await useBankStore.getState().load('soa-c03');
    useBankStore.setState({ banks: { 'soa-c03': loadedBank('soa-c03', [whole, ...bank.questions]) } });
    const details = await useBankStore.getState().loadDetails('soa-c03');
    expect(details.byId.get(whole.id)).toBe(whole);
  }, 60_000);
});
