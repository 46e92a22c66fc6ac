import { useCallback } from 'react';
import type { Localized } from '@/bank/schema';
import { translate, type Language, type MessageKey } from '@/lib/i18n/messages';
import { useSettingsStore } from '@/stores/settings-store';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The UI language and a translate function bound to it. */
export function useT(): { t: Translate; language: Language } {
  const language = useSettingsStore((s) => s.language);
  const t = useCallback<Translate>((key, vars) => translate(language, key, vars), [language]);
  return { t, language };
}

export function pick(text: Localized | { en: string; ko: string }, language: Language): string {
  return text[language];
}

export function otherLanguage(language: Language): Language {
  return language === 'ko' ? 'en' : 'ko';
}
