import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/bench/chromium';

export { CHROMIUM_PATH };

export interface BrowserFixture {
  browser: () => Browser;
  /** A fresh context and page; console errors and page errors fail the test. */
  newPage: (options?: { locale?: string; colorScheme?: 'light' | 'dark'; width?: number; height?: number; timezoneId?: string }) => Promise<{ context: BrowserContext; page: Page }>;
  baseURL: string;
}

/** Launches Chromium once per file and checks every page for console errors after each test. */
export function setupBrowser(): BrowserFixture {
  let browser: Browser | undefined;
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  const baseURL = inject('baseURL');

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  });

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
    const found = problems.splice(0);
    expect(found, 'console errors in the browser').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    browser: () => {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    baseURL,
    newPage: async (options = {}) => {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext({
        baseURL,
        locale: options.locale ?? 'en-US',
        colorScheme: options.colorScheme ?? 'light',
        timezoneId: options.timezoneId ?? 'UTC',
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      });
      contexts.push(context);
      context.on('page', (p) => watch(p));
      const page = await context.newPage();
      return { context, page };
    },
  };

  function watch(page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  }
}
