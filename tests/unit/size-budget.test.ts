import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBundle } from '../../scripts/bench/sizes';
import { checkFirstPage } from '../../scripts/check-size';

let dist: string;

function fakeBuild(files: Record<string, string>): string {
  dist = mkdtempSync(join(tmpdir(), 'size-budget-'));
  mkdirSync(join(dist, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
  return dist;
}

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('first-page size budget', () => {
  it('counts the entry, its static imports and stylesheets, and not what is imported lazily', () => {
    const build = fakeBuild({
      'index.html': '<script type="module" src="./assets/index-a.js"></script><link rel="stylesheet" href="./assets/index-a.css">',
      'assets/index-a.js': 'import{r}from"./react-b.js";const later=()=>import("./exam-c.js");r(later);',
      'assets/react-b.js': 'export const r=(x)=>x;',
      'assets/exam-c.js': 'export default 1;',
      'assets/soa-c03-details-d.js': 'export default [];',
      'assets/soa-c03-e.js': 'export default [];',
      'assets/index-a.css': 'body{margin:0}',
    });
    const bundle = measureBundle(build);
    expect(bundle.firstPage.map((a) => a.file)).toEqual(['assets/index-a.css', 'assets/index-a.js', 'assets/react-b.js']);
    expect(bundle.lazy.map((a) => a.file)).toEqual(['assets/exam-c.js']);
    expect(bundle.banks.map((b) => `${b.exam} ${b.part}`)).toEqual(['soa-c03 questions', 'soa-c03 details']);
  });

  it('fails a first page over the budget and names every file in it', () => {
    const page = [
      { file: 'assets/index.js', bytes: 300_000, gzip: 84_000 },
      { file: 'assets/index.css', bytes: 6_000, gzip: 1_500 },
    ];
    const over = checkFirstPage(page, 85_000);
    expect(over.ok).toBe(false);
    expect(over.total).toBe(85_500);
    expect(over.lines[0]).toMatch(/85\.5 KB.*OVER BUDGET/);
    expect(over.lines.join('\n')).toContain('assets/index.css');
    expect(checkFirstPage(page, 85_500).ok).toBe(true);
  });

  it('fails when it finds nothing to measure rather than passing an empty page', () => {
    expect(checkFirstPage([]).ok).toBe(false);
  });
});
