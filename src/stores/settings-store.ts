import { create } from 'zustand';
import { DEFAULT_EXAM_ID, type ExamId } from '@/config/exams';
import type { Language } from '@/lib/i18n/core-messages';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { createValidatedStorage } from '@/lib/storage/validated-storage';
import { storageCallbacks } from './notices-store';
import { settingsSchema } from './settings-schema';

export type Theme = 'system' | 'light' | 'dark';

export interface SettingsData {
  language: Language;
  examId: ExamId;
  esl: boolean;
  unscored: boolean;
  theme: Theme;
}

interface SettingsState extends SettingsData {
  setLanguage: (language: Language) => void;
  setExamId: (examId: ExamId) => void;
  setEsl: (esl: boolean) => void;
  setUnscored: (unscored: boolean) => void;
  setTheme: (theme: Theme) => void;
  /** Reads the saved settings again, e.g. after another tab changed them. */
  reload: () => void;
}

const VERSION = 1;

/*
 * Settings are read before the first paint, so this store saves through the validated storage
 * directly instead of zustand's persist middleware: the middleware then loads with the stores
 * that need it, after the first paint. Same envelope, same validation, same key.
 */
const storage = createValidatedStorage<SettingsData>({ schema: settingsSchema, version: VERSION, ...storageCallbacks });

function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'ko';
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function defaults(): SettingsData {
  return { language: browserLanguage(), examId: DEFAULT_EXAM_ID, esl: false, unscored: false, theme: 'system' };
}

function saved(): SettingsData {
  return storage.getItem(STORAGE_KEYS.settings)?.state ?? defaults();
}

export const useSettingsStore = create<SettingsState>()((set, get) => {
  const change = (patch: Partial<SettingsData>) => {
    set(patch);
    const { language, examId, esl, unscored, theme } = get();
    storage.setItem(STORAGE_KEYS.settings, { state: { language, examId, esl, unscored, theme }, version: VERSION });
  };
  return {
    ...saved(),
    setLanguage: (language) => change({ language }),
    setExamId: (examId) => change({ examId }),
    setEsl: (esl) => change({ esl }),
    setUnscored: (unscored) => change({ unscored }),
    setTheme: (theme) => change({ theme }),
    reload: () => set(saved()),
  };
});
