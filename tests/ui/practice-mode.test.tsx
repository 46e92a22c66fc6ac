import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExamPage from '@/features/exam/exam-page';
import { useAttemptStore } from '@/stores/attempt-store';
import { makeQuestion } from '../utils/make-question';
import { renderAt, startAttempt } from '../utils/render-app';

const q1 = makeQuestion('drill-q1', { 'soa-c03': 'security' });
const q2 = makeQuestion('drill-q2', { 'soa-c03': 'security' }, { type: 'multiple', choose: 2, answer: ['b', 'd'] });

function startPractice(practice = true) {
  const attempt = startAttempt('soa-c03', [q1, q2], Date.now(), { practice });
  useAttemptStore.setState({ active: { ...attempt, mode: 'drill' } });
}

describe('practice mode', () => {
  it('shows the key and every explanation right after checking, and locks the answer', async () => {
    const user = userEvent.setup();
    startPractice();
    renderAt(<ExamPage />, '/exam');
    expect(screen.getByText('Drill · practice mode')).toBeInTheDocument();
    const check = screen.getByRole('button', { name: 'Check answer' });
    expect(check).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /Option C of drill-q1/ }));
    await user.click(check);
    const feedback = screen.getByRole('region', { name: 'Incorrect' });
    expect(within(feedback).getByText('✗ Incorrect')).toBeInTheDocument();
    for (const letter of ['a', 'b', 'c', 'd']) expect(within(feedback).getByText(`Why ${letter}`)).toBeInTheDocument();
    expect(within(feedback).getByText('Explanation of drill-q1')).toBeInTheDocument();
    expect(within(feedback).getByRole('link', { name: /docs\.aws\.amazon\.com/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Option A of drill-q1/ })).toBeDisabled();
    await user.keyboard('1');
    expect(useAttemptStore.getState().active?.answers['drill-q1']).toEqual(['c']);
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
  });

  it('says Correct for a right multiple-response answer', async () => {
    const user = userEvent.setup();
    startPractice();
    renderAt(<ExamPage />, '/exam');
    await user.keyboard('{ArrowRight}');
    await user.click(screen.getByRole('checkbox', { name: /Option B of drill-q2/ }));
    await user.click(screen.getByRole('checkbox', { name: /Option D of drill-q2/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByRole('region', { name: 'Correct' })).toBeInTheDocument();
  });

  it('pauses: the question is hidden, the clock stops, and resuming moves the deadline on', async () => {
    const user = userEvent.setup();
    startPractice();
    const before = useAttemptStore.getState().active!.deadline!;
    renderAt(<ExamPage />, '/exam');
    await user.click(screen.getByRole('button', { name: /Pause/ }));
    expect(screen.getByRole('heading', { name: 'Paused' })).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Question map' })).not.toBeInTheDocument();
    await user.keyboard('1');
    expect(useAttemptStore.getState().active?.answers).toEqual({});
    const pausedAt = useAttemptStore.getState().active!.pausedAt!;
    act(() => useAttemptStore.getState().resume(pausedAt + 60_000));
    expect(useAttemptStore.getState().active!.deadline).toBe(before + 60_000);
    expect(await screen.findByRole('radio', { name: /Option A of drill-q1/ })).toBeInTheDocument();
  });

  it('keeps exam rules in a drill without practice mode: no key, no check button', () => {
    startPractice(false);
    renderAt(<ExamPage />, '/exam');
    expect(screen.getByText('Drill · exam rules')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
  });

  it('offers no pause in a full mock', () => {
    startAttempt('soa-c03', [q1, q2]);
    renderAt(<ExamPage />, '/exam');
    expect(screen.getByText('Full mock · exam rules')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Pause/ })).not.toBeInTheDocument();
  });
});
