// One bench page as a row of detector features, for fitting the detector's weights (npm run
// fit-detector): parsed exactly as the bench parses it (src/bench/page-url.ts), under the same address.
import { detectFacts, factFeatures } from '../core/detect';
import type { PageFacts } from '../core/detect-facts';
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
  /**
   * With the raw measures: the page's facts (what the content script sends) and the address it was
   * judged at, so that a feature computed from the facts in the background can be tried, and the
   * rows refitted, without parsing the pages again (fit-detector --from-rows).
   */
  facts?: PageFacts;
  url?: string;
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
    const facts = detectFacts(doc);
    for (const f of factFeatures(loaded.url, facts)) row.features[f.name] = f.value;
    row.readerable = probablyReaderable(doc);
    if (probe) Object.assign(row, { raw: probePage(doc), facts, url: loaded.url });
    return row;
  } finally {
    closeWindow(loaded.dom);
  }
}

/**
 * The row with its features measured again from its saved facts (rows saved with --probe), so that a
 * change to the features the background computes needs no new parse; other rows as they are.
 */
export function refeatured(row: FeatureRow): FeatureRow {
  if (!row.facts || row.url === undefined || row.problem) return row;
  const features: Record<string, number> = {};
  for (const f of factFeatures(row.url, row.facts)) features[f.name] = f.value;
  return { ...row, features };
}
