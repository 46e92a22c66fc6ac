/**
 * The size budget, checked on every `npm test` after the build. Bundle sizes are deterministic, so
 * unlike timings they can fail a run. The budget is what index.html makes the browser fetch
 * before the first screen (scripts/bench/sizes.ts has the rules); `npm run bench` prints the rest.
 */
import { fileURLToPath } from 'node:url';
import { measureBundle, type AssetSize } from './bench/sizes.ts';

export const FIRST_PAGE_BUDGET_BYTES = 85_000;

export interface SizeVerdict {
  ok: boolean;
  total: number;
  lines: string[];
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function checkFirstPage(firstPage: readonly AssetSize[], budget = FIRST_PAGE_BUDGET_BYTES): SizeVerdict {
  const total = firstPage.reduce((sum, a) => sum + a.gzip, 0);
  const ok = firstPage.length > 0 && total <= budget;
  const lines = [
    `first page JS+CSS: ${kb(total)} gzip (budget ${kb(budget)})${ok ? '' : ' — OVER BUDGET'}`,
    ...[...firstPage].sort((a, b) => b.gzip - a.gzip).map((a) => `  ${kb(a.gzip).padStart(9)}  ${a.file}`),
  ];
  if (firstPage.length === 0) lines.push('  nothing found: is dist/index.html from this build?');
  return { ok, total, lines };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const verdict = checkFirstPage(measureBundle(dist).firstPage);
  for (const line of verdict.lines) console.log(line);
  if (!verdict.ok) {
    console.error('The first page is over its size budget: make the new code lazy (see README, Benchmark).');
    process.exit(1);
  }
}
