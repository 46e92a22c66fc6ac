import * as z from 'zod/mini';
import { appendEntries, type AnswerLogEntry } from '@/engine/answer-log';
import type { Attempt } from '@/engine/types';
import { useAnswerLogStore } from './answer-log-store';
import { useAttemptStore } from './attempt-store';
import { useHistoryStore } from './history-store';
import { answerLogEntrySchema, attemptSchema, finishedAttemptSchema } from './persisted-schemas';
import { settingsSchema } from './settings-schema';
import { useSettingsStore, type SettingsData } from './settings-store';

export const BACKUP_FORMAT = 'aws-exam-simulator-backup';
export const BACKUP_VERSION = 1;
/** Far above a decade of study (1,000 attempts take under 2 MB), far below what would hang a tab. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.int().check(z.nonnegative()),
  data: z.strictObject({
    settings: settingsSchema,
    history: z.array(finishedAttemptSchema).check(z.maxLength(100_000)),
    answerLog: z.array(answerLogEntrySchema).check(z.maxLength(5_000_000)),
    active: z.nullable(attemptSchema),
  }),
});

export type Backup = z.infer<typeof backupSchema>;

/** Everything the learner has, as one versioned object. */
export function createBackup(now = Date.now()): Backup {
  const s = useSettingsStore.getState();
  const settings: SettingsData = { language: s.language, examId: s.examId, esl: s.esl, unscored: s.unscored, theme: s.theme };
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    data: {
      settings,
      history: useHistoryStore.getState().openAll(),
      answerLog: useAnswerLogStore.getState().entries,
      active: useAttemptStore.getState().active,
    },
  };
}

export type ImportResult =
  | { ok: true; addedAttempts: number; skippedAttempts: number; addedAnswers: number; restoredActive: boolean }
  | { ok: false; reason: string };

function describe(error: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] }): string {
  const first = error.issues[0];
  const path = first ? first.path.map(String).join('.') || '(top level)' : '(top level)';
  const detail = first?.message === 'Invalid input' && first.code ? first.code.replace(/_/g, ' ') : (first?.message ?? 'invalid');
  return `${path}: ${detail}`;
}

/** Reads and checks a backup file's text; nothing is changed here. */
export function parseBackup(text: string): { ok: true; backup: Backup } | { ok: false; reason: string } {
  if (new Blob([text]).size > MAX_BACKUP_BYTES) return { ok: false, reason: `the file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not valid JSON' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'the file is not a backup from this app' };
  }
  const version = (json as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) return { ok: false, reason: `unsupported backup version ${JSON.stringify(version)} (expected ${BACKUP_VERSION})` };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: describe(parsed.error) };
  return { ok: true, backup: parsed.data };
}

/**
 * Merges a checked backup: attempts by id (never twice), answers by attempt and question, and the
 * attempt in progress only when none is in progress here. Settings stay as they are.
 */
export function mergeBackup(backup: Backup): Extract<ImportResult, { ok: true }> {
  const history = useHistoryStore.getState();
  const known = new Set(history.attempts.map((a) => a.id));
  const fresh: Attempt[] = backup.data.history.filter((a) => !known.has(a.id));
  history.addAll(fresh);
  const log = useAnswerLogStore.getState();
  const before = log.entries.length;
  const merged: AnswerLogEntry[] = appendEntries(log.entries, backup.data.answerLog);
  useAnswerLogStore.setState({ entries: merged });
  const incoming = backup.data.active;
  const canRestore = incoming !== null && incoming.finishedAt === null && useAttemptStore.getState().active === null && !known.has(incoming.id);
  if (canRestore) useAttemptStore.setState({ active: incoming });
  return {
    ok: true,
    addedAttempts: fresh.length,
    skippedAttempts: backup.data.history.length - fresh.length,
    addedAnswers: merged.length - before,
    restoredActive: canRestore,
  };
}

export function importBackup(text: string): ImportResult {
  const parsed = parseBackup(text);
  return parsed.ok ? mergeBackup(parsed.backup) : parsed;
}
