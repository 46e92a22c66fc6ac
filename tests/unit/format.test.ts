import { formatDateTime, formatDay } from '@/components/format';

const LOCALES = { en: 'en-US', ko: 'ko-KR' } as const;
// hourCycle h23 is what browsers give for the app's former `hour12: false` (Node 20's older ICU writes midnight as 24:00).
const intlDateTime = (language: 'en' | 'ko') =>
  new Intl.DateTimeFormat(LOCALES[language], { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const intlDay = (language: 'en' | 'ko') => new Intl.DateTimeFormat(LOCALES[language], { month: 'short', day: 'numeric' });

// Every month, single- and two-digit days, midnight, noon and the last minute of the day, over two years.
const moments: number[] = [];
for (let month = 0; month < 24; month += 1) {
  for (const [day, hour, minute] of [[1, 0, 0], [9, 0, 5], [15, 12, 0], [28, 23, 59], [10, 9, 30]] as const) moments.push(new Date(2025, month, day, hour, minute).getTime());
}

describe.each(['en', 'ko'] as const)('dates in %s', (language) => {
  it('read exactly as Intl.DateTimeFormat writes them', () => {
    for (const at of moments) {
      expect(formatDateTime(at, language)).toBe(intlDateTime(language).format(at));
      expect(formatDay(at, language)).toBe(intlDay(language).format(at));
    }
  });
});
