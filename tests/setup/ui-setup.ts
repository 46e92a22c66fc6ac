import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useAttemptStore } from '@/stores/attempt-store';
import { useBankStore } from '@/stores/bank-store';
import { useHistoryStore } from '@/stores/history-store';
import { useNoticesStore } from '@/stores/notices-store';
import { useSettingsStore } from '@/stores/settings-store';

/** Puts a store back to how it starts, as the zustand docs recommend for tests. */
function reset<S>(store: { setState: (state: S, replace: true) => void; getInitialState: () => S }) {
  store.setState(store.getInitialState(), true);
}

beforeEach(() => {
  localStorage.clear();
  reset(useAttemptStore);
  reset(useBankStore);
  reset(useHistoryStore);
  reset(useNoticesStore);
  reset(useSettingsStore);
  useSettingsStore.setState({ language: 'en' });
});

afterEach(() => {
  cleanup();
});
