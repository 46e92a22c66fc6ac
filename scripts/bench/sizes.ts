import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The exams whose question banks are built into chunks of their own (src/config/exams.ts). */
export const BANK_PREFIXES = ['soa-c03', 'soa-c01', 'saa-c03', 'clf-c02'] as const;

export interface AssetSize {
  /** Path relative to dist/, e.g. "assets/index-abc.js". */
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleSizes {
  /** What index.html makes the browser fetch before the first screen: the entry, its static imports, preloads, stylesheets. */
  firstPage: AssetSize[];
  /** Every other .js chunk, apart from the banks. */
  lazy: AssetSize[];
  /** The question bank chunks, two per exam: what the exam screen needs, and the explanations (`details`). */
  banks: { exam: string; part: 'questions' | 'details'; asset: AssetSize }[];
}

export function gzipSize(data: Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

function sizeOf(dist: string, file: string): AssetSize {
  const data = readFileSync(join(dist, file));
  return { file, bytes: data.length, gzip: gzipSize(data) };
}

/** Attribute values of tags matching `tag` whose attributes satisfy `keep`. Vite's index.html is regular enough for this. */
function tagAttributes(html: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of (match[1] ?? '').matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    out.push(attrs);
  }
  return out;
}

/** A URL from index.html as a path under dist/, or null for anything not served from dist. */
function distPath(url: string): string | null {
  if (/^[a-z]+:|^\/\//i.test(url)) return null;
  const clean = url.split(/[?#]/)[0]!;
  return posix.normalize(clean.replace(/^\.?\//, ''));
}

/**
 * Static imports of an ES module chunk: `import ... from "./x.js"`, `import "./x.js"` and
 * `export ... from "./x.js"`. Dynamic `import("./x.js")` is deliberately not matched: the
 * `from` / bare-import forms never have a parenthesis between `import` and the specifier.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const patterns = [/\bfrom\s*["'](\.{1,2}\/[^"']+?\.js)["']/g, /\bimport\s*["'](\.{1,2}\/[^"']+?\.js)["']/g];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.add(m[1]!);
  return [...found];
}

/** Gzip sizes of the build in `dist`, split into first page, lazy chunks and bank chunks. */
export function measureBundle(dist: string): BundleSizes {
  const indexPath = join(dist, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`no ${indexPath}: run "npm run build" first`);
  const html = readFileSync(indexPath, 'utf8');

  const first = new Set<string>();
  const queue: string[] = [];
  const addJs = (file: string | null) => {
    if (!file || first.has(file) || !existsSync(join(dist, file))) return;
    first.add(file);
    queue.push(file);
  };

  for (const s of tagAttributes(html, 'script')) if (s.src && (s.type === 'module' || !s.type)) addJs(distPath(s.src));
  for (const l of tagAttributes(html, 'link')) {
    const rel = (l.rel ?? '').toLowerCase().split(/\s+/);
    const file = l.href ? distPath(l.href) : null;
    if (!file || !existsSync(join(dist, file))) continue;
    if (rel.includes('modulepreload')) addJs(file);
    else if (rel.includes('stylesheet')) first.add(file);
  }
  // Follow static imports of the entry chunk and of whatever it imports, recursively.
  while (queue.length > 0) {
    const file = queue.shift()!;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code)) addJs(posix.normalize(posix.join(posix.dirname(file), spec)));
  }

  const firstPage = [...first].sort().map((f) => sizeOf(dist, f));
  const assets = existsSync(join(dist, 'assets')) ? readdirSync(join(dist, 'assets')).sort() : [];
  const lazy: AssetSize[] = [];
  const banks: BundleSizes['banks'] = [];
  for (const name of assets) {
    const file = `assets/${name}`;
    if (!name.endsWith('.js') || first.has(file)) continue;
    const exam = BANK_PREFIXES.find((p) => basename(name).startsWith(`${p}-`) || basename(name).startsWith(`${p}.`));
    if (exam) banks.push({ exam, part: basename(name).startsWith(`${exam}-details`) ? 'details' : 'questions', asset: sizeOf(dist, file) });
    else lazy.push(sizeOf(dist, file));
  }
  const rank = (b: BundleSizes['banks'][number]) => BANK_PREFIXES.indexOf(b.exam as (typeof BANK_PREFIXES)[number]) * 2 + (b.part === 'details' ? 1 : 0);
  banks.sort((a, b) => rank(a) - rank(b));
  return { firstPage, lazy, banks };
}
