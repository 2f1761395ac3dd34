// One bench page as a row of detector features, for fitting the detector's weights (npm run
// fit-detector): parsed exactly as the bench parses it (src/bench/page-url.ts), under the same address.
import { detectFeatures } from '../core/detect';
import type { BenchPage, PageType, SetName } from './dataset';
import { probablyReaderable } from './detection';
import { closeWindow } from '../node/load-document';
import { loadBenchPage } from './page-url';
import { probePage } from './feature-probe';

export interface FeatureRow {
  set: SetName;
  id: string;
  /** The site: pages of one site always land in the same cross-validation fold. */
  domain: string;
  pageType: PageType;
  isArticle: boolean;
  /** detectFeatures' values by name; a feature that did not fire is absent (0). */
  features: Record<string, number>;
  /**
   * Readability's isProbablyReaderable on the same parsed page: the fit report sets the detector
   * beside it, measured in the same run (absent on a row that gave no features).
   */
  readerable?: boolean;
  /** Raw page measures for studying candidate features (src/bench/feature-probe.ts), when asked for. */
  raw?: Record<string, number>;
  /** Why the page gave no features (not decoded, not parsed); such rows are left out of the fit. */
  problem?: string;
}

/** The features detectFeatures measures on one bench page. */
export function featurePage(page: BenchPage, probe = false): FeatureRow {
  const row: FeatureRow = { set: page.set, id: page.id, domain: page.domain, pageType: page.pageType, isArticle: page.pageType === 'article', features: {} };
  const decoded = page.readHtml();
  if (!decoded.ok) return { ...row, problem: decoded.message };
  const { loaded } = loadBenchPage(decoded.html, page.url);
  if (!loaded.ok) return { ...row, problem: loaded.message };
  try {
    const doc = loaded.dom.window.document;
    for (const f of detectFeatures(doc, loaded.url)) row.features[f.name] = f.value;
    row.readerable = probablyReaderable(doc);
    if (probe) row.raw = probePage(doc);
    return row;
  } finally {
    closeWindow(loaded.dom);
  }
}
