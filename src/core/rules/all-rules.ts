// The full table of general pre-clean rules, in the order their categories are reported.
import type { ClutterRule } from './rule-types';
import { adRules } from './ad-rules';
import { promoRules } from './promo-rules';
import { widgetRules } from './widget-rules';
import { sectionRules } from './section-rules';
import { siteRules } from './sites/site-rules';

export const generalRules: ClutterRule[] = [...adRules, ...promoRules, ...widgetRules, ...sectionRules];

/** The general rules plus the quirks of the page's site. */
export function rulesForUrl(url: string): ClutterRule[] {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return generalRules;
  }
  const extra = siteRules
    .filter((site) => site.hosts.some((h) => host === h || host.endsWith(`.${h}`)))
    .flatMap((site) => site.rules);
  return extra.length ? [...generalRules, ...extra] : generalRules;
}
