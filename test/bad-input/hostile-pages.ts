// Hostile and oversized inputs for the CLI, generated (deterministic, nothing stored): `npm run
// bad-input` runs each through dist/cli.js and reports time and peak memory against the bounds, and
// the unit tests (test/cli/bad-input.test.ts) check what comes out of the smaller ones.
import { gzipSync } from 'node:zlib';
import { DEFAULT_MAX_ELEMENTS } from '../../src/cli/args';
import { newsPage, PARAGRAPHS } from '../cli/test-pages';

/** What a correct answer is: the article's text, an error line, or either (then only the bounds count). */
export type Expected = { article: true } | { error: string } | { either: true };

export interface HostileInput {
  name: string;
  what: string;
  expected: Expected;
  /** Extra CLI arguments. */
  args?: string[];
  build(): Buffer;
}

const MB = 1024 * 1024;

/** The story's paragraphs, as markup. */
export const STORY = PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('\n');

/** A news page with `body` inside its article. */
function page(body: string, extraHead = ''): Buffer {
  return Buffer.from(newsPage({ extraBody: body, extraHead }));
}

/** A deterministic stream of pseudo-random bytes. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** `count` nested `open` tags around the story, closed again. */
export function nested(count: number, open: string, close: string): string {
  return open.repeat(count) + STORY + close.repeat(count);
}

/** `count` paragraphs of filler. */
export function paragraphs(count: number): string {
  return Array.from({ length: count }, (_, i) => `<p>Paragraph ${i} of a very long page that goes on and on.</p>`).join('\n');
}

/** `count` lines of text, each between `open` and `close`. */
function lines(count: number, open: string, close: string): string {
  return Array.from({ length: count }, (_, i) => `${open}Line ${i} of a story that is one long run of short lines.${close}`).join('\n');
}

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'deep-divs', what: '20,000 nested <div>s around the story (220 KB)', expected: { article: true }, build: () => page(nested(20_000, '<div>', '</div>')) },
  { name: 'deep-mixed', what: '30,000 nested <section><span><b> around the story', expected: { article: true }, build: () => page(nested(10_000, '<section><span><b>', '</b></span></section>')) },
  { name: 'deep-lists', what: '20,000 nested <ul><li> around the story', expected: { either: true }, build: () => page(nested(10_000, '<ul><li>', '</li></ul>')) },
  { name: 'deep-tables', what: '5,000 nested tables around the story', expected: { either: true }, build: () => page(nested(5_000, '<table><tr><td>', '</td></tr></table>')) },
  { name: 'deep-svg', what: '20,000 nested <g> in an <svg> beside the story', expected: { article: true }, build: () => page(`<svg>${'<g>'.repeat(20_000)}${'</g>'.repeat(20_000)}</svg>${STORY}`) },
  { name: 'unclosed-bold', what: '100,000 unclosed <b> before the story', expected: { article: true }, build: () => page('<b>'.repeat(100_000) + STORY) },
  { name: 'unclosed-items', what: '40,000 <li> without end tags before the story', expected: { either: true }, build: () => page(`<ul>${'<li>item'.repeat(40_000)}</ul>${STORY}`) },
  { name: 'huge-paragraphs', what: '300,000 paragraphs (24 MB)', expected: { error: 'too-large' }, build: () => page(paragraphs(300_000)) },
  { name: 'at-element-limit', what: `${DEFAULT_MAX_ELEMENTS - 100} paragraphs, just under the element limit`, expected: { either: true }, build: () => page(paragraphs(DEFAULT_MAX_ELEMENTS - 100)) },
  { name: 'at-limit-timeout-5', what: 'the same with --timeout 5: a hard bound on time', expected: { either: true }, args: ['--timeout', '5'], build: () => page(paragraphs(DEFAULT_MAX_ELEMENTS - 100)) },
  { name: 'br-lines', what: `${DEFAULT_MAX_ELEMENTS - 200} lines set apart by <br> in one <div> (a transcript, a plain-text page)`, expected: { article: true }, build: () => page(`<div>${lines(DEFAULT_MAX_ELEMENTS - 200, '', '<br>')}</div>`) },
  { name: 'sibling-divs', what: `${DEFAULT_MAX_ELEMENTS - 200} lines each in its own <div>, side by side`, expected: { either: true }, build: () => page(lines(DEFAULT_MAX_ELEMENTS - 200, '<div>', '</div>')) },
  { name: 'link-list', what: `${(DEFAULT_MAX_ELEMENTS - 200) / 2} links in one list beside the story (an archive's index)`, expected: { article: true }, build: () => page(`<ul>${Array.from({ length: (DEFAULT_MAX_ELEMENTS - 200) / 2 }, (_, i) => `<li><a href="/2025/05/story-${i}.html">Story ${i} about the harbour</a></li>`).join('')}</ul>${STORY}`) },
  { name: 'many-elements', what: '60,000 empty <span>s (over the element limit)', expected: { error: 'too-large' }, build: () => page('<span></span>'.repeat(60_000)) },
  { name: 'giant-attribute', what: 'a 30 MB attribute value', expected: { article: true }, build: () => page(`<div data-state="${'x'.repeat(30 * MB)}"></div>${STORY}`) },
  { name: 'many-attributes', what: 'one tag with 100,000 attributes', expected: { article: true }, build: () => page(`<div ${Array.from({ length: 100_000 }, (_, i) => `a${i}=1`).join(' ')}></div>${STORY}`) },
  { name: 'giant-text', what: 'a 30 MB text node in one paragraph', expected: { either: true }, build: () => page(`<p>${'word '.repeat(6 * MB)}</p>`) },
  { name: 'giant-script', what: 'a 20 MB inline JSON <script> (server state)', expected: { article: true }, build: () => page('', `<script type="application/json">${JSON.stringify({ items: 'y'.repeat(20 * MB) })}</script>`) },
  { name: 'many-comments', what: '1,000,000 empty comments (7 MB)', expected: { article: true }, build: () => page('<!---->'.repeat(1_000_000)) },
  { name: 'unclosed-comment', what: 'a comment opened before the story and never closed', expected: { error: 'empty' }, build: () => Buffer.from(`<!doctype html><html><body><!-- ${STORY.repeat(50)}`) },
  { name: 'binary-png', what: '1 MB PNG image', expected: { error: 'not-html' }, build: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(MB, 7)]) },
  { name: 'binary-noise', what: '5 MB of random bytes', expected: { error: 'not-html' }, build: () => noise(5 * MB, 11) },
  { name: 'gzip-bomb', what: '60 MB of zeros gzipped to 60 KB', expected: { error: 'too-large' }, build: () => gzipSync(Buffer.alloc(60 * MB)) },
  { name: 'empty', what: 'an empty file', expected: { error: 'empty' }, build: () => Buffer.alloc(0) },
  { name: 'script-only', what: 'a page of 2 MB of script and no text', expected: { either: true }, build: () => Buffer.from(`<!doctype html><html><head><script>${'var a = 1;\n'.repeat(200_000)}</script></head><body></body></html>`) },
  { name: 'nul-bytes', what: 'a news page with NUL and control bytes after its head', expected: { article: true }, build: () => Buffer.concat([page(STORY.slice(0, 200)), Buffer.from([0, 1, 2, 0x1f, 0]), page('')]) },
];
