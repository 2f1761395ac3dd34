// The click-to-article clock: a script installed in the popup before any of its own code runs (an
// init script), which notes when anything in the page's body last changed and when the frame that
// showed that change was drawn. "The article in place" is the end of that last frame, once nothing
// has moved for a while: the text standing still, not only its first paint. Times are the popup's own
// performance.now(), whose zero is the start of the popup's navigation (the user's click).
// Self-contained functions: they run in Chromium through Playwright and in Firefox through Puppeteer.

export interface ClickClock {
  /** When the body last changed (a node, a text, or a hidden/class/state attribute). */
  lastChange: number;
  /** The end of the frame that drew the last change (0 until it ran). */
  lastDrawn: number;
  /** The end of the frame that first drew text in #content. */
  firstText: number;
  /** Body changes seen in all. */
  changes: number;
  /** The body's data-state after the last change. */
  state: string;
  /** True when the clock was installed after the page had shown something (the sample is then void). */
  late: boolean;
  /** When the clock was installed (a few ms into the page when done from outside). */
  installedAt: number;
}

/**
 * Installs the clock in `win` (default: this window), before the page's scripts run or, when it is
 * installed from outside, as early as it can be: `late` then says whether the page had already left
 * its loading state. Must stay self-contained.
 */
export function installClickClock(win?: Window): void {
  const w = (win ?? globalThis) as Window & typeof globalThis;
  const document = w.document;
  const performance = w.performance;
  const state0 = document.body?.dataset['state'];
  const late = (state0 !== undefined && state0 !== 'loading') || (document.getElementById('content')?.textContent ?? '').trim() !== '';
  const clock = { lastChange: 0, lastDrawn: 0, firstText: 0, changes: 0, state: '', late, installedAt: performance.now() };
  (w as unknown as { __clickClock: typeof clock }).__clickClock = clock;
  const afterFrame = (run: () => void): void => {
    // rAF runs before the frame's style, layout and paint; a task queued from it runs after them.
    w.requestAnimationFrame(() => w.setTimeout(run, 0));
  };
  const observer = new w.MutationObserver((records) => {
    const body = document.body;
    if (!body) return;
    if (!records.some((r) => body.contains(r.target) || r.target === body)) return;
    const now = performance.now();
    clock.lastChange = now;
    clock.changes += 1;
    clock.state = body.dataset['state'] ?? '';
    afterFrame(() => {
      if (clock.lastChange === now) clock.lastDrawn = performance.now();
    });
    const content = document.getElementById('content');
    if (clock.firstText === 0 && content && (content.textContent ?? '').trim() !== '') {
      clock.firstText = -1;
      afterFrame(() => {
        clock.firstText = performance.now();
      });
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'data-state', 'style'],
  });
}

/**
 * An expression that installs the clock in an extension page from outside, once its document exists
 * (true), else false: for browsers that run no init script in extension pages.
 */
export function installFromOutside(protocol: string): string {
  const install = installClickClock.toString();
  return `(location.protocol === ${JSON.stringify(protocol)} && document.body !== null && !globalThis.__clickClock) ? ((${install})(), true) : !!globalThis.__clickClock`;
}

/** Reads the clock in the page. */
export function readClickClock(): ClickClock | null {
  return (globalThis as unknown as { __clickClock?: ClickClock }).__clickClock ?? null;
}

/** The median of a list (NaN when empty). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

/** How long nothing may change before the article counts as standing still. */
export const STILL_FOR_MS = 600;

/**
 * Polls `read` until the page has settled in a state other than loading and nothing has changed
 * for STILL_FOR_MS; returns the clock then, or at once when it came late (its sample is void).
 */
export async function waitUntilStill(read: () => Promise<ClickClock | null>, timeoutMs = 20_000): Promise<ClickClock> {
  const deadline = Date.now() + timeoutMs;
  let previous = -1;
  let stableSince = Date.now();
  for (;;) {
    const clock = await read().catch(() => null);
    // Installed after the page had drawn (the sample is void): the page may never change again to settle it.
    if (clock?.late) return clock;
    if (clock && clock.state !== '' && clock.state !== 'loading' && clock.lastDrawn > 0) {
      if (clock.lastChange !== previous) {
        previous = clock.lastChange;
        stableSince = Date.now();
      } else if (Date.now() - stableSince >= STILL_FOR_MS) {
        return clock;
      }
    }
    if (Date.now() > deadline) throw new Error(`the page did not settle within ${timeoutMs} ms (clock: ${JSON.stringify(clock)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
