/** The browser's offset from UTC at an instant, in minutes east (Seoul +540), for local-day rules. */
export function browserOffsetAt(epochMs: number): number {
  return -new Date(epochMs).getTimezoneOffset();
}
