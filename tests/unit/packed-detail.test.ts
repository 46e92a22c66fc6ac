import { addTimeSpent, createAttempt, finish, reveal, selectOption, toggleFlag } from '@/engine/attempt';
import type { Attempt } from '@/engine/types';
import { entryQuestionIds, readAttempt, toHistoryEntry, type HistoryEntry } from '@/stores/history-entry';
import { ITEM_CHARS, QuestionTable, isPackedDetail, type PackedDetail } from '@/stores/packed-detail';
import { blueprint } from '../utils/blueprints';
import { makeQuestion } from '../utils/make-question';

const questions = [
  makeQuestion('soa-d-1', { 'soa-c03': 'monitoring' }),
  makeQuestion('soa-d-2', { 'soa-c03': 'security' }, { type: 'multiple', choose: 2, answer: ['b', 'd'] }),
  makeQuestion('soa-d-3', { 'soa-c03': 'monitoring' }),
  makeQuestion('soa-d-4', { 'soa-c03': 'networking' }, { type: 'multiple', choose: 3, answer: ['a', 'c', 'f'], options: makeQuestion('x', {}, { type: 'multiple' }).options.concat([{ id: 'f', en: 'F', ko: 'F', why: { en: 'f', ko: 'f' } }]) }),
];
const byId = new Map(questions.map((q) => [q.id, q]));

/** A drill that uses every corner of the format: click order, an emptied choice, a zero time, flag and reveal order. */
function sample(id = 'detail-1'): Attempt {
  let a = createAttempt({
    id,
    examId: 'soa-c03',
    mode: 'drill',
    seed: 7,
    now: 1_000,
    minutes: 20,
    settings: { esl: false, unscored: false, practice: true },
    items: [
      { questionId: 'soa-d-1', domainId: 'monitoring', scored: true, optionOrder: ['c', 'a', 'd', 'b'] },
      { questionId: 'soa-d-2', domainId: 'security', scored: true, optionOrder: ['e', 'a', 'c', 'b', 'd'] },
      { questionId: 'soa-d-3', domainId: 'monitoring', scored: false, optionOrder: ['a', 'b', 'c', 'd'] },
      { questionId: 'soa-d-4', domainId: 'networking', scored: true, optionOrder: ['f', 'e', 'd', 'c', 'b', 'a'] },
    ],
  });
  a = selectOption(a, questions[1]!, 'd');
  a = selectOption(a, questions[1]!, 'b');
  a = selectOption(a, questions[3]!, 'f');
  a = selectOption(a, questions[3]!, 'a');
  a = selectOption(a, questions[3]!, 'c');
  a = selectOption(a, questions[0]!, 'c');
  a = reveal(a, 'soa-d-2');
  a = reveal(a, 'soa-d-1');
  a = toggleFlag(a, 'soa-d-3');
  a = toggleFlag(a, 'soa-d-1');
  // Chosen and taken back on a multiple-response question leaves an empty choice, not no choice.
  a = selectOption(a, { ...questions[2]!, type: 'multiple', choose: 2 }, 'b');
  a = selectOption(a, { ...questions[2]!, type: 'multiple', choose: 2 }, 'b');
  a = addTimeSpent(a, 'soa-d-1', 12_345);
  a = addTimeSpent(a, 'soa-d-2', 61_000);
  a = addTimeSpent(a, 'soa-d-3', 20);
  return finish(a, byId, blueprint('soa-c03'), 300_000, 'submitted');
}

/** As saved and read back: through JSON, as localStorage holds it. */
function roundTrip(entry: HistoryEntry, table: QuestionTable) {
  return readAttempt(JSON.parse(JSON.stringify(entry)) as HistoryEntry, [...table.ids]);
}

