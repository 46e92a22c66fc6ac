import { create } from 'zustand';
import { persist } from 'zustand/middleware';
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
}


function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'ko';
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      language: browserLanguage(),
      examId: DEFAULT_EXAM_ID,
      esl: false,
      unscored: false,
      theme: 'system',
      setLanguage: (language) => set({ language }),
      setExamId: (examId) => set({ examId }),
      setEsl: (esl) => set({ esl }),
      setUnscored: (unscored) => set({ unscored }),
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: STORAGE_KEYS.settings,
      version: 1,
      storage: createValidatedStorage<SettingsData>({ schema: settingsSchema, version: 1, ...storageCallbacks }),
      partialize: (s): SettingsData => ({ language: s.language, examId: s.examId, esl: s.esl, unscored: s.unscored, theme: s.theme }),
    },
  ),
);
