// The kept blocks ("Always keep this on this site") as the background and the pages use them: which
// exceptions apply to a page, and a site's list with one block added or taken out. Validation and
// limits are validate.ts's (addKeptBlocks), the one path every change goes through.
import type { KeepException } from '../core/types';
import type { KeptBlock, Settings } from './schema';
import { MAX_KEPT_EXAMPLE_CHARS } from './schema';
import { normalizeHost, siteKeysFor } from './site-host';

/** The exceptions for a page or host: the kept blocks of its site key and of every parent domain's. */
export function keepExceptionsFor(settings: Pick<Settings, 'keep'>, urlOrHost: string): KeepException[] {
  const host = normalizeHost(urlOrHost);
  if (host === null) return [];
  return siteKeysFor(host).flatMap((key) => (settings.keep[key] ?? []).map(({ ruleId, match }) => ({ ruleId, match })));
}

/** True when the list holds the block's rule and match. */
export function isKept(list: readonly KeptBlock[], ruleId: string, match: string): boolean {
  return list.some((block) => block.ruleId === ruleId && block.match === match);
}

/** The list with the block added at the end (unchanged when it is there already). */
export function withKept(list: readonly KeptBlock[], ruleId: string, match: string, example: string): KeptBlock[] {
  if (isKept(list, ruleId, match)) return [...list];
  const flat = example.replace(/\s+/g, ' ').trim();
  const short = flat.length > MAX_KEPT_EXAMPLE_CHARS ? `${flat.slice(0, MAX_KEPT_EXAMPLE_CHARS - 1).trimEnd()}…` : flat;
  return [...list, { ruleId, match, example: short }];
}

/** The list without the block. */
export function withoutKept(list: readonly KeptBlock[], ruleId: string, match: string): KeptBlock[] {
  return list.filter((block) => block.ruleId !== ruleId || block.match !== match);
}
