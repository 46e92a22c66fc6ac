import type { AnswerLogEntry } from '@/engine/answer-log';
import { buildSchedule, dueQuestions, localDay } from '@/engine/leitner';

const SEOUL = () => 540;
const UTC = () => 0;
/** New York: UTC−5 in winter, UTC−4 from 8 March 2026 07:00 UTC. */
const NEW_YORK = (ms: number) => (ms >= Date.UTC(2026, 2, 8, 7) ? -240 : -300);

function entry(questionId: string, iso: string, correct: boolean): AnswerLogEntry {
  return { questionId, examId: 'soa-c03', attemptId: iso, at: Date.parse(iso), mode: 'drill', correct, flagged: false, seconds: 30 };
}

describe('Leitner schedule', () => {
  it('puts a missed question in box 1, due the next local day', () => {
    const schedule = buildSchedule([entry('q', '2026-11-23T10:00:00Z', false)], UTC);
    expect(schedule.active).toEqual([{ questionId: 'q', box: 1, dueDay: localDay(Date.parse('2026-11-24T00:00:00Z'), UTC), lastAnsweredAt: Date.parse('2026-11-23T10:00:00Z') }]);
    expect(dueQuestions(schedule, Date.parse('2026-11-23T23:59:59.999Z'), UTC)).toEqual([]);
    expect(dueQuestions(schedule, Date.parse('2026-11-24T00:00:00Z'), UTC)).toHaveLength(1);
  });

  it('ignores questions never missed', () => {
    expect(buildSchedule([entry('q', '2026-11-23T10:00:00Z', true)], UTC)).toEqual({ active: [], mastered: [] });
  });

  it('promotes through boxes of 1, 3, 7, 14 and 30 days to mastery', () => {
    const log = [
      entry('q', '2026-01-01T12:00:00Z', false), // box 1, due Jan 2
      entry('q', '2026-01-02T12:00:00Z', true), // box 2, due Jan 5
      entry('q', '2026-01-05T12:00:00Z', true), // box 3, due Jan 12
      entry('q', '2026-01-12T12:00:00Z', true), // box 4, due Jan 26
      entry('q', '2026-01-26T12:00:00Z', true), // box 5, due Feb 25
    ];
    const s = buildSchedule(log, UTC);
    expect(s.active[0]).toMatchObject({ box: 5, dueDay: localDay(Date.parse('2026-02-25T00:00:00Z'), UTC) });
    const done = buildSchedule([...log, entry('q', '2026-02-25T12:00:00Z', true)], UTC);
    expect(done).toEqual({ active: [], mastered: ['q'] });
  });

  it('sends a miss back to box 1 from any box', () => {
    const s = buildSchedule(
      [entry('q', '2026-01-01T12:00:00Z', false), entry('q', '2026-01-02T12:00:00Z', true), entry('q', '2026-01-05T12:00:00Z', false)],
      UTC,
    );
    expect(s.active[0]).toMatchObject({ box: 1, dueDay: localDay(Date.parse('2026-01-06T00:00:00Z'), UTC) });
  });

  it('does not promote a correct answer given before the due day', () => {
    const s = buildSchedule([entry('q', '2026-01-01T12:00:00Z', false), entry('q', '2026-01-01T13:00:00Z', true)], UTC);
    expect(s.active[0]).toMatchObject({ box: 1 });
  });

  it('counts days at the learner’s local midnight, not UTC', () => {
    // 23:30 in Seoul on Nov 23 is 14:30 UTC; due on Seoul's Nov 24, which starts at 15:00 UTC on Nov 23.
    const s = buildSchedule([entry('q', '2026-11-23T14:30:00Z', false)], SEOUL);
    expect(dueQuestions(s, Date.parse('2026-11-23T14:59:59Z'), SEOUL)).toHaveLength(0);
    expect(dueQuestions(s, Date.parse('2026-11-23T15:00:00Z'), SEOUL)).toHaveLength(1);
    // The same instant in UTC is still Nov 23, so nothing would be due until UTC midnight.
    expect(dueQuestions(buildSchedule([entry('q', '2026-11-23T14:30:00Z', false)], UTC), Date.parse('2026-11-23T15:00:00Z'), UTC)).toHaveLength(0);
  });

  it('follows daylight-saving changes in the learner’s zone', () => {
    // Missed at 23:00 New York time on 7 March (UTC−5); due from local midnight on 8 March.
    const s = buildSchedule([entry('q', '2026-03-08T04:00:00Z', false)], NEW_YORK);
    expect(dueQuestions(s, Date.parse('2026-03-08T04:59:59Z'), NEW_YORK)).toHaveLength(0);
    expect(dueQuestions(s, Date.parse('2026-03-08T05:00:00Z'), NEW_YORK)).toHaveLength(1);
  });

  it('orders answers by time whatever the log order', () => {
    const a = [entry('q', '2026-01-02T12:00:00Z', true), entry('q', '2026-01-01T12:00:00Z', false)];
    expect(buildSchedule(a, UTC).active[0]).toMatchObject({ box: 2 });
  });
});
