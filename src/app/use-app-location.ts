import { navigate as navigateHash, useHashLocation } from 'wouter/use-hash-location';
import { isScreenLoadedFor, loadScreenFor } from './page-loaders';

type NavigateOptions = Parameters<typeof navigateHash>[1];

/** Each navigation's number: when several wait for chunks at once, only the last one goes through. */
let latest = 0;

/**
 * Goes to an address once its screen can render. An address whose screen is not loaded yet would
 * first show the loading fallback, and React then holds the screen back for at least 300 ms after
 * a fallback has appeared (its reveal throttle), even when the chunk arrives in 20. Waiting for the
 * chunk on the screen the learner is leaving avoids both; a chunk that fails to load still
 * navigates, and the route shows what went wrong.
 */
export function navigateWhenLoaded(to: string, options?: NavigateOptions): void {
  const ticket = ++latest;
  // While a chunk is on its way the screen stays put; the pointer says something is happening.
  const waiting = document.documentElement.classList;
  const go = () => {
    if (ticket !== latest) return;
    waiting.remove('navigating');
    navigateHash(to, options);
  };
  if (isScreenLoadedFor(to)) return go();
  waiting.add('navigating');
  loadScreenFor(to).then(go, go);
}

/** wouter's hash location, with navigation (links, `useLocation`'s navigate) through navigateWhenLoaded. */
export function useAppLocation(options?: Parameters<typeof useHashLocation>[0]): [string, typeof navigateWhenLoaded] {
  const [location] = useHashLocation(options);
  return [location, navigateWhenLoaded];
}
/** Links are written `#/…`, as with wouter's own hash location. */
useAppLocation.hrefs = (href: string) => `#${href}`;
