// Detector content script: runs on every http(s) page at document_idle, except on the sites marked
// "never run" (the background registers it with those left out, src/background/detector-registration.ts,
// so this file never reads the settings). It is the part of the detector that needs the page: it
// reads the page's facts (core/detect.ts measurePage, with the query-based scan that browsers run
// fast; core/detect-facts.ts) and sends them to the background, which computes the features and
// judges them (off the page's main thread) and sets the toolbar icon. The build keeps it inside a
// byte budget.
//
// Pages that are not done at document_idle (issue 9 item 4) get a second look, bounded:
// - a same-document navigation (history.pushState, back/forward, a fragment) is judged again once
//   the page has been quiet for QUIET_MS (at most SETTLE_CAP_MS). The navigation API tells of it
//   where the browser has one; elsewhere the background injects this file again on the tab's URL
//   change (tab-updates.ts), and the copy finds the URL unjudged;
// - a page whose measure shows little prose (fewer than THIN long paragraphs: a shell that renders
//   its story with script) is watched, once per URL, until LATE_TEXT characters have been added and
//   the page is quiet, for at most LATE_CAP_MS; the observer is disconnected after;
// - such a thin, small page is also read with its open shadow roots and same-origin frames
//   (core/inner-roots.ts): a custom element may hold the whole story in its own tree.
// Nothing here touches the page or lets an error escape. Nor does it leave a trace the page can
// read: no performance mark or measure (those land in the page's own performance timeline, where a
// script could tell that the extension is installed). What it costs the page is measured from the
// outside, in the browser's trace of the page load (`npm run measure`): a timer in here would miss
// most of it (compiling this file, the isolated world's bindings) and cost a little itself.
import { longParagraphs, measurePage } from '../core/detect';
import { scanPageByQueries } from '../core/detect-scan-queries';
import { readableDocument } from '../core/inner-roots';
import { makeEnvelope } from '../messages';
import { contentRuntime } from '../platform/content-runtime';

/** Fewer long paragraphs than this: the page may not hold its story yet. */
const THIN = 3;
/** Inner roots are searched only on thin pages of at most this many elements (the search touches each one). */
const SMALL_PAGE = 2000;
/** The page counts as settled after this long without a change. */
const QUIET_MS = 400;
/** After a same-document navigation the page is judged at the latest this long after it. */
const SETTLE_CAP_MS = 3000;
/** Text added after document_idle that counts as the story arriving, in characters. */
const LATE_TEXT = 1000;
/** A thin page is watched this long after it was judged, then never again for that URL. */
const LATE_CAP_MS = 15_000;

/** Shared by every copy of this script in the page (the background may inject it again). */
interface DetectorState {
  /** The URL judged last, or being judged. */
  url: string;
}
const STATE_KEY = '__tidyReaderDetector';
const scope = globalThis as typeof globalThis & { [STATE_KEY]?: DetectorState };

/** Measures the page; a thin, small one is read again with its inner roots in place. */
function measure(): ReturnType<typeof measurePage> {
  const own = measurePage(scanPageByQueries, document);
  if (longParagraphs(own) >= THIN || document.getElementsByTagName('*').length > SMALL_PAGE) return own;
  const page = readableDocument(document, SMALL_PAGE);
  return page === document ? own : measurePage(scanPageByQueries, page);
}

/**
 * Calls `done` once, after the page's tree has been quiet for QUIET_MS: from now when `minText` is 0,
 * else once `minText` characters of text were added. Gives up after `capMs` (calling `done` then only
 * if the text arrived). The observer is disconnected either way.
 */
function whenSettled(minText: number, capMs: number, done: () => void): void {
  let added = 0;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const finish = (): void => {
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(cap);
    if (added >= minText) done();
  };
  const wait = (): void => {
    clearTimeout(quiet);
    quiet = setTimeout(finish, QUIET_MS);
  };
  const observer = new MutationObserver((records) => {
    for (let i = 0; i < records.length && added < minText; i++) {
      const nodes = records[i]?.addedNodes ?? [];
      for (let j = 0; j < nodes.length; j++) added += nodes[j]?.textContent?.length ?? 0;
    }
    if (added >= minText) wait();
  });
  observer.observe(document, { childList: true, subtree: true });
  const cap = setTimeout(finish, capMs);
  if (minText === 0) wait();
}

/** Judges the page at its current URL; a thin page is then watched for its story, once. */
function judge(state: DetectorState, lateLook: boolean): void {
  const url = location.href;
  // Stale: a navigation since this look was planned (its own look judges the new URL), or a copy
  // whose state is no longer the page's.
  if (state.url !== url || scope[STATE_KEY] !== state) return;
  const runtime = contentRuntime();
  if (!runtime) return;
  const measured = measure();
  // The reply says nothing the detector needs: no reply handling is bundled (sendMessage of
  // messages.ts would add ~0.2 ms of compile and run to every page load).
  runtime.sendMessage(makeEnvelope('reportVerdict', { url, measure: measured })).catch(() => undefined);
  if (lateLook && longParagraphs(measured) < THIN) whenSettled(LATE_TEXT, LATE_CAP_MS, () => safely(() => judge(state, false)));
}

/** After a same-document navigation: judge the new URL once the page settles. */
function onNavigated(state: DetectorState): void {
  if (state.url === location.href) return;
  state.url = location.href;
  whenSettled(0, SETTLE_CAP_MS, () => safely(() => judge(state, true)));
}

function safely(work: () => void): void {
  try {
    work();
  } catch {
    // Never let an exception reach the page.
  }
}

safely(() => {
  const existing = scope[STATE_KEY];
  // Injected again by the background: the first copy listens already; this one only catches a
  // navigation that the first could not see (no navigation API).
  if (existing) return onNavigated(existing);
  const state: DetectorState = { url: location.href };
  scope[STATE_KEY] = state;
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  const navigated = (): void =>
    safely(() => {
      if (contentRuntime()) return onNavigated(state);
      // The extension was reloaded or removed: this copy is an orphan, and stops listening.
      navigation?.removeEventListener('currententrychange', navigated);
      removeEventListener('popstate', navigated);
    });
  navigation?.addEventListener('currententrychange', navigated);
  addEventListener('popstate', navigated);
  judge(state, true);
});
