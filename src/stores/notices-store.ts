import { create } from 'zustand';
import type { RecoveryNotice } from '@/lib/storage/validated-storage';

interface NoticesState {
  recovered: RecoveryNotice[];
  storageFull: boolean;
  /** Attempt ids submitted automatically because their time ran out while the app was closed. */
  timedOut: string[];
  addRecovered: (notice: RecoveryNotice) => void;
  setStorageFull: (full: boolean) => void;
  addTimedOut: (attemptId: string) => void;
  dismissRecovered: (index: number) => void;
  dismissTimedOut: (attemptId: string) => void;
}

/** Things the learner must be told about their saved data; in memory only. */
export const useNoticesStore = create<NoticesState>()((set) => ({
  recovered: [],
  storageFull: false,
  timedOut: [],
  addRecovered: (notice) => set((s) => ({ recovered: [...s.recovered, notice] })),
  setStorageFull: (storageFull) => set({ storageFull }),
  addTimedOut: (attemptId) => set((s) => ({ timedOut: s.timedOut.includes(attemptId) ? s.timedOut : [...s.timedOut, attemptId] })),
  dismissRecovered: (index) => set((s) => ({ recovered: s.recovered.filter((_, i) => i !== index) })),
  dismissTimedOut: (attemptId) => set((s) => ({ timedOut: s.timedOut.filter((id) => id !== attemptId) })),
}));

/** Wiring for persisted stores: report unreadable data and full storage here. */
export const storageCallbacks = {
  onRecover: (notice: RecoveryNotice) => useNoticesStore.getState().addRecovered(notice),
  // Quota errors and storage disabled by the browser mean the same to the learner: nothing is being saved.
  onWriteError: () => useNoticesStore.getState().setStorageFull(true),
};
