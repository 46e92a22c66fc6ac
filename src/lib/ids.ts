/** A random id for an attempt; randomness lives here, outside the engine. */
export function newAttemptId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `att-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A 32-bit seed for the engine's shuffles, saved with the attempt. */
export function newSeed(): number {
  if (typeof crypto !== 'undefined' && 'getRandomValues' in crypto) return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
  return Math.floor(Math.random() * 2 ** 32);
}
