// Why the browser tests cannot run here, or undefined when they can. They
// drive Debian's Chromium (never a downloaded browser) with playwright-core;
// .ci/run installs it (apt-get install chromium). Shared by scripts/test.mjs
// and the browser tests' guard (packages/web/test/support/chromium.ts).
import { accessSync, constants } from 'node:fs';

export const CHROMIUM = process.env.NATTER_CHROMIUM ?? '/usr/bin/chromium';

export function browserBlocker() {
  try {
    accessSync(CHROMIUM, constants.X_OK);
  } catch {
    return `needs Chromium at ${CHROMIUM} (apt-get install chromium)`;
  }
  return undefined;
}
