import { render, screen } from '@testing-library/react';
import { Countdown } from '@/features/exam/countdown';

const DEADLINE = Date.UTC(2026, 10, 23, 11, 10);
const minutesBefore = (m: number, extraMs = 0) => DEADLINE - m * 60_000 + extraMs;

describe('countdown', () => {
  it('shows the time left from the deadline and turns amber under five minutes', () => {
    const { rerender } = render(<Countdown deadline={DEADLINE} now={minutesBefore(130)} />);
    expect(screen.getByRole('timer', { name: 'Time left' })).toHaveTextContent('2:10:00');
    expect(screen.getByRole('timer').closest('.countdown')).not.toHaveClass('warning');
    rerender(<Countdown deadline={DEADLINE} now={minutesBefore(5, 1)} />);
    expect(screen.getByRole('timer')).toHaveTextContent('5:00');
    expect(screen.getByRole('timer').closest('.countdown')).toHaveClass('warning');
  });

  it('announces politely at 30, 10 and 5 minutes, not every second', () => {
    const { rerender, container } = render(<Countdown deadline={DEADLINE} now={minutesBefore(31)} />);
    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live).toHaveTextContent('');
    rerender(<Countdown deadline={DEADLINE} now={minutesBefore(30)} />);
    expect(live).toHaveTextContent('30 minutes left');
    rerender(<Countdown deadline={DEADLINE} now={minutesBefore(29, -1000)} />);
    expect(live).toHaveTextContent('30 minutes left');
    rerender(<Countdown deadline={DEADLINE} now={minutesBefore(10)} />);
    expect(live).toHaveTextContent('10 minutes left');
    rerender(<Countdown deadline={DEADLINE} now={minutesBefore(5)} />);
    expect(live).toHaveTextContent('5 minutes left');
  });
});
