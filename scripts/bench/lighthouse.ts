import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { freePort } from './server.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseScores {
  /** 0–100 per category; null when Lighthouse gave no score. */
  scores: Record<Category, number | null>;
  /** Audits that lost points, per category, for the report. */
  failing: string[];
  /** Lighthouse's own warnings about the run. */
  warnings: string[];
}

/** Ends the Chromium we started: SIGTERM, then SIGKILL if it has not gone within 5 s. */
async function stop(chrome: ChildProcess): Promise<void> {
  if (chrome.exitCode !== null || chrome.signalCode !== null) return;
  const exited = new Promise<void>((r) => chrome.once('exit', () => r()));
  chrome.kill('SIGTERM');
  const timer = setTimeout(() => chrome.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** A short description of an audit's first few detail items (which issue, which URL). */
function describeItems(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items)) return '';
  const texts = items.slice(0, 3).map((item) => {
    const strings: string[] = [];
    const visit = (value: unknown, depth: number) => {
      if (strings.length >= 4 || depth > 3) return;
      if (typeof value === 'string' && value.length > 0 && value.length < 200) strings.push(value);
      else if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
      else if (value && typeof value === 'object') Object.values(value).forEach((v) => visit(v, depth + 1));
    };
    visit(item, 0);
    return strings.join(' ');
  });
  return texts.filter(Boolean).join('; ').slice(0, 300);
}

/** Waits until Chromium's DevTools endpoint answers. */
async function waitForDevTools(port: number, chrome: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (chrome.exitCode !== null) throw new Error(`Chromium exited with code ${chrome.exitCode} before DevTools was ready`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Chromium's DevTools port ${port} did not answer within ${timeoutMs} ms`);
}

/**
 * Lighthouse's standard desktop preset (desktop form factor and screen, light network
 * throttling, no CPU slowdown) against `url`, in a Chromium we start ourselves with a DevTools
 * port and a throwaway profile.
 */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chrome = spawn(CHROMIUM_PATH, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  try {
    await waitForDevTools(port, chrome);
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, desktopConfig);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {} as Record<Category, number | null>;
    const failing: string[] = [];
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] = category && typeof category.score === 'number' ? Math.round(category.score * 100) : null;
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const value = audit.displayValue ? ` (${audit.displayValue})` : '';
        const items = describeItems(audit.details);
        failing.push(`${id}: ${audit.title}${value}, score ${Math.round(audit.score * 100)}${items ? ` — ${items}` : ''}`);
      }
    }
    return { scores, failing, warnings: lhr.runWarnings ?? [] };
  } finally {
    await stop(chrome);
    // Chromium's helpers may still be writing to the profile for a moment after it exits.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    } catch {
      // A leftover temp directory is not worth losing the scores over.
    }
  }
}
