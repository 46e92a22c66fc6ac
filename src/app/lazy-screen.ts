import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type ScreenModule<T> = { default: T };

/**
 * React.lazy for a screen that may already have been fetched. React.lazy suspends on its first
 * render even when the chunk has arrived, since it only learns so from a promise callback; the
 * route then shows the loading fallback, and React holds the real screen back behind a shown
 * fallback for its reveal throttle (300 ms). Once `load` has finished, the screen renders at once.
 */
export function lazyScreen<T extends ComponentType>(importScreen: () => Promise<ScreenModule<T>>): {
  Screen: LazyExoticComponent<T>;
  load: () => Promise<ScreenModule<T>>;
  isLoaded: () => boolean;
} {
  let loaded: ScreenModule<T> | undefined;
  const load = () => importScreen().then((module) => (loaded = module));
  // React.lazy calls `then` on what the factory returns; this one calls back synchronously, so the
  // screen is read in the same render (React's types ask for a Promise, React itself only for `then`).
  const now = (module: ScreenModule<T>) => ({ then: (onFulfilled: (value: ScreenModule<T>) => unknown) => onFulfilled(module) }) as unknown as Promise<ScreenModule<T>>;
  const Screen = lazy(() => (loaded ? now(loaded) : load()));
  return { Screen, load, isLoaded: () => loaded !== undefined };
}
