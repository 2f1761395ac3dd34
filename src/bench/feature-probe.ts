// Raw page measures for studying new detector features without parsing the dev sets again
// (npm run fit-detector -- --rows FILE --probe): counts and text shares that a candidate feature may be
// built from, measured on the same parsed page as the features. Exploration only: the detector
// never reads these; a feature earns its place in detect.ts (both scanners) and the fit.
import { runningTextLength } from '../core/detect-facts';
import { DATE } from '../core/detect-headline';
import { scanPage } from '../core/detect-scan';

/** Tags counted as they are (getElementsByTagName: cheap in both scanners). */
const TAGS = [
  'article', 'time', 'form', 'input', 'textarea', 'select', 'option', 'label', 'blockquote', 'table', 'li', 'ul', 'ol',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'code', 'img', 'figure', 'figcaption', 'iframe', 'svg', 'dl', 'details',
  'nav', 'aside', 'footer', 'header', 'section', 'main', 'p', 'a', 'button', 'script', 'div', 'span', 'em', 'strong',
  'cite', 'small', 'address', 'video', 'picture', 'td', 'dt', 'kbd', 'samp', 'var', 'tbody',
];

const MAX_TEXT = 300_000;

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** The body's text outside scripts and styles, up to MAX_TEXT characters. */
function visibleText(doc: Document): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < MAX_TEXT; node = walker.nextNode()) {
    if (!SKIPPED.has(node.parentElement?.localName ?? '')) text += node.nodeValue ?? '';
  }
  return text;
}

/** Named raw numbers of one parsed page. */
export function probePage(doc: Document): Record<string, number> {
  const raw: Record<string, number> = {};
  for (const tag of TAGS) raw[`n-${tag}`] = doc.getElementsByTagName(tag).length;
  const scan = scanPage(doc);
  for (const [key, n] of scan.counts) raw[`c-${key}`] = n;
  // The paragraph sample, as detect.ts counts it.
  const byParent = new Map<Element, { n: number; chars: number }>();
  const byArticle = new Set<Element>();
  let pChars = 0;
  let pCount = 0;
  let inQuote = 0;
  let run = 0;
  let longestRun = 0;
  let runChars = 0;
  let longestRunChars = 0;
  let lastParent: Element | null = null;
  for (const p of scan.paragraphs) {
    const length = runningTextLength(p);
    if (!length) continue;
    pChars += length;
    pCount++;
    if (p.closest('blockquote')) inQuote++;
    const art = p.closest('article');
    if (art && length >= 80) byArticle.add(art);
    const parent = p.parentElement;
    if (!parent) continue;
    const entry = byParent.get(parent) ?? { n: 0, chars: 0 };
    entry.n++;
    entry.chars += length;
    byParent.set(parent, entry);
    if (parent === lastParent) {
      run++;
      runChars += length;
    } else {
      run = 1;
      runChars = length;
    }
    lastParent = parent;
    if (run > longestRun) longestRun = run;
    if (runChars > longestRunChars) longestRunChars = runChars;
  }
  const parents = [...byParent.values()].sort((a, b) => b.chars - a.chars);
  raw['p-count'] = pCount;
  raw['p-chars'] = pChars;
  raw['p-in-quote'] = inQuote;
  raw['p-articles'] = byArticle.size;
  raw['p-parents'] = parents.length;
  raw['p-parents-2plus'] = parents.filter((e) => e.n >= 2).length;
  raw['p-top-chars'] = parents[0]?.chars ?? 0;
  raw['p-top-n'] = parents[0]?.n ?? 0;
  raw['p-second-chars'] = parents[1]?.chars ?? 0;
  raw['p-run'] = longestRun;
  raw['p-run-chars'] = longestRunChars;
  // Whole-page text and link text.
  const text = visibleText(doc);
  raw['text-chars'] = text.replace(/\s+/g, ' ').length;
  let linkChars = 0;
  for (const a of Array.from(doc.getElementsByTagName('a')).slice(0, 5000)) linkChars += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  raw['link-chars'] = linkChars;
  // Printed dates anywhere in the text, line by line (repeated dated blocks: a listing or a thread).
  let dates = 0;
  for (const line of text.split(/\n/)) if (line.length < 300 && DATE.test(line.trim())) dates++;
  raw['date-lines'] = dates;
  // <time> elements' containers: how many distinct grand-parents hold a time.
  const timeBoxes = new Set<Element>();
  for (const t of Array.from(doc.getElementsByTagName('time'))) {
    const box = t.parentElement?.parentElement;
    if (box) timeBoxes.add(box);
  }
  raw['time-boxes'] = timeBoxes.size;
  let inputsVisible = 0;
  for (const input of Array.from(doc.getElementsByTagName('input'))) {
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (type !== 'hidden' && type !== 'submit' && type !== 'search') inputsVisible++;
  }
  raw['inputs-visible'] = inputsVisible;
  let headingIds = 0;
  for (const h of Array.from(doc.querySelectorAll('h2, h3'))) if (h.id || h.querySelector('a[href^="#"]')) headingIds++;
  raw['heading-ids'] = headingIds;
  raw['h1-in-article'] = scan.h1?.closest('article') ? 1 : 0;
  return raw;
}
