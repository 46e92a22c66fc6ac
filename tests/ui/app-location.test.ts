import { navigateWhenLoaded } from '@/app/use-app-location';

const screens = vi.hoisted(() => ({ loaded: new Set<string>(), pending: new Map<string, () => void>() }));

vi.mock('@/app/page-loaders', () => ({
  isScreenLoadedFor: (to: string) => to === '/' || screens.loaded.has(to),
  loadScreenFor: (to: string) =>
    new Promise<void>((resolve) =>
      screens.pending.set(to, () => {
        screens.loaded.add(to);
        resolve();
      }),
    ),
}));

const address = () => window.location.hash;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  screens.loaded.clear();
  screens.pending.clear();
  window.history.replaceState(null, '', '#/');
});

describe('navigation that waits for the next screen', () => {
  it('changes the address at once when the screen is already loaded', () => {
    screens.loaded.add('/history');
    navigateWhenLoaded('/history');
    expect(address()).toBe('#/history');
  });

  it('keeps the current address until the screen has loaded, then goes there', async () => {
    navigateWhenLoaded('/history');
    expect(address()).toBe('#/');
    // Meanwhile the page is marked as busy (a progress pointer), and no longer once it has gone.
    expect(document.documentElement).toHaveClass('navigating');
    screens.pending.get('/history')!();
    await settle();
    expect(address()).toBe('#/history');
    expect(document.documentElement).not.toHaveClass('navigating');
  });

  it('goes only where the last of several waiting navigations asked', async () => {
    navigateWhenLoaded('/history');
    navigateWhenLoaded('/progress');
    screens.pending.get('/progress')!();
    await settle();
    expect(address()).toBe('#/progress');
    screens.pending.get('/history')!();
    await settle();
    expect(address()).toBe('#/progress');
    expect(document.documentElement).not.toHaveClass('navigating');
  });

  it('stops looking busy when a later navigation goes to a screen already loaded', () => {
    navigateWhenLoaded('/history');
    expect(document.documentElement).toHaveClass('navigating');
    navigateWhenLoaded('/');
    expect(address()).toBe('#/');
    expect(document.documentElement).not.toHaveClass('navigating');
  });

  it('still navigates when the chunk fails to load, so the route can say so', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    const loaders = await import('@/app/page-loaders');
    vi.spyOn(loaders, 'loadScreenFor').mockImplementation(failing);
    navigateWhenLoaded('/data');
    await settle();
    expect(failing).toHaveBeenCalledWith('/data');
    expect(address()).toBe('#/data');
  });
});
