import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'wouter';
import { routePatterns } from '@/config/paths';
import { createAttempt, finish, selectOption } from '@/engine/attempt';
import ResultsPage from '@/features/results/results-page';
import { getBlueprint } from '@/lib/blueprints';
import { useAttemptStore } from '@/stores/attempt-store';
import { useHistoryStore } from '@/stores/history-store';
import { makeQuestion } from '../utils/make-question';
import { provideBank, renderAt } from '../utils/render-app';

const questions = [
  makeQuestion('m1', { 'soa-c03': 'monitoring' }, { topics: ['cloudwatch-alarms'] }),
  makeQuestion('m2', { 'soa-c03': 'monitoring' }, { topics: ['cloudwatch-alarms'] }),
  makeQuestion('s1', { 'soa-c03': 'security' }, { topics: ['kms'] }),
  makeQuestion('n1', { 'soa-c03': 'networking' }, { topics: ['vpc'] }),
];

function finishedMock() {
  const byId = new Map(questions.map((q) => [q.id, q]));
  let a = createAttempt({
    id: 'done-1',
    examId: 'soa-c03',
    mode: 'mock',
    seed: 1,
    now: Date.UTC(2026, 10, 23, 9),
    minutes: 130,
    settings: { esl: false, unscored: false, practice: false },
    items: questions.map((q) => ({ questionId: q.id, domainId: q.exams['soa-c03']!, scored: true, optionOrder: ['a', 'b', 'c', 'd'] })),
  });
  a = selectOption(a, questions[0]!, 'b');
  a = selectOption(a, questions[2]!, 'a');
  a = selectOption(a, questions[3]!, 'a');
  a = { ...a, flagged: ['n1'], secondsSpent: { m1: 200, m2: 40, s1: 90, n1: 30 } };
  return finish(a, byId, getBlueprint('soa-c03'), Date.UTC(2026, 10, 23, 10), 'submitted');
}

function renderResults() {
  provideBank('soa-c03', questions);
  useHistoryStore.getState().add(finishedMock());
  return renderAt(<Route path={routePatterns.results} component={ResultsPage} />, '/results/done-1');
}

describe('results report', () => {
  it('shows the scaled score, pass or fail, and the domain table', () => {
    renderResults();
    expect(screen.getByRole('heading', { name: 'Exam results' })).toBeInTheDocument();
    expect(screen.getByText('2 of 4 scored questions correct')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /Monitoring.*0\/2.*0%.*Needs Improvement/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Security and Compliance.*1\/1.*100%.*Meets Competencies/ })).toBeInTheDocument();
  });

  it('ranks what to study next by points to gain, with drill buttons', () => {
    renderResults();
    const section = screen.getByRole('region', { name: 'What to study next' });
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/Monitoring.*0%.*\+136 points/);
    expect(within(section).getByRole('button', { name: /Drill Monitoring/ })).toBeEnabled();
    expect(within(section).getByRole('button', { name: 'Drill cloudwatch-alarms' })).toBeEnabled();
  });

  it('shows pacing against two minutes and the slowest questions', () => {
    renderResults();
    const pacing = screen.getByRole('region', { name: 'Pacing' });
    expect(within(pacing).getByText(/Median 65 s a question against the exam’s pace of 120 s; 1 question\(s\) over pace\./)).toBeInTheDocument();
    expect(within(pacing).getByText('Question 1: 200 s')).toBeInTheDocument();
    expect(within(pacing).getByText(/Time left at the end: 1:10:00/)).toBeInTheDocument();
  });

  it('starts a practice drill of the missed questions', async () => {
    const user = userEvent.setup();
    const { history } = renderResults();
    const retake = screen.getByRole('region', { name: 'Retake missed questions' });
    expect(within(retake).getByRole('button', { name: 'Flagged (1)' })).toBeEnabled();
    await user.click(within(retake).getByRole('button', { name: 'Incorrect and unanswered (2)' }));
    const active = useAttemptStore.getState().active;
    expect(active?.mode).toBe('drill');
    expect(active?.settings.practice).toBe(true);
    expect(active?.items.map((i) => i.questionId).sort()).toEqual(['m1', 'm2']);
    expect(history.at(-1)).toBe('/exam');
  });
});
