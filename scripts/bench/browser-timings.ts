import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { HISTORY_KEY, type GeneratedHistory } from './generate-history.ts';
import { PAGE_PROBE } from './page-probe.ts';
import { HISTORY_PAGE_SIZE } from '../../src/config/ui.ts';

/** Every figure in milliseconds, measured inside the page (see page-probe.ts for the method). */
export interface BrowserTimings {
  /** Click on "Start full mock exam" → "Question 1 of 65" painted; one per run. */
  start: number[];
  /** The same, for a second mock started in the same tab: the bank is already loaded and parsed. */
  startWarm: number[];
  /** The same as `start` with the idle prefetch kept from running: the exam screen and the bank are fetched and parsed after the click. */
  startNoPrefetch: number[];
  /** ArrowRight keydown → next "Question n of 65" painted; 64 per run. */
  next: number[];
  /** Click on the dialog's "End exam" → "Exam results" painted; one per run. */
  results: number[];
  /** Navigation start → the history table with every attempt painted; one per run. */
  history: number[];
  /** The same with a history of one attempt: what opening the screen costs apart from the history's size. */
  historyOne: number[];
  /** With the 1,000 saved and the app open on home: click on the header's History link → first rows painted. */
  historyInApp: number[];
  /** How the generated history reached the app. */
  historyNote: string;
  /**
   * With the getItem shim, per run: what the shim itself cost (taken out of `history`), when the
   * app first read the history and when the table was painted, in ms from navigation start.
   */
  shimMarks: { cost: number; read: number; painted: number }[];
  /** UTF-8 bytes of what is stored under the history's keys once the app has loaded it (null if unknown). */
  storedHistoryBytes: number | null;
  /** JS and CSS files (paths under dist/) requested until the home page was complete (Start ready), in the first run. */
  homeCompleteRequests: string[];
  /** The same, also counting what the idle prefetch fetched before the first click. */
  homeRequests: string[];
  /** Runs or steps that failed, with why; the figures above hold only what succeeded. */
  problems: string[];
  /** Console errors and page errors seen while measuring. */
  consoleErrors: string[];
}

const QUESTIONS = 65;

interface ProbeResult {
  ms?: number;
  error?: string;
}

