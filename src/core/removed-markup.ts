// A removed block's markup (restorable.ts) is page markup, untrusted: it is sanitized here, with the
// article's own configuration (sanitize.ts), only when it is shown — a block put back in the popup or
// the reader (src/render/render-article.ts, which sanitizes it once more for its page), or printed by
// the CLI's JSON. Extraction does not pay for blocks that are never put back: most of them. A block
// whose markup sanitizes to nothing is unsafe, and says so then.
import type { Removal, SanitizedRemoval } from './types';
import { sanitizeFragments } from './sanitize';

/** The sanitized HTML of a removed block's markup; null when nothing safe is left of it (unsafe). */
export function sanitizeRemovedMarkup(markup: string, win: Window & typeof globalThis): string | null {
  const [html = ''] = sanitizeFragments([markup], win);
  return html.trim() === '' ? null : html;
}

/** Every record with its markup sanitized into `html`, or marked unsafe; one DOMPurify pass for all. */
export function withSanitizedHtml(removed: readonly Removal[], win: Window & typeof globalThis): SanitizedRemoval[] {
  const markups = removed.flatMap((removal) => (removal.markup === undefined ? [] : [removal.markup]));
  const clean = sanitizeFragments(markups, win);
  let next = 0;
  return removed.map(({ markup, ...record }) => {
    if (markup === undefined) return record;
    const html = clean[next++] ?? '';
    return html.trim() === '' ? { ...record, unrestorable: 'unsafe' } : { ...record, html };
  });
}
