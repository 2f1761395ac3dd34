// Boilerplate leaks on our own fixtures (test/fixtures/<case>/{page.html, expected.json}): how many of
// the strings that must be gone are still in each extractor's output, and how many of the paragraphs
// that must be kept are there, judged by the fixture runner's rules (src/fixture-format/expectations.ts).
// A fixture without a valid expectation is reported, never skipped.
import { Readability } from '@mozilla/readability';
import { closeWindow, loadDocument, nextTurn } from '../node/load-document';
import { blockText, extractArticle } from '../core/index';
import { htmlRoot, listFixtureNames, readFixture } from '../fixture-format/expectations';
import type { ExtractionOutput, FixtureCase } from '../fixture-format/expectations';
import { checkOutput } from './leak-check';
import type { LeakCheck } from './leak-check';

export interface FixtureLeaks {
  name: string;
  gone: number;
  keep: number;
  /** Set when the fixture could not be checked (no expected.json, unparsable page…). */
  problem?: string;
  ours?: LeakCheck & { outcome: string };
  readability?: LeakCheck;
}

const NOTHING: ExtractionOutput = { text: '', html: '' };

/**
 * Plain Readability's output in the same shape as ours. Its `textContent` has no line breaks between
 * blocks (only the page's own source formatting), so a label standing alone as a paragraph could not
 * be told from the same word inside a sentence (splitting it on its own newlines misses the lone
 * "Advertisement" of br-separated and the "About Jean-Paul Abara" heading of microdata). Its `content` HTML is therefore rendered with the very
 * function that makes our `article.text` (blockText, one block per line), and that HTML is also what
 * the runner's block check reads: both extractors are judged on text and HTML made the same way.
 */
function readabilityOutput(document: Document): ExtractionOutput {
  try {
    const parsed = new Readability(document.cloneNode(true) as Document).parse();
    const html = parsed?.content ?? '';
    return { text: blockText(htmlRoot(html)), html };
  } catch {
    return NOTHING;
  }
}

function oursOutput(document: Document, url: string, window: Window & typeof globalThis): ExtractionOutput & { outcome: string } {
  try {
    const result = extractArticle(document, url, { window });
    if (!result.ok) return { ...NOTHING, outcome: result.reason };
    return { text: result.article.text, html: result.article.html, outcome: 'ok' };
  } catch {
    return { ...NOTHING, outcome: 'threw' };
  }
}

function checkFixture({ name, html, expected }: FixtureCase): FixtureLeaks {
  const counts = { name, gone: expected.gone.length, keep: expected.keep.length };
  // The schema guarantees an absolute http(s) url, so no stand-in address is needed here.
  const loaded = loadDocument(html, { url: expected.url, fallbackUrl: expected.url });
  if (!loaded.ok) return { ...counts, problem: loaded.message };
  const { window } = loaded.dom;
  try {
    const readability = readabilityOutput(window.document);
    const { outcome, ...ours } = oursOutput(window.document, expected.url, window as unknown as Window & typeof globalThis);
    return { ...counts, ours: { ...checkOutput(ours, expected), outcome }, readability: checkOutput(readability, expected) };
  } finally {
    closeWindow(loaded.dom);
  }
}

/** Checks every fixture folder under `root` (none when the folder does not exist), one window at a time. */
export async function checkFixtures(root: string): Promise<FixtureLeaks[]> {
  const results: FixtureLeaks[] = [];
  for (const name of listFixtureNames(root)) {
    const read = readFixture(root, name);
    results.push(read.ok ? checkFixture(read.fixture) : { name, gone: 0, keep: 0, problem: read.problem });
    await nextTurn();
  }
  return results;
}
