import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { continuationBlocks, trailingParagraphs } from '../../src/core/clean/story-continuation';
import { snapshotPick } from '../../src/core/clean/story-coverage';
import { extractArticle } from '../../src/core/index';

const sentence = (n: number) => `Sentence ${n} of the story runs long enough to count as one of its paragraphs, with a clause or two more.`;
const ps = (...numbers: number[]) => numbers.map((n) => `<p>${sentence(n)}</p>`).join('');
/** A Drupal node: the body field, then a Paragraphs field whose text sits four wrappers down. */
const drupal = (after: string) =>
  `<div class="node__content"><div class="field field--name-body">${ps(1, 2, 3, 4, 5)}</div>${after}` +
  '<div class="field field--name-field-tags"><a href="/t/1">Ashford</a> <a href="/t/2">Flooding</a></div></div>';
const paragraphsField = (...numbers: number[]) =>
  `<div class="field field--name-field-paragraphs"><div class="field__item"><div class="paragraph paragraph--type--text">` +
  `<div class="field field--name-field-text">${ps(...numbers)}</div></div></div></div>`;

const pickOf = (html: string): Element => {
  const doc = new JSDOM(`<body><div id="pick">${html}</div></body>`).window.document;
  return doc.getElementById('pick') as Element;
};
const keptOf = (...numbers: number[]) => numbers.map(sentence).join(' ');

describe('trailingParagraphs', () => {
  it('gives the paragraphs after the last kept one that Readability left out, with that one', () => {
    const pick = snapshotPick(pickOf(drupal(paragraphsField(6, 7, 8))));
    const trailing = trailingParagraphs(pick, keptOf(1, 2, 3, 4, 5));
    expect(trailing?.lastKept).toBe(sentence(5));
    expect(trailing?.missed).toEqual([sentence(6), sentence(7), sentence(8)]);
  });

  it('gives nothing for one paragraph left out (an author bio), or for more than twice what was kept', () => {
    expect(trailingParagraphs(snapshotPick(pickOf(drupal(paragraphsField(6)))), keptOf(1, 2, 3, 4, 5))).toBeNull();
    const long = snapshotPick(pickOf(`<div>${ps(1)}</div><div><div><div>${ps(2, 3, 4, 5, 6, 7)}</div></div></div>`));
    expect(trailingParagraphs(long, keptOf(1))).toBeNull();
  });
});

describe('continuationBlocks', () => {
  const blocksFor = (html: string) => {
    const pick = pickOf(html);
    const trailing = trailingParagraphs(snapshotPick(pick), keptOf(1, 2, 3, 4, 5));
    return trailing ? continuationBlocks(pick, trailing.lastKept, trailing.missed).map((block) => block.className) : [];
  };

  it('takes the field right after the body, and stops at the tags', () => {
    expect(blocksFor(drupal(paragraphsField(6, 7, 8)))).toEqual(['field field--name-field-paragraphs']);
  });

  it('leaves a block that something with text stands before, and a list of teaser links', () => {
    expect(blocksFor(drupal(`<div class="share">Share this story</div>${paragraphsField(6, 7, 8)}`))).toEqual([]);
    const teasers = [6, 7, 8].map((n) => `<div><a href="/news/${n}">${sentence(n)}</a></div>`).join('');
    expect(blocksFor(drupal(`<div class="more"><div><div>${teasers}</div></div></div>`))).toEqual([]);
  });
});

describe('extractArticle with the story continued in another field', () => {
  const url = 'https://news.example/news/2024/09/03/footbridge-reopens';
  const page = `<html><head><title>Footbridge reopens</title><meta property="og:type" content="article"></head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
    <main><h1>Footbridge reopens</h1><article class="node">${drupal(paragraphsField(6, 7, 8))}</article></main>
    <footer><a href="/contact">Contact</a></footer></body></html>`;
  const extract = (disable: 'continuation'[] = []) => {
    const { window } = new JSDOM(page, { url });
    const result = extractArticle(window.document, url, { window: window as never, disable });
    if (!result.ok) throw new Error(result.message);
    return result.article.text;
  };

  it('puts the rest of the story back after the body, once, in order', () => {
    const text = extract();
    const at = [1, 5, 6, 7, 8].map((n) => text.indexOf(sentence(n)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.split(sentence(7)).length).toBe(2);
    expect(text).not.toContain('Flooding');
  });

  it("shows Readability's half when the step is off", () => {
    const text = extract(['continuation']);
    expect(text).toContain(sentence(5));
    expect(text).not.toContain(sentence(6));
  });
});
