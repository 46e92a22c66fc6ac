/** Minutes an exam lasts, with ESL +30 when chosen. */
export function examMinutes(baseMinutes: number, esl: boolean): number {
  return baseMinutes + (esl ? 30 : 0);
}

/** The deadline is saved once; everything else is computed from it. */
export function deadlineFrom(startedAt: number, minutes: number): number {
  return startedAt + minutes * 60_000;
}

/** Milliseconds left, never negative. */
export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** Open up to and including deadline − 1 ms; over from the deadline on. */
export function isTimeUp(deadline: number | null, now: number): boolean {
  return deadline !== null && now >= deadline;
}

/** Under five minutes the countdown turns amber, as at a Pearson VUE test centre. */
export const WARNING_MS = 5 * 60_000;

export function isWarning(deadline: number, now: number): boolean {
  const left = remainingMs(deadline, now);
  return left > 0 && left < WARNING_MS;
}

/** "2:09:59" or "9:59" for a countdown. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.ceil(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
