/**
 * In-page timing helpers, installed with `context.addInitScript` before any app code runs.
 *
 * They are plain JavaScript in a string on purpose: tsx compiles functions with esbuild's
 * keepNames, which wraps inner functions in a `__name(...)` helper that does not exist in the
 * page, so a TypeScript function handed to `page.evaluate` fails there.
 *
 * Method. Every figure is measured inside the page with `performance.now()`, so the
 * Playwright ↔ browser round trips are not in it:
 * - start: a capture-phase listener on `window` notes the time the triggering event (the
 *   click, or the keydown) reaches the page, before any of the app's own handlers run;
 * - end: a MutationObserver waits until the DOM shows what we wait for (a visible heading with
 *   exactly the given text, or a table with N body rows); then `requestAnimationFrame` waits
 *   for the next frame and a MessageChannel message queued from inside that frame's callback
 *   runs only after the frame has been rendered and painted. That time is the end.
 * - history: the start is navigation start (`performance.now()` counts from the time origin).
 */
export const PAGE_PROBE = String.raw`
(() => {
  if (window.__bench) return;
  const TIMEOUT_MS = 20000;
  const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';

  function headingShown(text) {
    for (const h of document.querySelectorAll(HEADINGS)) {
      if ((h.textContent || '').trim() === text && h.getClientRects().length > 0) return true;
    }
    return false;
  }

  function bodyRows() {
    let most = 0;
    for (const table of document.querySelectorAll('table')) most = Math.max(most, table.querySelectorAll('tbody tr').length);
    return most;
  }

  function when(check, what) {
    return new Promise((resolve, reject) => {
      if (check()) return resolve();
      const observer = new MutationObserver(() => {
        if (!check()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error('timed out waiting for ' + what));
      }, TIMEOUT_MS);
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  }

  function afterNextPaint() {
    return new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  }

  // Settles to a number or to an error message, never rejects: page.evaluate gets plain data.
  function settle(promise) {
    return promise.then((ms) => ({ ms }), (error) => ({ error: String(error && error.message ? error.message : error) }));
  }

  // From the next "type" event reaching the page (before the app's own handlers) to "check" holding and being painted.
  function fromEvent(type, check, what) {
    const started = new Promise((resolve) => window.addEventListener(type, () => resolve(performance.now()), { capture: true, once: true }));
    return settle(started.then((t0) => when(check, what).then(afterNextPaint).then((t1) => t1 - t0)));
  }

  window.__bench = {
    pending: null,
    /** Arms a measurement: from the next "type" event reaching the page to the heading "text" painted. */
    armEvent(type, text) {
      this.pending = fromEvent(type, () => headingShown(text), 'heading "' + text + '"');
    },
    /** Arms a measurement: from the next "type" event reaching the page to a table with at least "rows" body rows painted. */
    armEventRows(type, rows) {
      this.pending = fromEvent(type, () => bodyRows() >= rows, rows + ' table rows');
    },
    /** Arms a measurement: from navigation start to a table with at least "rows" body rows painted. */
    armRows(rows) {
      this.pending = settle(when(() => bodyRows() >= rows, rows + ' table rows').then(afterNextPaint));
    },
    result() {
      return this.pending || Promise.resolve({ error: 'nothing armed' });
    },
  };
})();
`;
