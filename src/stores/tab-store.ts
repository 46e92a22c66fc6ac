import { create } from 'zustand';

interface TabState {
  /** Another tab has the attempt in progress; this one only watches, so it cannot overwrite answers. */
  readOnly: boolean;
  setReadOnly: (readOnly: boolean) => void;
}

export const useTabStore = create<TabState>()((set) => ({
  readOnly: false,
  setReadOnly: (readOnly) => set({ readOnly }),
}));
