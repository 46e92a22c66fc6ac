import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExamPage from '@/features/exam/exam-page';
import { useAttemptStore } from '@/stores/attempt-store';
import { makeQuestion } from '../utils/make-question';
import { renderAt, startAttempt } from '../utils/render-app';

const questions = [
  makeQuestion('soa-address-one', { 'soa-c03': 'monitoring' }),
  makeQuestion('soa-address-two', { 'soa-c03': 'security' }),
  makeQuestion('soa-address-three', { 'soa-c03': 'networking' }),
];

const saved = () => useAttemptStore.getState().active?.current;

describe('the address of each exam question', () => {
  it('follows every move after it is painted, replacing the entry so that Back leaves the exam', async () => {
    const user = userEvent.setup();
    startAttempt('soa-c03', questions);
    const { history } = renderAt(<ExamPage />, '/exam');
    await waitFor(() => expect(history).toEqual(['/exam/1']));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    await waitFor(() => expect(history).toEqual(['/exam/2']));
    await user.click(within(screen.getByRole('navigation', { name: 'Question map' })).getByRole('link', { name: /^Question 3,/ }));
    await waitFor(() => expect(history).toEqual(['/exam/3']));
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    await waitFor(() => expect(history).toEqual(['/exam/2']));
    await user.click(screen.getAllByRole('button', { name: 'Review screen' })[0]!);
    await user.click(within(screen.getByRole('region', { name: 'Review your answers' })).getByRole('link', { name: /Question 1/ }));
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeInTheDocument();
    await waitFor(() => expect(history).toEqual(['/exam/1']));
    expect(saved()).toBe(0);
  });

  it('opens at the saved question whatever number the address shows, and then writes that number', async () => {
    const attempt = startAttempt('soa-c03', questions);
    useAttemptStore.setState({ active: { ...attempt, current: 1 } });
    const { history } = renderAt(<ExamPage />, '/exam/3');
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    await waitFor(() => expect(history).toEqual(['/exam/2']));
    expect(saved()).toBe(1);
  });

  it('goes to the question typed in the address bar', async () => {
    startAttempt('soa-c03', questions);
    const { history, navigate } = renderAt(<ExamPage />, '/exam');
    await screen.findByRole('heading', { name: 'Question 1 of 3' });
    act(() => navigate('/exam/2'));
    expect(await screen.findByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(saved()).toBe(1);
    expect(history.at(-1)).toBe('/exam/2');
  });

  it.each(['/exam/4', '/exam/0', '/exam/two', '/exam/-1'])('puts %s, typed while the exam is open, back to the saved question', async (path) => {
    const attempt = startAttempt('soa-c03', questions);
    useAttemptStore.setState({ active: { ...attempt, current: 1 } });
    const { history, navigate } = renderAt(<ExamPage />, '/exam/2');
    await screen.findByRole('heading', { name: 'Question 2 of 3' });
    act(() => navigate(path));
    await waitFor(() => expect(history.at(-1)).toBe('/exam/2'));
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(saved()).toBe(1);
  });

  it('says there is no exam in progress for a question address without one', () => {
    const { history } = renderAt(<ExamPage />, '/exam/5');
    expect(screen.getByText('There is no exam in progress.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(history).toEqual(['/exam/5']);
  });
});
