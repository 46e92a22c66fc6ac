import { KEPT_ASIDE_MARK } from './validated-storage';

export interface KeptAside {
  key: string;
  bytes: number;
  at: number;
}

/** Data that could not be read and was kept under its own key. */
export function listKeptAside(storage: Storage = localStorage): KeptAside[] {
  const found: KeptAside[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (!key || !key.includes(KEPT_ASIDE_MARK)) continue;
    const value = storage.getItem(key) ?? '';
    found.push({ key, bytes: new Blob([value]).size, at: Number(key.split(KEPT_ASIDE_MARK)[1]) || 0 });
  }
  return found.sort((a, b) => b.at - a.at);
}
