// Decides whether a real-browser suite runs. Locally a missing browser binary skips the suite with a
// clear message; in CI (CI=true) it must fail instead, so a broken CI image can never pass silently.
import { existsSync } from 'node:fs';

export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

export interface BrowserGate {
  /** True when the suite should be skipped (binary missing, not in CI). */
  skip: boolean;
  /** Non-null when the binary is missing; thrown by the suite's beforeAll in CI. */
  missing: string | null;
}

function isCi(): boolean {
  const ci = (process.env.CI ?? '').toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

/** Looks for `binary`; prints why the suite is skipped when it is missing outside CI. */
export function browserGate(name: string, binary: string, installHint: string): BrowserGate {
  if (existsSync(binary)) return { skip: false, missing: null };
  const missing = `${name} not found at ${binary} (install it: ${installHint}).`;
  if (isCi()) return { skip: false, missing: `${missing} CI=true: a missing browser fails the run.` };
  console.warn(`[e2e] SKIPPED ${name} tests: ${missing} They run (and fail if it is missing) when CI=true.`);
  return { skip: true, missing };
}

/** Call first in beforeAll: throws in CI when the browser is missing. */
export function assertBrowserPresent(gate: BrowserGate): void {
  if (gate.missing !== null) throw new Error(gate.missing);
}
