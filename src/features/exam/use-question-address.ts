import { useEffect, useRef } from 'react';
import { useLocation, useRoute } from 'wouter';
import { paths, routePatterns } from '@/config/paths';
import { useAttemptStore } from '@/stores/attempt-store';

/** How long moving must pause before the address follows; a burst of moves then makes one history call. */
export const ADDRESS_DELAY_MS = 250;

/** What the screen has seen before its first address: that one is where it opened, not a request. */
const OPENING = Symbol('opening');

interface AddressOptions {
  /** False until this tab knows whether another tab owns the attempt. */
  settled: boolean;
  readOnly: boolean;
}

/** The question index an address asks for, or null when it names no question of this attempt. */
function requestedIndex(param: string, total: number): number | null {
  if (!/^\d+$/.test(param)) return null;
  const n = Number(param);
  return n >= 1 && n <= total ? n - 1 : null;
}

/**
 * Keeps the address (`#/exam/<n>`) and the attempt's saved question in step. The saved `current`
 * is the truth, and moving changes only it; the address follows once moving pauses, replacing the
 * history entry, so Back leaves the exam instead of stepping through questions. (A history call is
 * a same-document navigation: it costs the browser milliseconds that would otherwise come between
 * a key press and the next question, and Chromium throttles hundreds of them in a row.)
 *
 * When the exam screen opens (a reload, a new tab, a bookmark) it shows the saved question, since
 * the address may have been a moment behind the last move. While it is open, an address that
 * changes from outside (typed, pasted, Back or Forward) asks for its question; one that names no
 * question of the attempt is put back to the saved one.
 */
export function useQuestionAddress({ settled, readOnly }: AddressOptions): void {
  const [, navigate] = useLocation();
  const [, params] = useRoute<{ question?: string }>(routePatterns.exam);
  const param = params?.question;
  const current = useAttemptStore((s) => s.active?.current);
  const total = useAttemptStore((s) => s.active?.items.length ?? 0);
  // The last address taken as a request (or written here), so that only a new one asks for a question.
  const handled = useRef<string | undefined | typeof OPENING>(OPENING);

  useEffect(() => {
    if (current === undefined) return;
    if (param !== handled.current) {
      const index = handled.current === OPENING || param === undefined ? null : requestedIndex(param, total);
      if (index !== null && index !== current) {
        // A tab that may turn out to be read-only must not move the owner's attempt; ask again once it knows.
        if (!settled) return;
        if (!readOnly) useAttemptStore.getState().goTo(index);
      }
      handled.current = param;
    }
    if (param === String((useAttemptStore.getState().active?.current ?? current) + 1)) return;
    const timer = window.setTimeout(() => {
      const saved = useAttemptStore.getState().active?.current;
      if (saved === undefined) return;
      handled.current = String(saved + 1);
      navigate(paths.examQuestion(saved + 1), { replace: true });
    }, ADDRESS_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [param, current, total, settled, readOnly, navigate]);
}
