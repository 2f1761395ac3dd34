// The full table of general pre-clean rules, in the order their categories are reported.
import type { ClutterRule, SiteRules } from './rule-types';
import { adRules } from './ad-rules';
import { promoRules } from './promo-rules';
import { widgetRules } from './widget-rules';
import { sectionRules } from './section-rules';
import { creditRules } from './credit-rules';
import { navigationRules } from './navigation-rules';
import { siteRules } from './sites/site-rules';

export const generalRules = [...adRules, ...promoRules, ...widgetRules, ...sectionRules, ...creditRules, ...navigationRules] as const satisfies readonly ClutterRule[];

type AnyRule = (typeof generalRules)[number] | (typeof siteRules)[number]['rules'][number];
/** Every rule id of the tables, as a type: `disable: ['ad-slto']` does not compile. */
export type RuleId = AnyRule['id'];
/** The categories that some rule has (not every RemovalCategory does: 'unsafe' comes from the sanitizer). */
export type RuleCategory = AnyRule['category'];

/** Every rule of every table, the per-site ones included. */
export function allRules(): readonly ClutterRule[] {
  return [...generalRules, ...siteRules.flatMap((site: SiteRules) => site.rules)];
}

/** The general rules plus the quirks of the page's site (`sites`: the table, replaceable in tests). */
export function rulesForUrl(url: string, sites: readonly SiteRules[] = siteRules): readonly ClutterRule[] {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return generalRules;
  }
  const extra = sites
    .filter((site) => site.hosts.some((h) => host === h || host.endsWith(`.${h}`)))
    .flatMap((site) => site.rules);
  return extra.length ? [...generalRules, ...extra] : generalRules;
}
