import { useState } from 'react';
import { useLocation } from 'wouter';
import { paths } from '@/config/paths';
import { useAttemptStore, type StartDrillOptions } from '@/stores/attempt-store';

/** Starts a drill and opens the exam screen; `blocked` while one is starting or another attempt is in progress. */
export function useStartDrill(): { start: (options: StartDrillOptions) => Promise<void>; blocked: boolean } {
  const [, navigate] = useLocation();
  const hasActive = useAttemptStore((s) => s.active !== null);
  const [busy, setBusy] = useState(false);
  return {
    blocked: busy || hasActive,
    start: async (options) => {
      setBusy(true);
      try {
        const result = await useAttemptStore.getState().startDrill(options);
        if (result.ok) navigate(paths.exam);
      } finally {
        setBusy(false);
      }
    },
  };
}
