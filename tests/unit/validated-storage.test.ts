import { z } from 'zod';
import { createValidatedStorage, type RecoveryNotice } from '@/lib/storage/validated-storage';
import { MemoryStorage } from '../utils/memory-storage';

const schema = z.object({ items: z.array(z.object({ id: z.string(), score: z.number() })) });
type State = z.infer<typeof schema>;

function setup(options: { version?: number; quota?: number } = {}) {
  const storage = new MemoryStorage(options.quota);
  const notices: RecoveryNotice[] = [];
  const writeErrors: unknown[] = [];
  const persist = createValidatedStorage<State>({
    schema,
    version: options.version ?? 2,
    migrations: {
      0: (s) => ({ items: (s as { list: State['items'] }).list }),
      1: (s) => ({ items: (s as State).items.map((i) => ({ ...i, score: i.score ?? 0 })) }),
    },
    salvage: (s) => {
      const items = (s as { items?: unknown[] }).items;
      if (!Array.isArray(items)) return null;
      const good = items.filter((i) => schema.shape.items.element.safeParse(i).success) as State['items'];
      return { state: { items: good }, rejected: items.filter((i) => !good.includes(i as State['items'][number])) };
    },
    onRecover: (n) => notices.push(n),
    onWriteError: (e) => writeErrors.push(e),
    storage: () => storage,
  });
  return { storage, notices, writeErrors, persist };
}

describe('validated storage', () => {
  it('reads what it wrote', () => {
    const { persist } = setup();
    persist.setItem('k', { state: { items: [{ id: 'a', score: 1 }] }, version: 2 });
    expect(persist.getItem('k')).toEqual({ state: { items: [{ id: 'a', score: 1 }] }, version: 2 });
  });

  it('migrates every older version up to the current one', () => {
    const { persist, storage, notices } = setup();
    storage.setItem('k', JSON.stringify({ state: { list: [{ id: 'a', score: 3 }] }, version: 0 }));
    expect(persist.getItem('k')).toEqual({ state: { items: [{ id: 'a', score: 3 }] }, version: 2 });
    expect(notices).toEqual([]);
  });

  it.each([
    ['not JSON', '{"state": {', 'not valid JSON'],
    ['no state', JSON.stringify({ version: 2 }), 'no saved state'],
    ['wrong shape', JSON.stringify({ state: { items: 'nope' }, version: 2 }), 'items'],
    ['a newer version', JSON.stringify({ state: { items: [] }, version: 9 }), 'newer version'],
    ['a null', 'null', 'no saved state'],
  ])('keeps %s aside and reports it', (_, raw, reason) => {
    const { persist, storage, notices } = setup();
    storage.setItem('k', raw);
    expect(persist.getItem('k')).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.reason).toContain(reason);
    expect(storage.getItem(notices[0]!.keptAs!)).toBe(raw);
  });

  it('keeps the good entries of a partly broken list and sets the rest aside', () => {
    const { persist, storage, notices } = setup();
    const raw = JSON.stringify({ state: { items: [{ id: 'a', score: 1 }, { id: 5 }, { id: 'c', score: 2 }] }, version: 2 });
    storage.setItem('k', raw);
    const loaded = persist.getItem('k') as { state: State } | null;
    expect(loaded?.state.items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(notices[0]!.reason).toMatch(/^1 unreadable entry set aside/);
    expect(storage.getItem(notices[0]!.keptAs!)).toBe(raw);
  });

  it('saves a migrated state in the current form at once, so the next load has nothing to migrate', () => {
    const { persist, storage } = setup();
    storage.setItem('k', JSON.stringify({ state: { list: [{ id: 'a', score: 3 }] }, version: 0 }));
    persist.getItem('k');
    expect(JSON.parse(storage.getItem('k')!)).toEqual({ state: { items: [{ id: 'a', score: 3 }] }, version: 2 });
  });

  it('leaves a current save as it is on load', () => {
    const { persist, storage } = setup();
    const raw = JSON.stringify({ version: 2, state: { items: [] } });
    storage.setItem('k', raw);
    persist.getItem('k');
    expect(storage.getItem('k')).toBe(raw);
  });

  it('saves what it kept of a partly broken list once the whole is aside, so the next load sets nothing aside again', () => {
    const { persist, storage, notices } = setup();
    storage.setItem('k', JSON.stringify({ state: { items: [{ id: 'a', score: 1 }, { id: 5 }] }, version: 2 }));
    persist.getItem('k');
    expect(JSON.parse(storage.getItem('k')!)).toEqual({ state: { items: [{ id: 'a', score: 1 }] }, version: 2 });
    persist.getItem('k');
    expect(notices).toHaveLength(1);
    expect(storage.keys().filter((k) => k.includes(':kept-aside:'))).toHaveLength(1);
  });

  it('does not save over a partly broken list it could not copy aside', () => {
    const raw = JSON.stringify({ state: { items: [{ id: 'a', score: 1 }, { id: 5 }] }, version: 2 });
    const { persist, storage, notices } = setup({ quota: raw.length + 10 });
    storage.setItem('k', raw);
    expect((persist.getItem('k') as { state: State }).state.items).toHaveLength(1);
    expect(notices[0]!.keptAs).toBeNull();
    expect(storage.getItem('k')).toBe(raw);
  });

  it('reports a full storage instead of throwing', () => {
    const { persist, writeErrors } = setup({ quota: 20 });
    expect(() => persist.setItem('k', { state: { items: [{ id: 'a'.repeat(50), score: 1 }] }, version: 2 })).not.toThrow();
    expect(writeErrors).toHaveLength(1);
  });
});
