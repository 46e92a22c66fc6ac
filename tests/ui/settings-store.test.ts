import { STORAGE_KEYS } from '@/lib/storage/keys';
import { useNoticesStore } from '@/stores/notices-store';
import { useSettingsStore } from '@/stores/settings-store';

const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEYS.settings) ?? 'null') as { state: Record<string, unknown>; version: number } | null;

describe('settings store', () => {
  it('saves every change in the persist envelope, with only the settings in it', () => {
    useSettingsStore.getState().setTheme('dark');
    useSettingsStore.getState().setExamId('saa-c03');
    expect(saved()).toEqual({ version: 1, state: { language: 'en', examId: 'saa-c03', esl: false, unscored: false, theme: 'dark' } });
  });

  it('reads what another tab saved when reloaded', () => {
    localStorage.setItem(STORAGE_KEYS.settings, JSON.stringify({ version: 1, state: { language: 'ko', examId: 'clf-c02', esl: true, unscored: true, theme: 'light' } }));
    useSettingsStore.getState().reload();
    expect(useSettingsStore.getState()).toMatchObject({ language: 'ko', examId: 'clf-c02', esl: true, unscored: true, theme: 'light' });
  });

  it('keeps unreadable settings aside, says so, and goes on with defaults', () => {
    const raw = JSON.stringify({ version: 1, state: { language: 'fr', examId: 'soa-c03', esl: false, unscored: false, theme: 'system' } });
    localStorage.setItem(STORAGE_KEYS.settings, raw);
    useSettingsStore.getState().reload();
    expect(useSettingsStore.getState().examId).toBe('soa-c03');
    expect(['ko', 'en']).toContain(useSettingsStore.getState().language);
    const [notice] = useNoticesStore.getState().recovered;
    expect(notice?.key).toBe(STORAGE_KEYS.settings);
    expect(notice?.reason).toMatch(/language/);
    expect(notice?.keptAs && localStorage.getItem(notice.keptAs)).toBe(raw);
  });
});