async function newContext(browser: Browser, baseURL: string, consoleErrors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  // Service workers are blocked: in a fresh profile the app's worker would precache every bank
  // (megabytes) in the background and compete with the interactions being timed.
  const context = await browser.newContext({
    baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  await context.addInitScript({ content: PAGE_PROBE });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  // The seeding page (favicon.svg) makes Chromium ask for /favicon.ico; that 404 is ours, not the app's.
  const ours = () => page.url().endsWith('/favicon.svg');
  page.on('console', (message) => {
    if (message.type() === 'error' && !ours()) consoleErrors.push(`console.error: ${message.text().slice(0, 200)} (${message.location().url || page.url()})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !ours()) consoleErrors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message.slice(0, 200)}`));
  return { context, page };
}

async function probe(page: Page, label: string): Promise<number> {
  const result = (await page.evaluate('window.__bench.result()')) as ProbeResult;
  if (typeof result.ms !== 'number') throw new Error(`${label}: ${result.error ?? 'no result'}`);
  return result.ms;
}

function arm(page: Page, type: 'click' | 'keydown', heading: string): Promise<unknown> {
  return page.evaluate(`window.__bench.armEvent(${JSON.stringify(type)}, ${JSON.stringify(heading)})`);
}

/** One fresh profile (empty cache and storage): start a mock, walk all 65 questions, end it. */
async function examRun(browser: Browser, baseURL: string, out: BrowserTimings, first: boolean): Promise<void> {
  const { context, page } = await newContext(browser, baseURL, out.consoleErrors);
  const requested: string[] = [];
  const onRequest = (request: Request) => {
    const type = request.resourceType();
    if ((type === 'script' || type === 'stylesheet') && request.url().startsWith(baseURL)) requested.push(request.url().slice(baseURL.length).split(/[?#]/)[0]!);
  };
  page.on('request', onRequest);
  try {
    await page.goto('./');
    const start = page.getByRole('button', { name: 'Start full mock exam', exact: true });
    await start.waitFor();
    // The Start button comes with the home page body, the last part of home to arrive.
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Start full mock exam' && !b.disabled));
    if (first) out.homeCompleteRequests = [...new Set(requested)].sort();
    await page.waitForLoadState('networkidle');
    page.off('request', onRequest);
    if (first) out.homeRequests = [...new Set(requested)].sort();

    // Cold: the first mock in a fresh profile, so the bank chunk and the exam screen chunk are fetched as part of it.
    await arm(page, 'click', `Question 1 of ${QUESTIONS}`);
    await start.click();
    out.start.push(await probe(page, 'start'));

    for (let n = 2; n <= QUESTIONS; n += 1) {
      await arm(page, 'keydown', `Question ${n} of ${QUESTIONS}`);
      await page.keyboard.press('ArrowRight');
      out.next.push(await probe(page, `move to question ${n}`));
    }

    await page.getByRole('button', { name: 'End exam', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await arm(page, 'click', 'Exam results');
    await dialog.getByRole('button', { name: 'End exam', exact: true }).click();
    out.results.push(await probe(page, 'results'));

    // A second mock in the same tab, back on the home screen without a reload: the bank is in memory.
    await page.evaluate("location.hash = '#/'");
    await start.waitFor();
    await arm(page, 'click', `Question 1 of ${QUESTIONS}`);
    await start.click();
    out.startWarm.push(await probe(page, 'second start'));
  } finally {
    await context.close();
  }
}

/**
 * Informational: a fresh profile whose idle prefetch never runs (the app prefetches from
 * requestIdleCallback, which is made a no-op), so the click pays for fetching and parsing the
 * exam screen and the bank, as for a learner who clicks Start before the prefetch is done.
 */
async function noPrefetchRun(browser: Browser, baseURL: string, out: BrowserTimings): Promise<void> {
  const { context, page } = await newContext(browser, baseURL, out.consoleErrors);
  try {
    await context.addInitScript({ content: 'window.requestIdleCallback = () => 0; window.cancelIdleCallback = () => {};' });
    await page.goto('./');
    const start = page.getByRole('button', { name: 'Start full mock exam', exact: true });
    await start.waitFor();
    await page.waitForLoadState('networkidle');
    await arm(page, 'click', `Question 1 of ${QUESTIONS}`);
    await start.click();
    out.startNoPrefetch.push(await probe(page, 'start without prefetch'));
  } finally {
    await context.close();
  }
}

/** Where the preview server hands out the generated history (see servePreview's `extra`). */
export const HISTORY_URL = '/__bench/history.json';

/**
 * Makes localStorage.getItem answer the generated history for the history key; used only when
 * the real storage refuses it (quota). The data comes from the preview server by a synchronous
 * request made inside getItem, and the time that request takes is noted so that it can be
 * taken out of the history figure: what remains is the app's own work, as if it had read the
 * string from localStorage.
 */
const STORAGE_SHIM = `(() => {
  const original = Storage.prototype.getItem;
  Storage.prototype.getItem = function (key) {
    if (this !== window.localStorage || key !== ${JSON.stringify(HISTORY_KEY)}) return original.call(this, key);
    const own = original.call(this, key);
    if (own !== null) return own;
    const t0 = performance.now();
    if (window.__benchHistoryReadAt === undefined) window.__benchHistoryReadAt = t0;
    const request = new XMLHttpRequest();
    request.open('GET', ${JSON.stringify(HISTORY_URL)}, false);
    request.send();
    window.__benchShimCost = (window.__benchShimCost || 0) + (performance.now() - t0);
    return request.status === 200 ? request.responseText : null;
  };
})();`;

/** Puts the generated history in localStorage before the app loads; falls back to the getItem shim when the quota refuses it. */
async function seedHistory(page: Page, context: BrowserContext, history: GeneratedHistory): Promise<'stored' | string> {
  // A page of the same origin that does not run the app, so nothing reads storage before it is seeded.
  await page.goto('./favicon.svg');
  const outcome = (await page.evaluate(`(() => {
    try { localStorage.setItem(${JSON.stringify(HISTORY_KEY)}, ${JSON.stringify(history.json)}); return 'stored'; }
    catch (error) { return String(error && error.name ? error.name + ': ' + error.message : error); }
  })()`)) as string;
  if (outcome !== 'stored') await context.addInitScript({ content: STORAGE_SHIM });
  return outcome;
}

/** One fresh profile with `history` saved: open #/history and time it until the first page of rows is painted. */
async function historyRun(browser: Browser, baseURL: string, history: GeneratedHistory, out: BrowserTimings, first: boolean, into: 'history' | 'historyOne' = 'history'): Promise<void> {
  const { context, page } = await newContext(browser, baseURL, out.consoleErrors);
  try {
    const outcome = await seedHistory(page, context, history);
    await context.addInitScript({ content: `if (document.contentType === 'text/html' && window.__bench) window.__bench.armRows(${Math.min(history.count, HISTORY_PAGE_SIZE)});` });
    await page.goto('./#/history');
    const painted = await probe(page, 'history');
    if (into === 'historyOne') {
      if (outcome !== 'stored') throw new Error(`one attempt did not fit in localStorage (${outcome})`);
      out.historyOne.push(painted);
      return;
    }
    if (outcome === 'stored') out.history.push(painted);
    else {
      const marks = (await page.evaluate('[window.__benchShimCost, window.__benchHistoryReadAt]')) as (number | undefined)[];
      const [cost = Number.NaN, read = Number.NaN] = marks;
      out.shimMarks.push({ cost, read, painted });
      out.history.push(painted - cost);
    }
    if (first) {
      out.historyNote =
        outcome === 'stored'
          ? 'saved in localStorage before load'
          : `localStorage refused it (${outcome}); served to the app by a getItem shim instead (see STORAGE_SHIM)`;
      if (outcome === 'stored') {
        // Every key the history uses (its own, and any copy it kept aside), so no part of it goes uncounted.
        const stored = (await page.evaluate(`(() => {
          const keys = [];
          let bytes = 0;
          for (let i = 0; i < localStorage.length; i += 1) {
            const key = localStorage.key(i);
            if (key !== ${JSON.stringify(HISTORY_KEY)} && !key.startsWith(${JSON.stringify(`${HISTORY_KEY}:`)})) continue;
            keys.push(key);
            bytes += new TextEncoder().encode(localStorage.getItem(key)).length;
          }
          return { keys, bytes };
        })()`)) as { keys: string[]; bytes: number };
        out.storedHistoryBytes = stored.keys.length > 0 ? stored.bytes : null;
        const others = stored.keys.filter((k) => k !== HISTORY_KEY);
        if (others.length > 0) out.problems.push(`the generated history did not load cleanly: the app also stored ${others.join(', ')} (counted in the persisted size)`);
      }
    }
  } finally {
    await context.close();
  }
}

/** One fresh profile with `history` saved, open on home: click the header's History link and time it until the first page of rows is painted. */
async function historyInAppRun(browser: Browser, baseURL: string, history: GeneratedHistory, out: BrowserTimings): Promise<void> {
  const { context, page } = await newContext(browser, baseURL, out.consoleErrors);
  try {
    const outcome = await seedHistory(page, context, history);
    if (outcome !== 'stored') throw new Error(`the history did not fit in localStorage (${outcome})`);
    await page.goto('./');
    await page.getByRole('button', { name: 'Start full mock exam', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(`window.__bench.armEventRows('click', ${Math.min(history.count, HISTORY_PAGE_SIZE)})`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History', exact: true }).click();
    out.historyInApp.push(await probe(page, 'history from the header'));
  } finally {
    await context.close();
  }
}

/** Runs every browser measurement `runs` times against the preview server at `baseURL`. */
export async function measureInBrowser(baseURL: string, history: GeneratedHistory, oneAttempt: GeneratedHistory, runs: number, log: (line: string) => void): Promise<BrowserTimings> {
  const out: BrowserTimings = { start: [], startWarm: [], startNoPrefetch: [], next: [], results: [], history: [], historyOne: [], historyInApp: [], historyNote: '', shimMarks: [], storedHistoryBytes: null, homeCompleteRequests: [], homeRequests: [], problems: [], consoleErrors: [] };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    for (let run = 1; run <= runs; run += 1) {
      log(`  exam run ${run}/${runs}`);
      await examRun(browser, baseURL, out, run === 1).catch((error: unknown) => out.problems.push(`exam run ${run}: ${firstLine(error)}`));
    }
    for (let run = 1; run <= runs; run += 1) {
      log(`  start without prefetch, run ${run}/${runs}`);
      await noPrefetchRun(browser, baseURL, out).catch((error: unknown) => out.problems.push(`start without prefetch, run ${run}: ${firstLine(error)}`));
    }
    for (let run = 1; run <= runs; run += 1) {
      log(`  history run ${run}/${runs}`);
      await historyRun(browser, baseURL, history, out, run === 1).catch((error: unknown) => out.problems.push(`history run ${run}: ${firstLine(error)}`));
      log(`  history of one attempt, run ${run}/${runs}`);
      await historyRun(browser, baseURL, oneAttempt, out, false, 'historyOne').catch((error: unknown) => out.problems.push(`history of one attempt, run ${run}: ${firstLine(error)}`));
      log(`  history from the header link, run ${run}/${runs}`);
      await historyInAppRun(browser, baseURL, history, out).catch((error: unknown) => out.problems.push(`history from the header link, run ${run}: ${firstLine(error)}`));
    }
  } finally {
    await browser.close();
  }
  return out;
}

export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}
