// An embedded social post is a <blockquote> that the network's script replaces with the post; until it
// runs (a saved copy, the CLI, the reader), the quote holds the page's fallback: for a photo or video
// post, only links to the post ("View this post on Instagram", "A post shared by …") wrapped in layout
// <div>s. Readability takes those <div>s of nothing but links for a menu and empties the quote, and the
// story's "a resident posted this photo:" then points at nothing (fixture social-embeds). A quote whose
// text is all links, in boxes, is rewritten as one paragraph per address before the parse, so the
// pointer to the post stays. A quote with text of its own (a tweet's fallback is its text) keeps it,
// its paragraphs split at their blank lines (splitQuoteBreaks), which Readability would otherwise turn
// into a <div> it may drop.
import { listOf } from '../tag-lists';

/** A fallback is a line or two: a longer block of links is a list of something else. */
const MAX_FALLBACK_CHARS = 300;
/** At most this many characters of the quote lie outside its links (a separator, a "·"). */
const MAX_OWN_CHARS = 12;
const BOXES = new Set(['DIV', 'SECTION', 'ARTICLE', 'SPAN', 'TABLE']);

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The quote's links to web addresses with their text, or null when the quote is not an embed's link-only fallback. */
function fallbackLinks(quote: Element): { href: string; text: string }[] | null {
  const text = flat(quote.textContent);
  if (!text || text.length > MAX_FALLBACK_CHARS) return null;
  let boxed = false;
  for (let child = quote.firstElementChild; child && !boxed; child = child.nextElementSibling) boxed = BOXES.has(child.tagName);
  if (!boxed || quote.querySelector('img, picture, video, iframe, blockquote')) return null;
  const links: { href: string; text: string }[] = [];
  let linkChars = 0;
  for (const link of listOf(quote.getElementsByTagName('a'))) {
    const words = flat(link.textContent);
    const href = link.getAttribute('href') ?? '';
    if (!/^(?:https?:)?\/\//i.test(href)) return null;
    linkChars += words.length;
    if (!words) continue;
    // One line per address, in the words that say most: "A post shared by Tarran Island Life
    // (@tarranlife)" names the post, "View this post on Instagram" beside it only asks for a click.
    const seen = links.find((link) => link.href === href);
    if (!seen) links.push({ href, text: words });
    else if (words.length > seen.text.length) seen.text = words;
  }
  // Words between the links count the separators between them too: "a · b" has 3 characters outside.
  return links.length > 0 && text.length - linkChars <= MAX_OWN_CHARS + links.length ? links : null;
}

/**
 * Rewrites an embedded post's link-only fallback as plain paragraphs of its links, in place; any other
 * quote is left alone. Returns whether it rewrote the quote.
 */
export function flattenEmbedFallback(quote: Element): boolean {
  const links = fallbackLinks(quote);
  if (!links) return false;
  const doc = quote.ownerDocument;
  quote.replaceChildren(
    ...links.map(({ href, text }) => {
      const p = doc.createElement('p');
      const a = p.appendChild(doc.createElement('a'));
      a.setAttribute('href', href);
      a.textContent = text;
      return p;
    }),
  );
  return true;
}

const isBreak = (node: Node | null): boolean => node?.nodeType === 1 && (node as Element).tagName === 'BR';
const isBlank = (node: Node | null): boolean => node?.nodeType === 3 && !(node.nodeValue ?? '').trim();

/**
 * Splits each paragraph of a quote at its blank lines (two or more <br> in a row) into paragraphs of its
 * own, in place. An embedded post's fallback writes its line breaks so ("MALIK BRENNAN FROM THE CORNER
 * 🎯<br><br>We're going to overtime. <a>pic.twitter.com/…</a>"), and Readability, which turns such a
 * paragraph into a <div> around a new one, then weighs that <div> by its links and drops the post's
 * text, keeping only its "— Denver Nuggets (@nuggets)" line. Returns the number of paragraphs added.
 */
export function splitQuoteBreaks(quote: Element): number {
  let added = 0;
  for (const p of listOf(quote.getElementsByTagName('p'))) {
    if (p.getElementsByTagName('br').length < 2) continue;
    let current: Element = p;
    let node: Node | null = p.firstChild;
    while (node) {
      const next: Node | null = node.nextSibling;
      if (isBreak(node)) {
        let after: Node | null = next;
        while (isBlank(after)) after = after?.nextSibling ?? null;
        if (isBreak(after)) {
          // A blank line: drop the run of breaks, and what follows goes into a new paragraph.
          let end: Node | null = node;
          while (end && (isBreak(end) || isBlank(end))) {
            const gone: Node = end;
            end = end.nextSibling;
            gone.parentNode?.removeChild(gone);
          }
          if (!end) break;
          const fresh = p.ownerDocument.createElement('p');
          for (const name of ['lang', 'dir']) {
            const value = p.getAttribute(name);
            if (value !== null) fresh.setAttribute(name, value);
          }
          current.after(fresh);
          while (end) {
            const moving: Node = end;
            end = end.nextSibling;
            fresh.appendChild(moving);
          }
          current = fresh;
          added++;
          node = fresh.firstChild;
          continue;
        }
      }
      node = next;
    }
  }
  return added;
}

/**
 * The classes the networks' embed codes give their quote, the same on every site that pastes one:
 * X/Twitter, Instagram, TikTok, Bluesky, Mastodon, Threads, Reddit, Facebook.
 */
const EMBED_QUOTE = /(?:^|\s)(?:twitter-(?:tweet|video)|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|text-post-media|reddit-embed-bq|fb-xfbml-parse-ignore)(?:\s|$)/;
/** Wrappers looked through: a site's embed box, its ratio box. */
const MAX_WRAPPERS = 3;

/**
 * Takes an embedded post's quote out of the boxes that hold nothing else (`<div class="embed"><blockquote
 * class="twitter-tweet">`), in place. Readability weighs such a box as a <div> of links (the post's
 * "pic.twitter.com/…" and its date link are a third of a short post) and drops it with the post, which
 * the story's "she posted:" points at (probe ring media); a <blockquote> among the story's paragraphs
 * it keeps. Returns whether it moved the quote.
 */
export function unwrapEmbed(quote: Element): boolean {
  if (!EMBED_QUOTE.test(quote.getAttribute('class') ?? '')) return false;
  let box: Element | null = null;
  for (let at = quote.parentElement, level = 0; at && level < MAX_WRAPPERS; at = at.parentElement, level++) {
    if (at.tagName !== 'DIV' || at.children.length !== 1 || flat(at.textContent) !== flat(quote.textContent)) break;
    box = at;
  }
  if (!box) return false;
  box.replaceWith(quote);
  return true;
}
