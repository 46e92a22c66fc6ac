import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useAttemptStore } from '@/stores/attempt-store';
import { useBankStore } from '@/stores/bank-store';
import { useHistoryStore } from '@/stores/history-store';
import { useNoticesStore } from '@/stores/notices-store';
import { useSettingsStore } from '@/stores/settings-store';

const stores = [useAttemptStore, useBankStore, useHistoryStore, useNoticesStore, useSettingsStore] as const;

beforeEach(() => {
  localStorage.clear();
  for (const store of stores) store.setState(store.getInitialState(), true);
  useSettingsStore.setState({ language: 'en' });
});

afterEach(() => {
  cleanup();
});
