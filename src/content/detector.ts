// Detector content script: runs on every http(s) page at document_idle, except on the sites marked
// "never run" (the background registers it with those left out, src/background/detector-registration.ts,
// so this file never reads the settings). It stays tiny (the build fails above its byte budget). It
// judges the page with the cheap detector and tells the background, which sets the toolbar icon.
// Nothing here touches the page or lets an error escape. Nor does it leave a trace the page can
// read: no performance mark or measure (those land in the page's own performance timeline, where a
// script could tell that the extension is installed). Its time goes to the background as detectMs
// instead; `npm run measure` reads it there.
import { detectArticle } from '../core/detect';
import { sendMessage } from '../messages';
import { contentRuntime } from '../platform/content-runtime';

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
