import { createAttempt, finish, selectOption, toggleFlag, addTimeSpent } from '@/engine/attempt';
import type { StorageValue } from 'zustand/middleware';
import type { Attempt } from '@/engine/types';
import { createValidatedStorage, type RecoveryNotice } from '@/lib/storage/validated-storage';
import { fileAttempts, type HistoryData } from '@/stores/history-data';
import { readAttempt } from '@/stores/history-entry';
import { historySchema, salvageHistory } from '@/stores/history-schemas';
import { packAttempt } from '@/stores/packed-attempt';
import { isPackedDetail } from '@/stores/packed-detail';
import { HISTORY_VERSION, historyMigrations } from '@/stores/persisted-migrations';
import { blueprint } from '../utils/blueprints';
import { makeQuestion } from '../utils/make-question';
import { MemoryStorage } from '../utils/memory-storage';

const KEY = 'aws-sim:history';
const questions = [makeQuestion('load-1', { 'soa-c03': 'monitoring' }), makeQuestion('load-2', { 'soa-c03': 'security' })];
const byId = new Map(questions.map((q) => [q.id, q]));

function finished(id: string, at: number): Attempt {
  let a = createAttempt({
    id,
    examId: 'soa-c03',
    mode: 'mock',
    seed: 5,
    now: at - 60_000,
    minutes: 130,
    settings: { esl: false, unscored: false, practice: false },
    items: questions.map((q) => ({ questionId: q.id, domainId: q.exams['soa-c03']!, scored: true, optionOrder: ['d', 'c', 'b', 'a'] })),
  });
  a = selectOption(a, questions[0]!, 'a');
  a = toggleFlag(a, 'load-2');
  a = addTimeSpent(a, 'load-1', 4_200);
  return finish(a, byId, blueprint('soa-c03'), at, 'submitted');
}

/** The history store's own storage settings, over a storage in memory. */
function setup() {
  const storage = new MemoryStorage();
  const notices: RecoveryNotice[] = [];
  const persist = createValidatedStorage<HistoryData>({
    schema: historySchema,
    version: HISTORY_VERSION,
    migrations: historyMigrations,
    salvage: salvageHistory,
    onRecover: (n) => notices.push(n),
    onWriteError: (e) => {
      throw e;
    },
    storage: () => storage,
  });
  // The storage answers synchronously (localStorage is synchronous).
  const load = () => (persist.getItem(KEY) as StorageValue<HistoryData> | null)?.state ?? null;
  const opened = (data: HistoryData | null) => data?.attempts.map((e) => readAttempt(e, data.questionIds)).map((r) => (r.ok ? r.attempt : r.error));
  return { storage, notices, load, opened };
}

const a1 = finished('load-a1', 300_000);
const a2 = finished('load-a2', 200_000);

describe('loading history', () => {
  it('reads a v3 save (packed attempts), sets a damaged one aside, and saves the rest in the current form at once', () => {
    const { storage, notices, load, opened } = setup();
    const v3 = JSON.stringify({ state: { attempts: [packAttempt(a1), { ...packAttempt(a2), q: 'not a list' }, packAttempt(finished('load-a3', 100_000))] }, version: 3 });
    storage.setItem(KEY, v3);
    const data = load();
    expect(opened(data)).toEqual([a1, finished('load-a3', 100_000)]);
    expect(data?.attempts.every((e) => isPackedDetail(e.detail))).toBe(true);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.reason).toMatch(/^1 unreadable entry set aside/);
    expect(storage.getItem(notices[0]!.keptAs!)).toBe(v3);
    const saved = JSON.parse(storage.getItem(KEY)!) as { version: number; state: HistoryData };
    expect(saved.version).toBe(HISTORY_VERSION);
    expect(saved.state.questionIds).toEqual(['load-1', 'load-2']);
    // Read again: nothing left to set aside, no second copy.
    expect(opened(load())).toEqual([a1, finished('load-a3', 100_000)]);
    expect(notices).toHaveLength(1);
    expect(storage.keys().filter((k) => k.includes(':kept-aside:'))).toHaveLength(1);
  });

  it('reads a v2 save (plain attempts) without a word, and rewrites it as v4', () => {
    const { storage, notices, load, opened } = setup();
    storage.setItem(KEY, JSON.stringify({ state: { attempts: [a1, a2] }, version: 2 }));
    expect(opened(load())).toEqual([a1, a2]);
    expect(notices).toEqual([]);
    expect((JSON.parse(storage.getItem(KEY)!) as { version: number }).version).toBe(HISTORY_VERSION);
  });

  it('reads a v1 save (before practice mode) as well', () => {
    const { storage, load, opened } = setup();
    const v1: Partial<Attempt> = { ...a1 };
    delete v1.revealed;
    storage.setItem(KEY, JSON.stringify({ state: { attempts: [v1] }, version: 1 }));
    expect(opened(load())).toEqual([a1]);
  });

  it('reads back what the store saves, and rewrites nothing', () => {
    const { storage, notices, load, opened } = setup();
    const raw = JSON.stringify({ state: fileAttempts(fileAttempts({ questionIds: [], attempts: [] }, [a2]), [a1]), version: HISTORY_VERSION });
    storage.setItem(KEY, raw);
    expect(opened(load())).toEqual([a1, a2]);
    expect(storage.getItem(KEY)).toBe(raw);
    expect(notices).toEqual([]);
  });

  it('keeps the other attempts when one summary is bad, and the bad one aside', () => {
    const { storage, notices, load, opened } = setup();
    const data = fileAttempts({ questionIds: [], attempts: [] }, [a1, a2]);
    const raw = JSON.stringify({ state: { ...data, attempts: [data.attempts[0], { ...data.attempts[1], result: { scaledScore: 'high' } }] }, version: HISTORY_VERSION });
    storage.setItem(KEY, raw);
    expect(opened(load())).toEqual([a1]);
    expect(notices[0]!.reason).toMatch(/^1 unreadable entry set aside \(attempts\.1/);
    expect(storage.getItem(notices[0]!.keptAs!)).toBe(raw);
  });

  it('does not read packed attempts against a question table it cannot read', () => {
    const { storage, notices, load, opened } = setup();
    const packed = fileAttempts({ questionIds: [], attempts: [] }, [a1]).attempts[0]!;
    const { items, answers, flagged, revealed, secondsSpent } = a2;
    const plain = { ...packed, id: 'load-plain', detail: { items, answers, flagged, revealed, secondsSpent } };
    storage.setItem(KEY, JSON.stringify({ state: { questionIds: 'gone', attempts: [packed, plain] }, version: HISTORY_VERSION }));
    const data = load();
    expect(opened(data)).toEqual([{ ...a1, id: 'load-plain', items, answers, flagged, revealed, secondsSpent }]);
    expect(notices[0]!.reason).toMatch(/^1 unreadable entry set aside/);
  });
});
