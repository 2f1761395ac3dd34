// What one extraction switches off (ExtractOptions.disable): cleaning steps by name, rules by id or by
// category. The type makes a typo in code a compile error; strings from outside (a CLI flag, stored
// per-site exceptions) are checked here at run time, so an unknown name is refused, not ignored.
import type { CleanStepId } from './types';
import { CLEAN_STEPS } from './types';
import type { ClutterRule } from './rules/rule-types';
import { allRules } from './rules/all-rules';

/** The switches of one extraction, asked by the steps and the rule matcher. */
export interface Disabled {
  /** True when the step is switched off. */
  step(id: CleanStepId): boolean;
  /** True when the rule is switched off, by its id or by its category. */
  rule(rule: Pick<ClutterRule, 'id' | 'category'>): boolean;
}

/** Every name `disable` accepts: the steps, then every rule id and rule category of the tables. */
export function knownDisableIds(): Set<string> {
  const rules = allRules();
  return new Set<string>([...CLEAN_STEPS, ...rules.map((rule) => rule.id), ...rules.map((rule) => rule.category)]);
}

/** The names that are neither a step, a rule id nor a rule category ([] when all are known). */
export function unknownDisableIds(ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const known = knownDisableIds();
  return ids.filter((id) => !known.has(id));
}

/** The switches for a list of names (already checked with unknownDisableIds). */
export function disabledBy(ids: readonly string[]): Disabled {
  const off = new Set(ids);
  return {
    step: (id) => off.has(id),
    rule: (rule) => off.has(rule.id) || off.has(rule.category),
  };
}

/** Nothing switched off (hiding clutter on the live page runs every rule). */
export const NOTHING_DISABLED: Disabled = disabledBy([]);
