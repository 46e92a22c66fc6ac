import { useCallback } from 'react';
import type { MessageVars } from '@/lib/i18n/core-messages';
import { translate, type Language, type MessageKey } from '@/lib/i18n/messages';
import { useSettingsStore } from '@/stores/settings-store';

export { pick, otherLanguage } from './use-core-t';

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** The UI language and a translate function bound to it, over every message. */
export function useT(): { t: Translate; language: Language } {
  const language = useSettingsStore((s) => s.language);
  const t = useCallback<Translate>((key, vars) => translate(language, key, vars), [language]);
  return { t, language };
}