describe('packed attempt details', () => {
  it('read back exactly as they were, order of choices and flags included', () => {
    const attempt = sample();
    expect(attempt.answers['soa-d-3']).toEqual([]);
    expect(attempt.secondsSpent['soa-d-3']).toBe(0);
    const table = new QuestionTable([]);
    const entry = toHistoryEntry(attempt, table);
    expect(isPackedDetail(entry.detail)).toBe(true);
    expect((entry.detail as PackedDetail).it).toHaveLength(attempt.items.length * ITEM_CHARS);
    const read = roundTrip(entry, table);
    expect(read.ok && read.attempt).toEqual(attempt);
    expect(read.ok && read.attempt.answers['soa-d-4']).toEqual(['f', 'a', 'c']);
    expect(read.ok && read.attempt.flagged).toEqual(['soa-d-3', 'soa-d-1']);
  });

  it('write each question id once per history, whatever the number of attempts', () => {
    const table = new QuestionTable([]);
    const first = toHistoryEntry(sample('detail-1'), table);
    const second = toHistoryEntry(sample('detail-2'), table);
    expect(table.ids).toEqual(['soa-d-1', 'soa-d-2', 'soa-d-3', 'soa-d-4']);
    expect(JSON.stringify(second)).not.toContain('soa-d-1');
    expect(entryQuestionIds(first, table.ids)).toEqual(['soa-d-1', 'soa-d-2', 'soa-d-3', 'soa-d-4']);
  });

  it.each([
    ['an answer to a question the attempt does not have', (a: Attempt): Attempt => ({ ...a, answers: { ...a.answers, elsewhere: ['a'] } })],
    ['time that is not whole tenths of a second', (a: Attempt): Attempt => ({ ...a, secondsSpent: { ...a.secondsSpent, 'soa-d-1': 1.25 } })],
    ['an option chosen twice', (a: Attempt): Attempt => ({ ...a, answers: { ...a.answers, 'soa-d-1': ['a', 'a'] } })],
    ['a flag on a question the attempt does not have', (a: Attempt): Attempt => ({ ...a, flagged: ['elsewhere'] })],
  ])('are saved plain, and still read back exactly, when packing cannot hold them: %s', (_, change) => {
    const attempt = change(sample());
    const table = new QuestionTable([]);
    const entry = toHistoryEntry(attempt, table);
    expect(isPackedDetail(entry.detail)).toBe(false);
    const read = roundTrip(entry, table);
    // The schema may refuse what packing could not hold (a repeated option is still a valid list); either way nothing is changed.
    if (read.ok) expect(read.attempt).toEqual(attempt);
    else expect(read.error.issues.length).toBeGreaterThan(0);
  });

  it.each([
    ['a character outside the alphabet', (d: PackedDetail): PackedDetail => ({ ...d, it: `!${d.it.slice(1)}` })],
    ['an item cut short', (d: PackedDetail): PackedDetail => ({ ...d, it: d.it.slice(0, -1) })],
    ['a question past the end of the table', (d: PackedDetail): PackedDetail => ({ ...d, it: `__${d.it.slice(2)}` })],
    ['an option order that is no list of options', (d: PackedDetail): PackedDetail => ({ ...d, it: `${d.it.slice(0, 3)}__${d.it.slice(5)}` })],
    ['a domain that is not listed', (d: PackedDetail): PackedDetail => ({ ...d, dm: [] })],
    ['a flag on no item', (d: PackedDetail): PackedDetail => ({ ...d, f: [99] })],
  ])('fail the schema when damaged: %s', (_, damage) => {
    const table = new QuestionTable([]);
    const entry = toHistoryEntry(sample(), table);
    const read = readAttempt({ ...entry, detail: damage(entry.detail as PackedDetail) }, table.ids);
    expect(read.ok).toBe(false);
  });

  it('are several times smaller than the plain form', () => {
    const attempt = sample();
    const entry = toHistoryEntry(attempt, new QuestionTable([]));
    const plain = JSON.stringify({ items: attempt.items, answers: attempt.answers, flagged: attempt.flagged, revealed: attempt.revealed, secondsSpent: attempt.secondsSpent });
    expect(JSON.stringify(entry.detail).length * 3).toBeLessThan(plain.length);
  });
});
