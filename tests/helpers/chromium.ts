import { existsSync } from 'node:fs';

/** Debian's Chromium (installed by .ci/run); CHROMIUM_PATH overrides; else Playwright's own browser. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
