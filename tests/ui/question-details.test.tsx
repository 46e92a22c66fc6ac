import { render, screen } from '@testing-library/react';
import { OptionExplanations } from '@/components/option-explanations';
import { useBankStore } from '@/stores/bank-store';

describe('explanations from the details chunk', () => {
  it('shows the question while its explanation loads, then the explanation', async () => {
    const bank = await useBankStore.getState().load('soa-c03');
    const question = bank.questions[0]!;
    const item = { questionId: question.id, domainId: question.exams['soa-c03']!, scored: true, optionOrder: question.options.map((o) => o.id) };
    render(<OptionExplanations item={item} question={question} selected={[]} lang="en" examCode="SOA-C03" />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Explanation' }, { timeout: 30_000 })).toBeInTheDocument();
    const whole = useBankStore.getState().details['soa-c03']!.byId.get(question.id)!;
    expect(screen.getByRole('link', { name: whole.references[0]!.replace(/^https:\/\//, '') })).toBeInTheDocument();
  }, 60_000);

  it('says so when the details cannot be loaded', async () => {
    const bank = await useBankStore.getState().load('soa-c03');
    const question = bank.questions[0]!;
    useBankStore.setState({ detailErrors: { 'soa-c03': 'offline' }, loadDetails: () => Promise.reject(new Error('offline')) });
    const item = { questionId: question.id, domainId: 'x', scored: true, optionOrder: question.options.map((o) => o.id) };
    render(<OptionExplanations item={item} question={question} selected={[]} lang="en" examCode="SOA-C03" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The question bank could not be loaded');
  }, 60_000);
});
