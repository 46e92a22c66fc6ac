import { screen, waitFor } from '@testing-library/react';
import { Route } from 'wouter';
import { routePatterns } from '@/config/paths';
import { createAttempt, finish } from '@/engine/attempt';
import ResultsPage from '@/features/results/results-page';
import ReviewPage from '@/features/review/review-page';
import { getBlueprint } from '@/lib/blueprints';
import type { HistoryData } from '@/stores/history-data';
import { useHistoryStore } from '@/stores/history-store';
import { useNoticesStore } from '@/stores/notices-store';
import type { PackedDetail } from '@/stores/packed-detail';
import { makeQuestion } from '../utils/make-question';
import { provideBank, renderAt } from '../utils/render-app';

const q = makeQuestion('dmg-q', { 'soa-c03': 'security' });

/** A saved attempt whose summary reads fine and whose questions do not: found only when a screen opens it. */
async function saveDamaged() {
  provideBank('soa-c03', [q]);
  const a = createAttempt({
    id: 'dmg-1',
    examId: 'soa-c03',
    mode: 'mock',
    seed: 1,
    now: 1_000,
    minutes: 130,
    settings: { esl: false, unscored: false, practice: false },
    items: [{ questionId: q.id, domainId: 'security', scored: true, optionOrder: ['a', 'b', 'c', 'd'] }],
  });
  useHistoryStore.getState().add(finish(a, new Map([[q.id, q]]), getBlueprint('soa-c03'), 60_000, 'submitted'));
  const saved = JSON.parse(localStorage.getItem('aws-sim:history')!) as { state: HistoryData };
  (saved.state.attempts[0]!.detail as PackedDetail).it = 'ZZ' + (saved.state.attempts[0]!.detail as PackedDetail).it.slice(2);
  localStorage.setItem('aws-sim:history', JSON.stringify(saved));
  await useHistoryStore.persist.rehydrate();
}

describe.each([
  ['results', routePatterns.results, ResultsPage, '/results/dmg-1'],
  ['answer review', routePatterns.review, ReviewPage, '/review/dmg-1'],
])('the %s screen, for an attempt that cannot be read', (_, pattern, Page, path) => {
  it('says it is not there, and the attempt is set aside and reported', async () => {
    await saveDamaged();
    renderAt(<Route path={pattern} component={Page} />, path);
    expect(await screen.findByRole('alert')).toHaveTextContent('That attempt was not found.');
    await waitFor(() => expect(useNoticesStore.getState().recovered).toHaveLength(1));
    expect(useNoticesStore.getState().recovered[0]!.keptAs).toMatch(/^aws-sim:history:kept-aside:/);
    expect(useHistoryStore.getState().attempts).toEqual([]);
  });
});
