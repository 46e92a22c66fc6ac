import type { PersistStorage, StorageValue } from 'zustand/middleware';

/** What happened to stored data that could not be used as it was. */
export interface RecoveryNotice {
  key: string;
  /** Where the raw data now lives, so nothing is lost and it can be exported. */
  keptAs: string | null;
  reason: string;
}

/** Anything that validates like a zod schema (full zod or zod/mini). */
export interface Validator<S> {
  safeParse: (data: unknown) => { success: true; data: S } | { success: false; error: { issues: readonly Issue[] } };
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
}

export interface ValidatedStorageOptions<S> {
  schema: Validator<S>;
  version: number;
  /** migrations[n] turns version n into version n + 1. */
  migrations?: Record<number, (state: unknown) => unknown>;
  /** Keeps what can be kept when the whole does not validate; returns what it had to leave out. */
  salvage?: (state: unknown) => { state: S; rejected: unknown[] } | null;
  onRecover: (notice: RecoveryNotice) => void;
  onWriteError: (error: unknown) => void;
  storage?: () => Storage;
}

export const KEPT_ASIDE_MARK = ':kept-aside:';

/** zustand's PersistStorage, answered synchronously (localStorage is synchronous), so it can also be read directly. */
export interface SyncPersistStorage<S> extends PersistStorage<S> {
  getItem: (name: string) => StorageValue<S> | null;
  setItem: (name: string, value: StorageValue<S>) => void;
}

/** The first problem zod found, with its path, and how many more there were. */
export function describeIssues(error: { issues: readonly Issue[] }): string {
  const first = error.issues[0];
  if (!first) return 'invalid data';
  const path = first.path.map(String).join('.') || '(root)';
  const detail = first.message === 'Invalid input' && first.code ? first.code.replace(/_/g, ' ') : first.message;
  return `${path}: ${detail}${error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : ''}`;
}

/** Copies raw data to a key of its own before the store overwrites the original. */
export function keepAside(storage: Storage, key: string, raw: string, now = Date.now()): string | null {
  const aside = `${key}${KEPT_ASIDE_MARK}${now}`;
  try {
    storage.setItem(aside, raw);
    return aside;
  } catch {
    return null;
  }
}

/**
 * zustand persist storage that parses with zod and migrates old versions on load. Data that
 * cannot be read is kept aside under its own key and reported, never silently dropped.
 */
export function createValidatedStorage<S>(options: ValidatedStorageOptions<S>): SyncPersistStorage<S> {
  const storage = options.storage ?? (() => window.localStorage);

  function write(name: string, value: StorageValue<S>): void {
    try {
      storage().setItem(name, JSON.stringify(value));
    } catch (error) {
      options.onWriteError(error);
    }
  }

  function recover(key: string, raw: string, reason: string): null {
    options.onRecover({ key, keptAs: keepAside(storage(), key, raw), reason });
    return null;
  }

  return {
    getItem(name): StorageValue<S> | null {
      let raw: string | null;
      try {
        raw = storage().getItem(name);
      } catch (error) {
        options.onRecover({ key: name, keptAs: null, reason: `storage cannot be read: ${String(error)}` });
        return null;
      }
      if (raw === null) return null;
      let envelope: unknown;
      try {
        envelope = JSON.parse(raw);
      } catch {
        return recover(name, raw, 'not valid JSON');
      }
      if (typeof envelope !== 'object' || envelope === null || !('state' in envelope)) return recover(name, raw, 'no saved state in it');
      const rawVersion = (envelope as { version?: unknown }).version;
      const version = typeof rawVersion === 'number' && Number.isInteger(rawVersion) ? rawVersion : 0;
      if (version > options.version) return recover(name, raw, `saved by a newer version of the app (v${version})`);
      let state: unknown = (envelope as { state: unknown }).state;
      try {
        for (let v = version; v < options.version; v += 1) {
          const migrate = options.migrations?.[v];
          if (!migrate) return recover(name, raw, `no migration from version ${v}`);
          state = migrate(state);
        }
      } catch (error) {
        return recover(name, raw, `could not be read: ${String(error)}`);
      }
      const parsed = options.schema.safeParse(state);
      if (parsed.success) {
        const value = { state: parsed.data, version: options.version };
        // Saved in the current form at once, so an old save is migrated once, not on every load.
        if (version < options.version) write(name, value);
        return value;
      }
      const salvaged = options.salvage?.(state);
      if (salvaged) {
        const keptAs = keepAside(storage(), name, raw);
        options.onRecover({
          key: name,
          keptAs,
          reason: `${salvaged.rejected.length} unreadable entr${salvaged.rejected.length === 1 ? 'y' : 'ies'} set aside (${describeIssues(parsed.error)})`,
        });
        const value = { state: salvaged.state, version: options.version };
        // Once the whole is safe in its copy, save what was kept, so the next load does not set the same entries aside again.
        if (keptAs) write(name, value);
        return value;
      }
      return recover(name, raw, describeIssues(parsed.error));
    },
    setItem: write,
    removeItem(name) {
      try {
        storage().removeItem(name);
      } catch {
        // Nothing to protect: the item is going away either way.
      }
    },
  };
}
