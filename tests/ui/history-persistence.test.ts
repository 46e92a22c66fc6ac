import { createAttempt, finish, selectOption } from '@/engine/attempt';
import { getBlueprint } from '@/lib/blueprints';
import { useHistoryStore } from '@/stores/history-store';
import { useNoticesStore } from '@/stores/notices-store';
import { makeQuestion } from '../utils/make-question';

const q = makeQuestion('persist-q', { 'soa-c03': 'security' });

function finished(id: string) {
  const a = createAttempt({
    id,
    examId: 'soa-c03',
    mode: 'mock',
    seed: 3,
    now: 5_000,
    minutes: 130,
    settings: { esl: false, unscored: false, practice: false },
    items: [{ questionId: q.id, domainId: 'security', scored: true, optionOrder: ['b', 'a', 'd', 'c'] }],
  });
  return finish(selectOption(a, q, 'a'), new Map([[q.id, q]]), getBlueprint('soa-c03'), 65_000, 'submitted');
}

describe('saved history', () => {
  it('is written packed and read back as it was', async () => {
    const attempt = finished('saved-1');
    useHistoryStore.getState().add(attempt);
    const raw = localStorage.getItem('aws-sim:history')!;
    const saved = JSON.parse(raw) as { state: { attempts: { packed?: number; q?: string[] }[] }; version: number };
    expect(saved.version).toBe(3);
    expect(saved.state.attempts[0]).toMatchObject({ packed: 1, q: ['persist-q'] });
    useHistoryStore.setState({ attempts: [] });
    localStorage.setItem('aws-sim:history', raw);
    await useHistoryStore.persist.rehydrate();
    expect(useHistoryStore.getState().attempts).toEqual([attempt]);
  });

  it('reads a history saved in the plain form by the previous version', async () => {
    const attempt = finished('saved-2');
    localStorage.setItem('aws-sim:history', JSON.stringify({ state: { attempts: [attempt] }, version: 2 }));
    await useHistoryStore.persist.rehydrate();
    expect(useHistoryStore.getState().attempts).toEqual([attempt]);
    expect(useNoticesStore.getState().recovered).toEqual([]);
  });
});
