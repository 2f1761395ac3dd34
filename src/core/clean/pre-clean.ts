// The pre-clean step: evaluates the rule table over the clone's body in one walk and removes every
// match (hidden blocks, ads, promos, share bars, comments…) before Readability sees the page.
import type { Removal } from '../types';
import type { ClutterRule } from '../rules/rule-types';
import type { PageStats } from './main-content';
import type { Disabled } from '../disable';
import { matchClutter } from './match-clutter';

/** Each table without its insideArticleOnly rules, kept per table so that it is compiled once too. */
const pageRulesCache = new WeakMap<readonly ClutterRule[], readonly ClutterRule[]>();

/** The rules that apply to the whole page: all but those kept for the inside of the article. */
export function pageRules(rules: readonly ClutterRule[]): readonly ClutterRule[] {
  let page = pageRulesCache.get(rules);
  if (!page) {
    page = rules.some((rule) => rule.insideArticleOnly) ? rules.filter((rule) => !rule.insideArticleOnly) : rules;
    pageRulesCache.set(rules, page);
  }
  return page;
}

/** Removes the rule matches from the document in place and returns what went (`isArticle`: the page's verdict). */
export function preClean(doc: Document, rules: readonly ClutterRule[], stats: PageStats, disabled: Disabled, isArticle = false): Removal[] {
  const body = doc.body;
  if (!body) return [];
  const matches = matchClutter(body, pageRules(rules), stats, { disabled, hidden: !disabled.step('hidden'), isArticle });
  for (const match of matches) removeFromLine(match.element);
  return matches.map((m) => m.removal);
}

/** Punctuation that closes on the word before it. */
const CLOSING = /^[,.;:!?)]/;

/**
 * Removes an element; when it stood inside a line between a space and a closing mark ("Ardent Power
 * Corp. <span>ARDP -3.07%</span>, which makes …", quote-chips-in-sentences), the space goes too, so the
 * sentence does not read "Corp. , which".
 */
function removeFromLine(element: Element): void {
  const before = element.previousSibling;
  const after = element.nextSibling;
  if (before?.nodeType === 3 && after?.nodeType === 3 && CLOSING.test(after.textContent ?? '') && /\s$/.test(before.textContent ?? '')) {
    before.textContent = (before.textContent ?? '').replace(/\s+$/, '');
  }
  element.remove();
}
