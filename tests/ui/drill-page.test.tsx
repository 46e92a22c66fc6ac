import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import DrillPage from '@/features/drill/drill-page';
import { useAttemptStore } from '@/stores/attempt-store';
import { makeQuestion } from '../utils/make-question';
import { provideBank, renderAt } from '../utils/render-app';

const bank = [
  ...['kms', 'kms', 'iam', 'vpc', 'vpc', 'vpc'].map((topic, i) => makeQuestion(`d-${i}`, { 'soa-c03': i < 3 ? 'security' : 'networking' }, { topics: [topic] })),
  ...Array.from({ length: 6 }, (_, i) => makeQuestion(`m-${i}`, { 'soa-c03': 'monitoring' }, { topics: ['cloudwatch-alarms'] })),
];

describe('drill set-up', () => {
  it('narrows by domains and several topic tags, then starts a practice drill', async () => {
    const user = userEvent.setup();
    provideBank('soa-c03', bank);
    const { history } = renderAt(<DrillPage />, '/drill');
    expect(await screen.findByText('12 question(s) match')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Security and Compliance' }));
    expect(screen.getByText('3 question(s) match')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Security and Compliance' }));
    await user.selectOptions(screen.getByRole('listbox', { name: 'Topic tags (optional)' }), ['kms', 'vpc']);
    expect(screen.getByText('5 question(s) match')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Number of questions (5–65)'));
    await user.type(screen.getByLabelText('Number of questions (5–65)'), '5');
    await user.click(screen.getByRole('radio', { name: 'Untimed' }));
    await user.click(screen.getByRole('button', { name: 'Start drill' }));
    const active = useAttemptStore.getState().active;
    expect(active?.mode).toBe('drill');
    expect(active?.deadline).toBeNull();
    expect(active?.settings.practice).toBe(true);
    expect(active?.items.map((i) => i.questionId).sort()).toEqual(['d-0', 'd-1', 'd-3', 'd-4', 'd-5']);
    expect(history.at(-1)).toBe('/exam');
  });

  it('refuses a count outside 5–65', async () => {
    const user = userEvent.setup();
    provideBank('soa-c03', bank);
    renderAt(<DrillPage />, '/drill');
    await screen.findByText('12 question(s) match');
    await user.clear(screen.getByLabelText('Number of questions (5–65)'));
    await user.type(screen.getByLabelText('Number of questions (5–65)'), '4');
    expect(screen.getByRole('button', { name: 'Start drill' })).toBeDisabled();
    await user.type(screen.getByLabelText('Number of questions (5–65)'), '0');
    expect(screen.getByRole('button', { name: 'Start drill' })).toBeEnabled();
  });
});
