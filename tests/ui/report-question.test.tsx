import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportQuestion, reportText } from '@/components/report-question';
import { makeQuestion } from '../utils/make-question';

const question = makeQuestion('soa-report-me', { 'soa-c03': 'security' });

describe('report a problem', () => {
  it('builds a report naming the question, the key and the learner’s answer', () => {
    expect(reportText(question, 'SOA-C03', ['c'], 'The key should be C.')).toBe(
      'Question soa-report-me (SOA-C03)\nKey: a · My answer: c (option ids as in the bank)\nReferences: https://docs.aws.amazon.com/example\n\nThe key should be C.',
    );
  });

  it('lets the learner describe the problem and copy the report', async () => {
    const user = userEvent.setup();
    render(<ReportQuestion question={question} examCode="SOA-C03" selected={['b']} />);
    await user.click(screen.getByRole('button', { name: 'Report a problem' }));
    const dialog = screen.getByRole('dialog', { name: 'Report a problem with soa-report-me' });
    await user.type(within(dialog).getByLabelText(/What is wrong/), 'Option B is also right.');
    expect(within(dialog).getByLabelText('Report')).toHaveTextContent('Option B is also right.');
    await user.click(within(dialog).getByRole('button', { name: 'Copy report' }));
    expect(await navigator.clipboard.readText()).toContain('Question soa-report-me (SOA-C03)');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied.');
  });
});
