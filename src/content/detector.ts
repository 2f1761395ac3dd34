// Detector content script: runs on every http(s) page at document_idle, so it stays tiny (the
// build fails above its byte budget). It judges the page with the cheap detector and tells the
// background, which sets the toolbar icon. Nothing here touches the page or lets an error escape.
import { detectArticle } from '../core/detect';
import { sendMessage } from '../messages';
import { contentRuntime } from '../platform/content-runtime';

/** Name of the performance measure, for the real-browser timing test. */
export const DETECT_MEASURE = 'tidy-reader:detect';
const DONE_FLAG = '__tidyReaderDetectedUrl';

function detectOnce(): void {
  const scope = globalThis as typeof globalThis & { [DONE_FLAG]?: string };
  // The background may inject this script again after a same-document navigation: run once per URL.
  if (scope[DONE_FLAG] === location.href) return;
  scope[DONE_FLAG] = location.href;
  const runtime = contentRuntime();
  if (!runtime) return;
  const start = performance.now();
  const verdict = detectArticle(document, location.href);
  const end = performance.now();
  try {
    performance.measure(DETECT_MEASURE, { start, end });
  } catch {
    // Measuring is a nicety; a page that replaced `performance` must not break detection.
  }
  void sendMessage((message) => runtime.sendMessage(message), 'reportVerdict', {
    url: location.href,
    verdict,
    detectMs: end - start,
  });
}

try {
  detectOnce();
} catch {
  // Never let an exception reach the page.
}
