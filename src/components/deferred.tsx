import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code arrives after the first paint. Unlike React.lazy it does not suspend:
 * React holds back content revealed after a Suspense fallback for up to 300 ms, which would keep
 * the home page's controls hidden that long. The module is fetched once; later mounts render it at once.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>) {
  let Loaded: ComponentType<P> | undefined;
  let pending: Promise<unknown> | undefined;
  const preload = () =>
    (pending ??= load().then((component) => {
      Loaded = component;
    }));

  function Deferred({ fallback = null, failed = null, ...props }: P & { fallback?: ReactNode; failed?: ReactNode }) {
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(Loaded ? 'ready' : 'loading');
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      preload().then(
        () => live && setState('ready'),
        () => {
          // A failed chunk (offline before the app was cached) may succeed on the next mount.
          pending = undefined;
          if (live) setState('failed');
        },
      );
      return () => {
        live = false;
      };
    }, []);
    if (Loaded) return <Loaded {...(props as P)} />;
    return state === 'failed' ? failed : fallback;
  }
  return Object.assign(Deferred, { preload });
}
