import { renderHook, waitFor } from '@testing-library/react';
import { useCrossTabSync } from '@/app/use-cross-tab-sync';
import { createAttempt, finish, selectOption } from '@/engine/attempt';
import { getBlueprint } from '@/lib/blueprints';
import { fileAttempts, type HistoryData } from '@/stores/history-data';
import { useHistoryStore } from '@/stores/history-store';
import { useNoticesStore } from '@/stores/notices-store';
import { packAttempt } from '@/stores/packed-attempt';
import type { PackedDetail } from '@/stores/packed-detail';
import { makeQuestion } from '../utils/make-question';

const q = makeQuestion('persist-q', { 'soa-c03': 'security' });

function finished(id: string, at = 65_000) {
  const a = createAttempt({
    id,
    examId: 'soa-c03',
    mode: 'mock',
    seed: 3,
    now: at - 60_000,
    minutes: 130,
    settings: { esl: false, unscored: false, practice: false },
    items: [{ questionId: q.id, domainId: 'security', scored: true, optionOrder: ['b', 'a', 'd', 'c'] }],
  });
  return finish(selectOption(a, q, 'a'), new Map([[q.id, q]]), getBlueprint('soa-c03'), at, 'submitted');
}

const saved = () => JSON.parse(localStorage.getItem('aws-sim:history')!) as { state: HistoryData; version: number };
const keptAside = () => Object.keys(localStorage).filter((k) => k.startsWith('aws-sim:history:kept-aside:'));

describe('saved history', () => {
  it('is written as summaries with packed questions, and read back as it was', async () => {
    const attempt = finished('saved-1');
    useHistoryStore.getState().add(attempt);
    const raw = localStorage.getItem('aws-sim:history')!;
    expect(saved().version).toBe(4);
    expect(saved().state.questionIds).toEqual(['persist-q']);
    expect(saved().state.attempts[0]).toMatchObject({ id: 'saved-1', result: attempt.result, detail: { dm: ['security'] } });
    useHistoryStore.setState({ questionIds: [], attempts: [] });
    localStorage.setItem('aws-sim:history', raw);
    await useHistoryStore.persist.rehydrate();
    expect(useHistoryStore.getState().openAll()).toEqual([attempt]);
    expect(useHistoryStore.getState().open('saved-1')).toEqual(attempt);
  });

  it.each([
    ['plain, by v2', 2, (a: ReturnType<typeof finished>): unknown => a],
    ['packed, by v3', 3, (a: ReturnType<typeof finished>): unknown => packAttempt(a)],
  ])('reads a history saved %s, and saves it in the current form at once', async (_, version, form) => {
    const attempt = finished('saved-2');
    localStorage.setItem('aws-sim:history', JSON.stringify({ state: { attempts: [form(attempt)] }, version }));
    await useHistoryStore.persist.rehydrate();
    expect(useHistoryStore.getState().openAll()).toEqual([attempt]);
    expect(useNoticesStore.getState().recovered).toEqual([]);
    expect(saved().version).toBe(4);
  });

  it('sets an attempt whose questions turn out damaged aside when it is opened, and keeps the others', async () => {
    useHistoryStore.getState().add(finished('good', 70_000));
    useHistoryStore.getState().add(finished('damaged', 80_000));
    const before = saved();
    const damaged = before.state.attempts.find((a) => a.id === 'damaged')!;
    (damaged.detail as PackedDetail).it = '!'.repeat((damaged.detail as PackedDetail).it.length);
    localStorage.setItem('aws-sim:history', JSON.stringify(before));
    await useHistoryStore.persist.rehydrate();

    // The summaries are fine, so both are listed until the damaged one is opened.
    expect(useHistoryStore.getState().attempts.map((a) => a.id)).toEqual(['damaged', 'good']);
    expect(useNoticesStore.getState().recovered).toEqual([]);

    expect(useHistoryStore.getState().open('damaged')).toBeNull();
    const [notice] = useNoticesStore.getState().recovered;
    expect(notice).toMatchObject({ key: 'aws-sim:history', reason: expect.stringMatching(/^1 unreadable entry set aside \(items/) });
    // The copy is a history of its own, with the table its questions point into.
    expect(keptAside()).toEqual([notice!.keptAs]);
    expect(JSON.parse(localStorage.getItem(notice!.keptAs!)!)).toEqual({ state: { questionIds: before.state.questionIds, attempts: [damaged] }, version: 4 });
    expect(useHistoryStore.getState().attempts.map((a) => a.id)).toEqual(['good']);
    expect(saved().state.attempts.map((a) => a.id)).toEqual(['good']);
    expect(useHistoryStore.getState().open('good')).toEqual(finished('good', 70_000));
  });

  it('keeps a damaged attempt listed and saved when it cannot be copied aside', async () => {
    useHistoryStore.getState().add(finished('damaged'));
    const before = saved();
    (before.state.attempts[0]!.detail as PackedDetail).dm = [];
    localStorage.setItem('aws-sim:history', JSON.stringify(before));
    await useHistoryStore.persist.rehydrate();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(useHistoryStore.getState().open('damaged')).toBeNull();
    expect(useNoticesStore.getState().recovered).toMatchObject([{ keptAs: null }]);
    expect(useHistoryStore.getState().attempts.map((a) => a.id)).toEqual(['damaged']);
  });

  it('files many attempts at once, as an import does', () => {
    useHistoryStore.getState().addAll([finished('one', 100_000), finished('two', 300_000), finished('three', 200_000)]);
    expect(useHistoryStore.getState().attempts.map((a) => a.id)).toEqual(['two', 'three', 'one']);
    expect(saved().state.questionIds).toEqual(['persist-q']);
  });

  it('follows what another tab saved', async () => {
    renderHook(() => useCrossTabSync());
    useHistoryStore.getState().add(finished('here', 100_000));
    // The other tab filed a second attempt, with the store's own code, and saved under the same key.
    const theirs = { state: fileAttempts(saved().state, [finished('there', 200_000)]), version: 4 };
    localStorage.setItem('aws-sim:history', JSON.stringify(theirs));
    window.dispatchEvent(new StorageEvent('storage', { key: 'aws-sim:history' }));
    await waitFor(() => expect(useHistoryStore.getState().attempts.map((a) => a.id)).toEqual(['there', 'here']));
    expect(useNoticesStore.getState().recovered).toEqual([]);
    expect(useHistoryStore.getState().open('there')).toEqual(finished('there', 200_000));
  });
});
