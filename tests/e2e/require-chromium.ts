/** Fails fast, in one line, when the browser the e2e tests drive is not installed. */
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`e2e: Chromium not found at ${CHROMIUM}; install it with: apt-get update && apt-get install -y chromium`);
  process.exit(1);
}
