import type { Validator } from './validated-storage';

/**
 * A salvage for a state that is one list: keeps the entries that validate and reports the rest,
 * so one bad entry does not cost the learner the others.
 */
export function salvageList<K extends string, T>(key: K, entry: Validator<T>): (state: unknown) => { state: Record<K, T[]>; rejected: unknown[] } | null {
  return (state) => {
    const list = (state as Partial<Record<K, unknown>> | null)?.[key];
    if (!Array.isArray(list)) return null;
    const kept: T[] = [];
    const rejected: unknown[] = [];
    for (const item of list) {
      const parsed = entry.safeParse(item);
      if (parsed.success) kept.push(parsed.data);
      else rejected.push(item);
    }
    return { state: { [key]: kept } as Record<K, T[]>, rejected };
  };
}
