import { useEffect } from 'react';
import { useAttemptStore } from '@/stores/attempt-store';
import { useBankStore } from '@/stores/bank-store';
import { useNoticesStore } from '@/stores/notices-store';
import { useSettingsStore } from '@/stores/settings-store';
import { Notices } from './notices';
import { loadExamPage } from './page-loaders';
import { UpdatePrompt } from './update-prompt';
import './toasts.css';
import { useCrossTabSync } from './use-cross-tab-sync';

/**
 * Everything app-wide that needs the saved attempts: notices about stored data, the update prompt,
 * cross-tab sync, settling an exam whose time ran out while closed, and the idle prefetch. It is
 * loaded right after the first paint, so the header and home page never wait for it.
 */
export default function AppServices() {
  useCrossTabSync();

  const examId = useSettingsStore((s) => s.examId);
  useEffect(() => {
    // Fetch the exam screen and the chosen bank while the learner reads the home page, so Start is instant.
    const prefetch = () => {
      void loadExamPage().catch(() => undefined);
      void useBankStore.getState().load(examId).catch(() => undefined);
    };
    if (typeof window.requestIdleCallback === 'function') {
      // Soon even on a busy machine: a learner who clicks Start before the bank arrives waits for all of it.
      const id = window.requestIdleCallback(prefetch, { timeout: 300 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(prefetch, 500);
    return () => clearTimeout(id);
  }, [examId]);

  useEffect(() => {
    void useAttemptStore
      .getState()
      .settleIfDue(Date.now())
      .then((id) => id && useNoticesStore.getState().addTimedOut(id))
      .catch(() => undefined);
  }, []);

  return (
    <>
      {/* Over the page, not in it: these arrive seconds after load, and in the flow they would push everything down. */}
      <div className="toasts">
        <UpdatePrompt />
      </div>
      <Notices />
    </>
  );
}
