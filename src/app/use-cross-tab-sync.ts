import { useEffect } from 'react';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { useAnswerLogStore } from '@/stores/answer-log-store';
import { useAttemptStore } from '@/stores/attempt-store';
import { useHistoryStore } from '@/stores/history-store';
import { useSettingsStore } from '@/stores/settings-store';

/** What to read again when another tab saved under a key. */
const RELOADERS: Record<string, () => unknown> = {
  [STORAGE_KEYS.settings]: () => useSettingsStore.getState().reload(),
  [STORAGE_KEYS.attempt]: () => useAttemptStore.persist.rehydrate(),
  [STORAGE_KEYS.history]: () => useHistoryStore.persist.rehydrate(),
  [STORAGE_KEYS.answerLog]: () => useAnswerLogStore.persist.rehydrate(),
};

/** Keeps every tab's stores in step with what another tab saved, as the zustand persist docs suggest. */
export function useCrossTabSync(): void {
  useEffect(() => {
    const listener = (event: StorageEvent) => {
      const reload = event.key ? RELOADERS[event.key] : undefined;
      if (reload) void reload();
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  }, []);
}
