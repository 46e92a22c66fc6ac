import { format } from 'date-fns';
import { enUS, ko } from 'date-fns/locale';
import type { Language } from '@/lib/i18n/messages';

/** "2026-11-23 14:05" style date-time in the learner's language. */
export function formatDateTime(epochMs: number, language: Language): string {
  return format(epochMs, language === 'ko' ? 'yyyy. M. d. HH:mm' : 'MMM d, yyyy HH:mm', { locale: language === 'ko' ? ko : enUS });
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
