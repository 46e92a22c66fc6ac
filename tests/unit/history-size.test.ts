import { resolve } from 'node:path';
import { generateHistory } from '../../scripts/bench/generate-history';
import type { HistoryData } from '@/stores/history-data';
import { readAttempt } from '@/stores/history-entry';
import { historySchema } from '@/stores/history-schemas';
import { isPackedDetail } from '@/stores/packed-detail';

// The benchmark's history: 1,000 attempts played through the engine over the real bank, saved by the store's own code.
const history = generateHistory(1000, resolve(__dirname, '../..'));
const saved = JSON.parse(history.json) as { state: HistoryData; version: number };

describe('a history of 1,000 attempts', () => {
  it('takes under 2 MB of storage (issue #6)', () => {
    expect(history.count).toBe(1000);
    expect(new TextEncoder().encode(history.json).length).toBeLessThan(2_000_000);
  });

  it('is packed throughout, with each question id written once', () => {
    expect(saved.state.attempts.every((a) => isPackedDetail(a.detail))).toBe(true);
    expect(new Set(saved.state.questionIds).size).toBe(saved.state.questionIds.length);
  });

  it('loads, and every attempt in it opens whole', () => {
    const loaded = historySchema.safeParse(saved.state);
    expect(loaded.success).toBe(true);
    const { questionIds, attempts } = loaded.data!;
    expect(attempts.filter((a) => !readAttempt(a, questionIds).ok)).toEqual([]);
  });
});
