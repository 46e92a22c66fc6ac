import type { Language } from '@/lib/i18n/messages';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (n: number) => String(n).padStart(2, '0');

/*
 * Dates are put together from the Date's local fields, in exactly the form Intl.DateTimeFormat
 * gives for en-US and ko-KR (tests/unit/format.test.ts holds them to it): the first
 * Intl.DateTimeFormat a page makes loads the browser's locale data, 50–150 ms before the first
 * history row or recent attempt can be drawn, for two fixed patterns.
 */

/** Date and time in the learner's language: "Nov 23, 2026, 09:05" or "2026년 11월 23일 09:05". */
export function formatDateTime(epochMs: number, language: Language): string {
  const d = new Date(epochMs);
  const day = formatDay(epochMs, language);
  const time = `${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}`;
  return language === 'ko' ? `${d.getFullYear()}년 ${day} ${time}` : `${day}, ${d.getFullYear()}, ${time}`;
}

/** Date only, for chart axes: "Nov 23" or "11월 23일". */
export function formatDay(epochMs: number, language: Language): string {
  const d = new Date(epochMs);
  return language === 'ko' ? `${d.getMonth() + 1}월 ${d.getDate()}일` : `${MONTHS_EN[d.getMonth()]} ${d.getDate()}`;
}

/** "1 h 23 min" or "23 min 5 s" for time used. */
export function formatDuration(ms: number, language: Language): string {
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (language === 'ko') return h > 0 ? `${h}시간 ${m}분` : `${m}분 ${s}초`;
  return h > 0 ? `${h} h ${m} min` : `${m} min ${s} s`;
}
