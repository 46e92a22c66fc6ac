import * as z from 'zod/mini';
import type { HistoryData } from './history-data';
import type { HistoryEntry } from './history-entry';
import { isPackedDetail } from './packed-detail';
import { attemptDetailShape, attemptSummaryShape, text } from './persisted-schemas';

/** The shape of a packed detail; what is inside is checked when the attempt is opened (readAttempt). */
const packedDetailSchema = z.object({ dm: z.array(z.string()), it: z.string(), f: z.array(z.int()), r: z.array(z.int()) });

export const historyEntrySchema: z.ZodMiniType<HistoryEntry> = z
  .object({ ...attemptSummaryShape, detail: z.union([packedDetailSchema, z.object(attemptDetailShape)]) })
  .check(z.refine((a) => a.finishedAt !== null && a.result !== null, { message: 'a history entry must be finished and scored' }));

const questionIdsSchema = z.array(text(200));

export const historySchema: z.ZodMiniType<HistoryData> = z.object({ questionIds: questionIdsSchema, attempts: z.array(historyEntrySchema) });

/**
 * Keeps what can be kept of a history that does not validate as a whole: every entry that does.
 * Without a readable question table a packed entry cannot be read, so then only plain ones stay
 * (all of it is in the copy kept aside).
 */
export function salvageHistory(state: unknown): { state: HistoryData; rejected: unknown[] } | null {
  const saved = state as { questionIds?: unknown; attempts?: unknown } | null;
  if (!saved || !Array.isArray(saved.attempts)) return null;
  const table = questionIdsSchema.safeParse(saved.questionIds);
  const attempts: HistoryEntry[] = [];
  const rejected: unknown[] = [];
  for (const item of saved.attempts) {
    const parsed = historyEntrySchema.safeParse(item);
    if (parsed.success && (table.success || !isPackedDetail(parsed.data.detail))) attempts.push(parsed.data);
    else rejected.push(item);
  }
  return { state: { questionIds: table.success ? table.data : [], attempts }, rejected };
}
