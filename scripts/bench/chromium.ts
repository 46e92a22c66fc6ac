import { existsSync } from 'node:fs';

/** Debian's Chromium, shared by the e2e tests and the benchmark. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, and quiet on a machine with no network beyond loopback. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: install it with "apt-get update && apt-get install -y chromium" (run as root), then run the benchmark again.`);
  }
}
