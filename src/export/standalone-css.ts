// The stylesheet embedded in a saved HTML file: the chosen theme's colours and the typography prefs,
// as concrete values, plus print rules. Self-contained: the file must look right with nothing else.
import type { ReadingPrefs } from '../settings/schema';
import { FONT_STACKS, PALETTES, paletteDeclarations } from '../theme/palette';

function themeRules(prefs: ReadingPrefs): string {
  if (prefs.theme !== 'system') {
    return `:root { ${paletteDeclarations(PALETTES[prefs.theme])} color-scheme: ${prefs.theme === 'dark' ? 'dark' : 'light'}; }`;
  }
  return [
    `:root { ${paletteDeclarations(PALETTES.light)} color-scheme: light dark; }`,
    `@media (prefers-color-scheme: dark) { :root { ${paletteDeclarations(PALETTES.dark)} } }`,
  ].join('\n');
}

const LAYOUT = `
html { background: var(--tr-bg); color: var(--tr-fg); }
body { margin: 0; padding: 2rem 1.25rem 4rem; }
main { font-family: var(--tr-font-body); font-size: var(--tr-font-size); line-height: var(--tr-line-height);
  max-width: var(--tr-line-width); margin: 0 auto; overflow-wrap: break-word; }
a { color: var(--tr-link); }
h1 { line-height: 1.2; margin: 0 0 0.4em; }
h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.4em 0 0.5em; }
.meta, .source, figcaption, .related-details { color: var(--tr-muted); font-size: 0.85em; }
.source a { word-break: break-all; }
img, video, picture, svg { max-width: 100%; height: auto; }
figure { margin-inline: 0; }
blockquote { margin-inline: 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--tr-border); color: var(--tr-muted); }
pre, code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; background: var(--tr-surface); }
pre { padding: 0.75em; overflow-x: auto; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
td, th { border: 1px solid var(--tr-border); padding: 0.3em 0.6em; }
.related { border-top: 1px solid var(--tr-border); margin-top: 2.5em; }
.related ul { list-style: none; padding: 0; }
.related li { margin: 0 0 1em; }
.related-summary { margin: 0.2em 0 0; }
@media print {
  :root { --tr-bg: #fff; --tr-fg: #000; --tr-muted: #333; --tr-link: #000; --tr-surface: #fff; --tr-border: #999; }
  body { padding: 0; }
  main { max-width: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; word-break: break-all; }
  .source a::after { content: none; }
  h1, h2, h3 { break-after: avoid; }
  img, figure, blockquote, pre, li { break-inside: avoid; }
}`;

/** CSS for a saved article; `showImages: false` hides the body's images. */
export function standaloneCss(prefs: ReadingPrefs, showImages: boolean): string {
  const vars = `:root { --tr-font-body: ${FONT_STACKS[prefs.font]}; --tr-font-size: ${prefs.fontSize}px; --tr-line-width: ${prefs.lineWidth}ch; --tr-line-height: ${prefs.lineHeight}; }`;
  const images = showImages ? '' : '\n.body :is(img, picture, video, figure:has(img)) { display: none; }';
  return `${themeRules(prefs)}\n${vars}${LAYOUT}${images}\n`;
}
