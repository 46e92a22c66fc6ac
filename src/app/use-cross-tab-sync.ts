import { useEffect } from 'react';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { useAnswerLogStore } from '@/stores/answer-log-store';
import { useAttemptStore } from '@/stores/attempt-store';
import { useHistoryStore } from '@/stores/history-store';
import { useSettingsStore } from '@/stores/settings-store';

const STORES = {
  [STORAGE_KEYS.settings]: useSettingsStore,
  [STORAGE_KEYS.attempt]: useAttemptStore,
  [STORAGE_KEYS.history]: useHistoryStore,
  [STORAGE_KEYS.answerLog]: useAnswerLogStore,
} as const;

/** Keeps every tab's stores in step with what another tab saved, as the zustand persist docs suggest. */
export function useCrossTabSync(): void {
  useEffect(() => {
    const listener = (event: StorageEvent) => {
      const store = event.key ? STORES[event.key as keyof typeof STORES] : undefined;
      if (store) void store.persist.rehydrate();
    };
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  }, []);
}
