import { useEffect } from 'react';

export interface ExamShortcutHandlers {
  choose: (position: number) => void;
  previous: () => void;
  next: () => void;
  flag: () => void;
}

const CHOICE_KEYS: Record<string, number> = { '1': 0, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, a: 0, b: 1, c: 2, d: 3, e: 4 };

/** True when a key press belongs to something else: a field, a dialog, or a key combination. */
function isForeign(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target as HTMLElement | null;
  if (!target || typeof target.closest !== 'function') return false;
  if (target.closest('input:not([type="radio"]):not([type="checkbox"]), textarea, select, [contenteditable="true"]')) return true;
  if (target.closest('[role="dialog"]')) return true;
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}

/**
 * Exam keyboard: 1–6 or A–E choose, ←/→ move, F flags. F is the flag key, so a sixth option
 * is chosen with 6. Never fires inside fields or dialogs.
 */
export function useExamShortcuts(enabled: boolean, handlers: ExamShortcutHandlers): void {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (isForeign(event)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (key in CHOICE_KEYS) {
        event.preventDefault();
        handlers.choose(CHOICE_KEYS[key]!);
      } else if (key === 'ArrowLeft') {
        event.preventDefault();
        handlers.previous();
      } else if (key === 'ArrowRight') {
        event.preventDefault();
        handlers.next();
      } else if (key === 'f') {
        event.preventDefault();
        handlers.flag();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, handlers]);
}
