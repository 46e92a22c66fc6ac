import { intlFormat } from 'date-fns';
import type { Language } from '@/lib/i18n/messages';

const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-US' };

/** Date and time in the learner's language, through the browser's Intl data rather than bundled locales. */
export function formatDateTime(epochMs: number, language: Language): string {
  return intlFormat(epochMs, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }, { locale: LOCALES[language] });
}

/** Date only, for chart axes. */
export function formatDay(epochMs: number, language: Language): string {
  return intlFormat(epochMs, { month: 'short', day: 'numeric' }, { locale: LOCALES[language] });
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
