// Per-site exceptions ("Always keep this on this site") as the core takes them: ExtractOptions.keep,
// a list of {ruleId, match} that arrives from outside (the settings, through the background and a call
// into the cleaner), so it is checked here, shape and size, before any step reads it. No imports of
// the rule tables: the guard runs in the background too, which must not carry them.
import type { KeepException } from './types';

/** A rule id as the tables write them (kebab-case). */
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** The longest match a record carries (a selector or phrase of the rule data is far shorter). */
export const MAX_MATCH_CHARS = 200;
/** More exceptions than any site's list can hold (src/settings/schema.ts), so a real list always fits. */
export const MAX_KEEP_EXCEPTIONS = 500;

/** True for one exception: a rule id and a non-empty match of bounded length, nothing else. */
export function isKeepException(value: unknown): value is KeepException {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).some((key) => key !== 'ruleId' && key !== 'match')) return false;
  const { ruleId, match } = record;
  return typeof ruleId === 'string' && RULE_ID.test(ruleId) && typeof match === 'string' && match.trim() !== '' && match.length <= MAX_MATCH_CHARS;
}

/** True for a list of at most MAX_KEEP_EXCEPTIONS exceptions. */
export function isKeepList(value: unknown): value is KeepException[] {
  return Array.isArray(value) && value.length <= MAX_KEEP_EXCEPTIONS && value.every(isKeepException);
}

/** The key one exception is looked up by. */
export function keepKey(ruleId: string, match: string): string {
  return `${ruleId}\n${match}`;
}
