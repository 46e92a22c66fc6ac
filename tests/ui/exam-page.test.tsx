import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExamPage from '@/features/exam/exam-page';
import { useAttemptStore } from '@/stores/attempt-store';
import { makeQuestion } from '../utils/make-question';
import { renderAt, startAttempt } from '../utils/render-app';

const single = makeQuestion('soa-test-single', { 'soa-c03': 'monitoring' });
const multiple = makeQuestion('soa-test-multi', { 'soa-c03': 'security' }, { type: 'multiple', choose: 2, answer: ['a', 'c'] });
const third = makeQuestion('soa-test-third', { 'soa-c03': 'networking' });

function active() {
  const a = useAttemptStore.getState().active;
  if (!a) throw new Error('no active attempt');
  return a;
}

describe('exam screen', () => {
  it('shows the question number, its id and the countdown', () => {
    startAttempt('soa-c03', [single, multiple, third]);
    renderAt(<ExamPage />, '/exam');
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeInTheDocument();
    expect(screen.getByText('soa-test-single')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('2:10:00');
  });

  it('never lets more than N options be selected on a multiple-response question', async () => {
    const user = userEvent.setup();
    startAttempt('soa-c03', [multiple, single]);
    renderAt(<ExamPage />, '/exam');
    expect(screen.getByText('(Select 2)')).toBeInTheDocument();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(5);
    await user.click(screen.getByRole('checkbox', { name: /Option A of soa-test-multi/ }));
    await user.click(screen.getByRole('checkbox', { name: /Option B of soa-test-multi/ }));
    expect(screen.getByRole('checkbox', { name: /Option C of soa-test-multi/ })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /Option C of soa-test-multi/ }));
    expect(active().answers['soa-test-multi']).toEqual(['a', 'b']);
    expect(screen.getByText('2 of 2 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Option B of soa-test-multi/ }));
    await user.click(screen.getByRole('checkbox', { name: /Option C of soa-test-multi/ }));
    expect(active().answers['soa-test-multi']).toEqual(['a', 'c']);
  });

  it('uses radio buttons for single response and replaces the choice', async () => {
    const user = userEvent.setup();
    startAttempt('soa-c03', [single]);
    renderAt(<ExamPage />, '/exam');
    await user.click(screen.getByRole('radio', { name: /Option B/ }));
    await user.click(screen.getByRole('radio', { name: /Option D/ }));
    expect(screen.getByRole('radio', { name: /Option D/ })).toBeChecked();
    expect(active().answers['soa-test-single']).toEqual(['d']);
  });

  it('flags and unflags a question and shows it in the map', async () => {
    const user = userEvent.setup();
    startAttempt('soa-c03', [single, multiple]);
    renderAt(<ExamPage />, '/exam');
    await user.click(screen.getByRole('button', { name: /Flag for review/ }));
    expect(active().flagged).toEqual(['soa-test-single']);
    const map = screen.getByRole('navigation', { name: 'Question map' });
    expect(within(map).getByRole('link', { name: 'Question 1, Unanswered, Flagged' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Remove flag/ }));
    expect(active().flagged).toEqual([]);
  });

  it('has a map that is an ordered list of links, one address per question, the current one marked', async () => {
    const user = userEvent.setup();
    startAttempt('soa-c03', [single, multiple, third]);
    renderAt(<ExamPage />, '/exam');
    await user.click(screen.getByRole('radio', { name: /Option A of soa-test-single/ }));
    const map = screen.getByRole('navigation', { name: 'Question map' });
    const links = within(within(map).getByRole('list')).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/exam/1', '/exam/2', '/exam/3']);
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual(['page', null, null]);
    expect(links[0]).toHaveAccessibleName('Question 1, Answered');
    expect(links[1]).toHaveAccessibleName('Question 2, Unanswered');
  });

  it('moves with the map, previous and next', async () => {
    const user = userEvent.setup();
    startAttempt('soa-c03', [single, multiple, third]);
    renderAt(<ExamPage />, '/exam');
    const map = screen.getByRole('navigation', { name: 'Question map' });
    // The first frame has a slot per question; the links follow once it is painted.
    expect(within(map).getAllByRole('listitem')).toHaveLength(3);
    expect(within(map).queryAllByRole('link')).toHaveLength(0);
    await user.click(await within(map).findByRole('link', { name: /Question 3,/ }));
    expect(screen.getByRole('heading', { name: 'Question 3 of 3' })).toBeInTheDocument();
    expect(within(map).getByRole('link', { name: /Question 3,/ })).toHaveAttribute('aria-current', 'page');
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    expect(within(map).getByRole('link', { name: /Question 2,/ })).toHaveAttribute('aria-current', 'page');
  });

  it('lists every question with its status on the review screen and jumps back', async () => {
    const user = userEvent.setup();
    startAttempt('soa-c03', [single, multiple, third]);
    renderAt(<ExamPage />, '/exam');
    await user.click(screen.getByRole('radio', { name: /Option A of soa-test-single/ }));
    await user.click(screen.getByRole('button', { name: /Flag for review/ }));
    await user.click(screen.getAllByRole('button', { name: 'Review screen' })[0]!);
    const review = screen.getByRole('region', { name: 'Review your answers' });
    expect(within(review).getByText('1 answered · 2 unanswered · 1 flagged')).toBeInTheDocument();
    const items = within(review).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/Question 1.*Answered.*Flagged/);
    expect(items[1]).toHaveTextContent(/Question 2.*Unanswered/);
    expect(within(items[1]!).getByRole('link')).toHaveAttribute('href', '/exam/2');
    await user.click(within(items[1]!).getByRole('link'));
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
  });

  it('says how many are unanswered before ending', async () => {
    const user = userEvent.setup();
    startAttempt('soa-c03', [single, multiple, third]);
    const { history } = renderAt(<ExamPage />, '/exam');
    await user.click(screen.getByRole('radio', { name: /Option A of soa-test-single/ }));
    await user.click(screen.getByRole('button', { name: 'End exam' }));
    const dialog = screen.getByRole('dialog', { name: 'End the exam?' });
    expect(dialog).toHaveTextContent('You have 2 unanswered question(s).');
    await user.click(within(dialog).getByRole('button', { name: 'Keep working' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'End exam' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'End exam' }));
    expect(useAttemptStore.getState().active).toBeNull();
    expect(history.at(-1)).toBe('/results/test-attempt');
  });
});

describe('exam keyboard shortcuts', () => {
  it('choose with numbers and letters, move with arrows and flag with F', async () => {
    const user = userEvent.setup();
    startAttempt('soa-c03', [single, multiple, third]);
    renderAt(<ExamPage />, '/exam');
    await user.keyboard('3');
    expect(active().answers['soa-test-single']).toEqual(['c']);
    await user.keyboard('b');
    expect(active().answers['soa-test-single']).toEqual(['b']);
    await user.keyboard('f');
    expect(active().flagged).toEqual(['soa-test-single']);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { name: 'Question 2 of 3' })).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeInTheDocument();
  });

  it('do nothing while a dialog is open', async () => {
    const user = userEvent.setup();
    startAttempt('soa-c03', [single, multiple, third]);
    renderAt(<ExamPage />, '/exam');
    await user.click(screen.getByRole('button', { name: 'End exam' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('1f{ArrowRight}');
    expect(active().answers).toEqual({});
    expect(active().flagged).toEqual([]);
    expect(active().current).toBe(0);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('1');
    expect(active().answers['soa-test-single']).toEqual(['a']);
  });
});
