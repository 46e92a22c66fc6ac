import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAttempt, finish, selectOption } from '@/engine/attempt';
import type { Attempt } from '@/engine/types';
import HistoryPage from '@/features/history/history-page';
import { getBlueprint } from '@/lib/blueprints';
import { useHistoryStore } from '@/stores/history-store';
import { makeQuestion } from '../utils/make-question';
import { renderAt } from '../utils/render-app';

const q = makeQuestion('h1', { 'soa-c03': 'monitoring', 'clf-c02': 'cloud-concepts' });
const byId = new Map([[q.id, q]]);

function finished(i: number, examId: 'soa-c03' | 'clf-c02', mode: 'mock' | 'drill'): Attempt {
  const start = Date.UTC(2026, 0, 1) + i * 86_400_000;
  const a = createAttempt({
    id: `h-${i}`,
    examId,
    mode,
    seed: i,
    now: start,
    minutes: 130,
    settings: { esl: false, unscored: false, practice: false },
    items: [{ questionId: q.id, domainId: q.exams[examId]!, scored: true, optionOrder: ['a', 'b', 'c', 'd'] }],
  });
  return finish(i % 2 === 0 ? selectOption(a, q, 'a') : a, byId, getBlueprint(examId), start + 3_600_000, 'submitted');
}

describe('history', () => {
  it('lists attempts newest first, 50 at a time, and filters by exam and mode', async () => {
    const user = userEvent.setup();
    for (let i = 0; i < 60; i += 1) useHistoryStore.getState().add(finished(i, i % 3 === 0 ? 'clf-c02' : 'soa-c03', i % 4 === 0 ? 'drill' : 'mock'));
    renderAt(<HistoryPage />, '/history');
    const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(50);
    expect(rows()[0]).toHaveTextContent('2026');
    await user.click(screen.getByRole('button', { name: 'Show 10 more' }));
    expect(rows()).toHaveLength(60);
    await user.selectOptions(screen.getByLabelText('Exam'), 'clf-c02');
    expect(rows()).toHaveLength(20);
    for (const row of rows()) expect(row).toHaveTextContent('CLF-C02');
    await user.selectOptions(screen.getByLabelText('Mode'), 'drill');
    expect(rows().every((r) => r.textContent?.includes('Drill'))).toBe(true);
    expect(rows()).toHaveLength(5);
  });
});
