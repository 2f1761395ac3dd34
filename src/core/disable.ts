// What one extraction switches off (ExtractOptions.disable): cleaning steps by name, rules by id or by
// category. The type makes a typo in code a compile error; strings from outside (a CLI flag) are
// checked here at run time, so an unknown name is refused, not ignored. The user's per-site exceptions
// (ExtractOptions.keep, checked in keep.ts) switch off one match of a rule, or the step of a step rule.
import type { CleanStepId, KeepException } from './types';
import { CLEAN_STEPS } from './types';
import type { ClutterRule } from './rules/rule-types';
import { allRules } from './rules/all-rules';
import { STEP_RULES } from './rules/step-rules';
import type { StepRule } from './rules/step-rules';
import { keepKey } from './keep';

/** The switches of one extraction, asked by the steps and the rule matcher. */
export interface Disabled {
  /** True when the step is switched off. */
  step(id: CleanStepId): boolean;
  /** True when the rule is switched off, by its id or by its category. */
  rule(rule: Pick<ClutterRule, 'id' | 'category'>): boolean;
  /** True when the user keeps what this rule removes by this match (a per-site exception). */
  kept(ruleId: string, match: string): boolean;
  /** True when there are per-site exceptions at all (the rule walk then also looks for kept blocks). */
  readonly keeping: boolean;
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

/**
 * The switches for a list of names (already checked with unknownDisableIds) and the user's exceptions
 * (checked with isKeepList): an exception for a step rule with a `step` switches that step off.
 */
export function disabledBy(ids: readonly string[], keep: readonly KeepException[] = []): Disabled {
  const off = new Set<string>(ids);
  const kept = new Set(keep.map((k) => keepKey(k.ruleId, k.match)));
  const stepRules: readonly StepRule[] = Object.values(STEP_RULES);
  for (const rule of stepRules) if (rule.step && keep.some((k) => k.ruleId === rule.id)) off.add(rule.step);
  return {
    step: (id) => off.has(id),
    rule: (rule) => off.has(rule.id) || off.has(rule.category),
    kept: (ruleId, match) => kept.size > 0 && kept.has(keepKey(ruleId, match)),
    keeping: kept.size > 0,
  };
}

/** Nothing switched off (hiding clutter on the live page runs every rule). */
export const NOTHING_DISABLED: Disabled = disabledBy([]);
