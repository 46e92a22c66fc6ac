import type { Language } from '@/lib/i18n/messages';

const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-US' };

const DATE_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false };
const DAY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };

// Making an Intl.DateTimeFormat costs far more than formatting with one, and a history table or
// a chart axis formats hundreds of dates; so one formatter per language and form, made once.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, form: 'dateTime' | 'day'): Intl.DateTimeFormat {
  const key = `${language} ${form}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[language], form === 'day' ? DAY : DATE_TIME);
    formatters.set(key, f);
  }
  return f;
}

/** Date and time in the learner's language, through the browser's Intl data rather than bundled locales. */
export function formatDateTime(epochMs: number, language: Language): string {
  return formatter(language, 'dateTime').format(epochMs);
}

/** Date only, for chart axes. */
export function formatDay(epochMs: number, language: Language): string {
  return formatter(language, 'day').format(epochMs);
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
