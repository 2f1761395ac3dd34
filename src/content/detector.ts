// Detector content script: runs on every http(s) page at document_idle, except on the sites marked
// "never run" (the background registers it with those left out, src/background/detector-registration.ts,
// so this file never reads the settings). It is the part of the detector that needs the page: it
// measures the page (core/detect.ts measurePage, with the query-based scan that browsers run fast)
// and sends the measure to the background, which judges it (the URL's rules run there, off the
// page's main thread) and sets the toolbar icon. The build keeps it inside a byte budget.
// Nothing here touches the page or lets an error escape. Nor does it leave a trace the page can
// read: no performance mark or measure (those land in the page's own performance timeline, where a
// script could tell that the extension is installed). What it costs the page is measured from the
// outside, in the browser's trace of the page load (`npm run measure`): a timer in here would miss
// most of it (compiling this file, the isolated world's bindings) and cost a little itself.
import { measurePage } from '../core/detect';
import { scanPageByQueries } from '../core/detect-scan-queries';
import { makeEnvelope } from '../messages';
import { contentRuntime } from '../platform/content-runtime';

const DONE_FLAG = '__tidyReaderDetectedUrl';

function detectOnce(): void {
  const scope = globalThis as typeof globalThis & { [DONE_FLAG]?: string };
  // The background may inject this script again after a same-document navigation: run once per URL.
  if (scope[DONE_FLAG] === location.href) return;
  scope[DONE_FLAG] = location.href;
  const runtime = contentRuntime();
  if (!runtime) return;
  const measure = measurePage(scanPageByQueries, document);
  // The reply says nothing the detector needs: no reply handling is bundled (sendMessage of
  // messages.ts would add ~0.2 ms of compile and run to every page load).
  runtime.sendMessage(makeEnvelope('reportVerdict', { url: location.href, measure })).catch(() => undefined);
}

try {
  detectOnce();
} catch {
  // Never let an exception reach the page.
}
