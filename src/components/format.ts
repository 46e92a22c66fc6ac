import { format } from 'date-fns';
import type { Language } from '@/lib/i18n/messages';

/*
 * date-fns writes dates from the Date's local fields with its own tables, in exactly the form
 * Intl.DateTimeFormat gives for en-US and ko-KR (tests/unit/format.test.ts holds it to that),
 * without Intl: the first Intl.DateTimeFormat a page makes loads the browser's locale data,
 * 50–150 ms before the first history row or recent attempt could be drawn.
 */
const DATE_TIME = { en: 'MMM d, yyyy, HH:mm', ko: 'yyyy년 M월 d일 HH:mm' } as const;
const DAY = { en: 'MMM d', ko: 'M월 d일' } as const;

/** Date and time in the learner's language: "Nov 23, 2026, 09:05" or "2026년 11월 23일 09:05". */
export function formatDateTime(epochMs: number, language: Language): string {
  return format(epochMs, DATE_TIME[language]);
}

/** Date only, for chart axes: "Nov 23" or "11월 23일". */
export function formatDay(epochMs: number, language: Language): string {
  return format(epochMs, DAY[language]);
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
