// The pre-clean step: evaluates the rule table over the clone's body in one walk and removes every
// match (hidden blocks, ads, promos, share bars, comments…) before Readability sees the page.
import type { Removal } from '../types';
import type { ClutterRule } from '../rules/rule-types';
import type { PageStats } from './main-content';
import type { Disabled } from '../disable';
import { matchClutter } from './match-clutter';

/** Removes the rule matches from the document in place and returns what went. */
export function preClean(doc: Document, rules: readonly ClutterRule[], stats: PageStats, disabled: Disabled): Removal[] {
  const body = doc.body;
  if (!body) return [];
  const matches = matchClutter(body, rules, stats, { disabled, hidden: !disabled.step('hidden') });
  for (const match of matches) match.element.remove();
  return matches.map((m) => m.removal);
}
