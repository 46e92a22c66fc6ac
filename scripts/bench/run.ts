/**
 * npm run bench: builds (via package.json), then prints the "Speed and polish" figures of the
 * production build in dist/, each next to its budget. It reports; it does not fail on a figure
 * over budget (timings on a small shared machine are noisy). It exits non-zero only on a crash.
 *
 *   BENCH_RUNS=5            repeated runs per browser figure (medians are printed)
 *   BENCH_LIGHTHOUSE_RUNS=3 Lighthouse runs (median score per category)
 *   BENCH_SKIP_LIGHTHOUSE=1 leave Lighthouse out
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HISTORY_URL, measureInBrowser, firstLine, type BrowserTimings } from './browser-timings.ts';
import { assertChromium } from './chromium.ts';
import { generateHistory } from './generate-history.ts';
import { CATEGORIES, runLighthouse, type LighthouseScores } from './lighthouse.ts';
import { gzipSize, measureBundle, type AssetSize } from './sizes.ts';
import { median, percentile } from './stats.ts';
import { servePreview, snapshotDist } from './server.ts';
import { Report } from './report.ts';
import { HISTORY_PAGE_SIZE } from '../../src/config/ui.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3);
const HISTORY_ATTEMPTS = 1000;

const KB = 1000;
const MB = 1000 * 1000;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const snapshot = snapshotDist(ROOT);
  try {
    await bench(snapshot.dir);
  } finally {
    snapshot.remove();
  }
}

/** Measures the build copied to `DIST`. */
async function bench(DIST: string): Promise<void> {
  const began = performance.now();
  const report = new Report();

  // 1. Bundle sizes (of a private copy of dist/, see snapshotDist).
  const bundle = measureBundle(DIST);
  const firstPageGzip = bundle.firstPage.reduce((sum, a) => sum + a.gzip, 0);
  report.section('Bundle (gzip -9; 1 KB = 1,000 bytes)');
  report.budget('first page JS+CSS (gzip)', firstPageGzip / KB, 'KB', { max: 85 });
  for (const a of bundle.firstPage) report.info(`  ${a.file}`, ...formatKB(a));
  report.section('Lazy chunks (gzip)');
  for (const a of [...bundle.lazy].sort((x, y) => y.gzip - x.gzip)) report.info(`  ${a.file}`, ...formatKB(a));
  report.section('Question bank chunks (gzip)');
  for (const b of bundle.banks) report.info(`  ${b.exam} ${b.part.padEnd(9)}  ${b.asset.file}`, ...formatKB(b.asset));
  if (bundle.banks.length === 0) report.note('no bank chunk found (files starting with soa-c03, soa-c01, saa-c03, clf-c02)');

  // 2. Browser timings, against vite preview of dist.
  log(`generating ${HISTORY_ATTEMPTS} attempts…`);
  const history = generateHistory(HISTORY_ATTEMPTS, ROOT);
  const oneAttempt = generateHistory(1, ROOT);
  const generatedBytes = Buffer.byteLength(history.json, 'utf8');

  let timings: BrowserTimings | null = null;
  let browserError: string | null = null;
  const served = await servePreview(ROOT, DIST, { [HISTORY_URL]: history.json });
  try {
    try {
      assertChromium();
      log(`browser timings, ${RUNS} runs each, at ${served.baseURL}`);
      timings = await measureInBrowser(served.baseURL, history, oneAttempt, RUNS, log);
    } catch (error) {
      browserError = firstLine(error);
    }

    report.section(`In Chromium (headless, ${RUNS} fresh profiles each; medians)`);
    if (timings) {
      const t = timings;
      report.budget('start mock → question 1 painted (median)', median(t.start), 'ms', { max: 50, samples: t.start.length });
      report.info('second mock in the same tab → question 1 (median)', ...fmtMs(median(t.startWarm), t.startWarm.length));
      report.info('start with no idle prefetch → question 1 (median)', ...fmtMs(median(t.startNoPrefetch), t.startNoPrefetch.length));
      report.info('next question (median)', ...fmtMs(median(t.next), t.next.length));
      report.budget('next question (p95)', percentile(t.next, 95), 'ms', { max: 16, samples: t.next.length });
      report.info('next question (max)', ...fmtMs(t.next.length ? Math.max(...t.next) : Number.NaN, t.next.length));
      report.info('end exam → results painted (median)', ...fmtMs(median(t.results), t.results.length));
      report.budget(`history, ${history.count.toLocaleString('en-US')} attempts → first ${Math.min(history.count, HISTORY_PAGE_SIZE)} rows painted (median)`, median(t.history), 'ms', {
        max: 200,
        samples: t.history.length,
      });
      if (t.historyNote) report.note(`history data: ${t.historyNote}`);
      report.info('history, 1 attempt → its row painted (median)', ...fmtMs(median(t.historyOne), t.historyOne.length));
      report.note('the same screen with one saved attempt: loading and starting the app, apart from the history\'s size');
      report.budget(`history, ${history.count.toLocaleString('en-US')} attempts, from the header link (median)`, median(t.historyInApp), 'ms', { max: 200, samples: t.historyInApp.length });
      report.note('the app already open: click on History → first rows painted, the screen\'s chunk fetched after the click');
      if (t.shimMarks.length > 0) {
        const m = (pick: (x: (typeof t.shimMarks)[number]) => number) => median(t.shimMarks.map(pick)).toFixed(0);
        report.note(
          `the shim's own request (${m((x) => x.cost)} ms) is taken out of the figure; ` +
            `raw: app read the history at ${m((x) => x.read)} ms, table painted at ${m((x) => x.painted)} ms after navigation start (medians)`,
        );
      }
      const requested = (files: string[], label: string, detail: string) => {
        if (files.length === 0) return;
        const sizes = files.filter((f) => existsSync(join(DIST, f))).map((f) => ({ file: f, gzip: gzipSize(readFileSync(join(DIST, f))) }));
        const total = sizes.reduce((s, a) => s + a.gzip, 0);
        report.info(label, `${(total / KB).toFixed(1)} KB`, `${sizes.length} files, ${detail}`);
        const extra = sizes.filter((s) => !bundle.firstPage.some((a) => a.file === s.file));
        if (extra.length > 0) report.note(`beyond index.html's static graph: ${extra.map((s) => `${s.file} (${(s.gzip / KB).toFixed(1)} KB)`).join(', ')}`);
      };
      requested(t.homeCompleteRequests, 'home page complete, JS+CSS requested (gzip)', 'until Start is ready, saved data read');
      requested(t.homeRequests, 'home page plus idle prefetch, JS+CSS requested (gzip)', 'before the first click');
      for (const p of t.problems) report.note(`not measured: ${p}`);
      const errors = [...new Set(t.consoleErrors)];
      for (const e of errors.slice(0, 5)) report.note(`seen in the browser: ${e}`);
      if (errors.length > 5) report.note(`… and ${errors.length - 5} more distinct console/page errors`);
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
  report.info('  per attempt', `${(storedBytes / history.count / KB).toFixed(1)} KB`);
  if (timings?.storedHistoryBytes != null && timings.storedHistoryBytes !== generatedBytes) {
    report.note(`the app rewrote the saved history on load: ${(generatedBytes / MB).toFixed(2)} MB generated, ${(timings.storedHistoryBytes / MB).toFixed(2)} MB stored`);
  }

  // 3. Lighthouse: a few runs, median score per category (the performance score moves a few points between runs).
  report.section(`Lighthouse 12 (desktop preset), home page, median of ${LH_RUNS} run(s)`);
  if (process.env.BENCH_SKIP_LIGHTHOUSE) {
    for (const c of CATEGORIES) report.missing(`lighthouse ${c}`, 'skipped (BENCH_SKIP_LIGHTHOUSE)');
  } else {
    const lhServer = await servePreview(ROOT, DIST);
    const runs: LighthouseScores[] = [];
    const lhErrors: string[] = [];
    try {
      for (let run = 1; run <= LH_RUNS; run += 1) {
        log(`lighthouse run ${run}/${LH_RUNS}`);
        try {
          runs.push(await runLighthouse(lhServer.baseURL));
        } catch (error) {
          lhErrors.push(firstLine(error));
        }
      }
    } finally {
      await lhServer.close();
    }
    for (const c of CATEGORIES) {
      const scores = runs.map((r) => r.scores[c]).filter((x): x is number => typeof x === 'number');
      if (scores.length > 0) {
        report.budget(`lighthouse ${c}`, median(scores), '', { min: 100, digits: 0 });
        if (scores.length > 1) report.note(`${c} per run: ${scores.join(', ')}`);
      } else report.missing(`lighthouse ${c}`, lhErrors[0] ?? 'no score');
    }
    for (const e of [...new Set(lhErrors)]) report.note(`lighthouse failed: ${e}`);
    const seen = new Set<string>();
    for (const f of runs.flatMap((r) => r.failing)) {
      const audit = f.split(/ \(|, score/)[0]!;
      if (seen.has(audit)) continue;
      seen.add(audit);
      report.note(`lost points: ${f}`);
    }
    for (const w of [...new Set(runs.flatMap((r) => r.warnings))]) report.note(`lighthouse warning: ${w}`);
  }

  report.print(process.stdout);
  process.stdout.write(`(took ${((performance.now() - began) / 1000).toFixed(0)} s)\n`);
}

function formatKB(a: AssetSize): [string, string] {
  return [`${(a.gzip / KB).toFixed(1)} KB`, `raw ${(a.bytes / KB).toFixed(1)} KB`];
}

function fmtMs(ms: number, samples: number): [string, string] {
  return [Number.isNaN(ms) ? 'n/a' : `${ms.toFixed(1)} ms`, `n=${samples}`];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
