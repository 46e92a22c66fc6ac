import { useCallback } from 'react';
import type { Localized } from '@/bank/schema';
import { CORE_MESSAGES, interpolate, type CoreMessageKey, type Language, type MessageVars } from '@/lib/i18n/core-messages';
import { useSettingsStore } from '@/stores/settings-store';

export type CoreTranslate = (key: CoreMessageKey, vars?: MessageVars) => string;

/**
 * The UI language and a translate function over the first screen's messages only. The header and
 * home page use this instead of useT so the rest of the UI text stays out of the first download.
 */
export function useCoreT(): { t: CoreTranslate; language: Language } {
  const language = useSettingsStore((s) => s.language);
  const t = useCallback<CoreTranslate>((key, vars) => interpolate(CORE_MESSAGES[language][key], vars), [language]);
  return { t, language };
}

export function pick(text: Localized | { en: string; ko: string }, language: Language): string {
  return text[language];
}

export function otherLanguage(language: Language): Language {
  return language === 'ko' ? 'en' : 'ko';
}
