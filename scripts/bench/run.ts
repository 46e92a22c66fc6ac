/**
 * npm run bench: builds (via package.json), then prints the "Speed and polish" figures of the
 * production build in dist/, each next to its budget. It reports; it does not fail on a figure
 * over budget (timings on a small shared machine are noisy). It exits non-zero only on a crash.
 *
 *   BENCH_RUNS=5            repeated runs per browser figure (medians are printed)
 *   BENCH_SKIP_LIGHTHOUSE=1 leave Lighthouse out
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureInBrowser, firstLine, type BrowserTimings } from './browser-timings.ts';
import { assertChromium } from './chromium.ts';
import { generateHistory } from './generate-history.ts';
import { CATEGORIES, runLighthouse, type LighthouseScores } from './lighthouse.ts';
import { gzipSize, measureBundle, type AssetSize } from './sizes.ts';
import { median, percentile } from './stats.ts';
import { servePreview } from './server.ts';
import { Report } from './report.ts';
import { readFileSync } from 'node:fs';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const HISTORY_ATTEMPTS = 1000;

const KB = 1000;
const MB = 1000 * 1000;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const began = performance.now();
  const report = new Report();

  // 1. Bundle sizes.
  const bundle = measureBundle(DIST);
  const firstPageGzip = bundle.firstPage.reduce((sum, a) => sum + a.gzip, 0);
  report.section('Bundle (gzip -9; 1 KB = 1,000 bytes)');
  report.budget('first page JS+CSS (gzip)', firstPageGzip / KB, 'KB', { max: 85 });
  for (const a of bundle.firstPage) report.info(`  ${a.file}`, formatKB(a));
  report.section('Lazy chunks (gzip)');
  for (const a of [...bundle.lazy].sort((x, y) => y.gzip - x.gzip)) report.info(`  ${a.file}`, formatKB(a));
  report.section('Question bank chunks (gzip)');
  for (const b of bundle.banks) report.info(`  ${b.exam}  ${b.asset.file}`, formatKB(b.asset));
  if (bundle.banks.length === 0) report.note('no bank chunk found (files starting with soa-c03, soa-c01, saa-c03, clf-c02)');

  // 2. Browser timings, against vite preview of dist.
  log(`generating ${HISTORY_ATTEMPTS} attempts…`);
  const history = generateHistory(HISTORY_ATTEMPTS, ROOT);
  const generatedBytes = Buffer.byteLength(history.json, 'utf8');

  let timings: BrowserTimings | null = null;
  let browserError: string | null = null;
  const served = await servePreview(ROOT);
  try {
    try {
      assertChromium();
      log(`browser timings, ${RUNS} runs each, at ${served.baseURL}`);
      timings = await measureInBrowser(served.baseURL, history, RUNS, log);
    } catch (error) {
      browserError = firstLine(error);
    }

    report.section(`In Chromium (headless, ${RUNS} fresh profiles each; medians)`);
    if (timings) {
      const t = timings;
      report.budget('start mock → question 1 painted (median)', median(t.start), 'ms', { max: 50, samples: t.start.length });
      report.info('next question (median)', fmtMs(median(t.next), t.next.length));
      report.budget('next question (p95)', percentile(t.next, 95), 'ms', { max: 16, samples: t.next.length });
      report.info('next question (max)', fmtMs(t.next.length ? Math.max(...t.next) : Number.NaN, t.next.length));
      report.info('end exam → results painted (median)', fmtMs(median(t.results), t.results.length));
      report.budget(`history, ${history.count.toLocaleString('en-US')} attempts → table painted (median)`, median(t.history), 'ms', {
        max: 200,
        samples: t.history.length,
      });
      if (t.historyNote) report.note(`history data: ${t.historyNote}`);
      if (t.homeRequests.length > 0) {
        const sizes = t.homeRequests.filter((f) => existsSync(join(DIST, f))).map((f) => ({ file: f, gzip: gzipSize(readFileSync(join(DIST, f))) }));
        const total = sizes.reduce((s, a) => s + a.gzip, 0);
        report.info('home page JS+CSS actually requested (gzip)', `${(total / KB).toFixed(1)} KB`);
        report.note(`requested before the first click: ${sizes.map((s) => s.file).join(', ')}`);
      }
      for (const p of t.problems) report.note(`not measured: ${p}`);
      const errors = [...new Set(t.consoleErrors)];
      if (errors.length > 0) report.note(`${errors.length} distinct console/page error(s), first: ${errors[0]}`);
    } else {
      report.missing('browser timings', browserError ?? 'unknown error');
    }
  } finally {
    await served.close();
  }

  // Persisted size: what the app stores for the generated history (the app's own persist envelope).
  report.section('Storage');
  const storedBytes = timings?.storedHistoryBytes ?? generatedBytes;
  report.budget(`persisted history, ${history.count.toLocaleString('en-US')} attempts (UTF-8)`, storedBytes / MB, 'MB', { max: 2, digits: 2 });
  report.info('  per attempt', `${((storedBytes / history.count) / KB).toFixed(1)} KB`);
  if (timings?.storedHistoryBytes != null && timings.storedHistoryBytes !== generatedBytes) {
    report.note(`the app rewrote the saved history on load: ${(generatedBytes / MB).toFixed(2)} MB generated, ${(timings.storedHistoryBytes / MB).toFixed(2)} MB stored`);
  }

  // 3. Lighthouse.
  report.section('Lighthouse 12 (desktop preset), home page');
  if (process.env.BENCH_SKIP_LIGHTHOUSE) {
    for (const c of CATEGORIES) report.missing(`lighthouse ${c}`, 'skipped (BENCH_SKIP_LIGHTHOUSE)');
  } else {
    const lhServer = await servePreview(ROOT);
    let scores: LighthouseScores | null = null;
    let lhError: string | null = null;
    try {
      log('lighthouse…');
      scores = await runLighthouse(lhServer.baseURL);
    } catch (error) {
      lhError = firstLine(error);
    } finally {
      await lhServer.close();
    }
    for (const c of CATEGORIES) {
      const score = scores?.scores[c];
      if (typeof score === 'number') report.budget(`lighthouse ${c}`, score, '', { min: 100, digits: 0 });
      else report.missing(`lighthouse ${c}`, lhError ?? 'no score');
    }
    for (const f of scores?.failing ?? []) report.note(`lost points: ${f}`);
    for (const w of scores?.warnings ?? []) report.note(`lighthouse warning: ${w}`);
  }

  report.print(process.stdout);
  process.stdout.write(`(took ${((performance.now() - began) / 1000).toFixed(0)} s)\n`);
}

function formatKB(a: AssetSize): string {
  return `${(a.gzip / KB).toFixed(1)} KB  (raw ${(a.bytes / KB).toFixed(1)} KB)`;
}

function fmtMs(ms: number, samples: number): string {
  return Number.isNaN(ms) ? 'n/a' : `${ms.toFixed(1)} ms  (n=${samples})`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
