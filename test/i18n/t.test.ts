import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { localizeDom, setDocumentLanguage } from '../../src/i18n/localize-dom';
import { isMessageKey, setMessageSource, t } from '../../src/i18n/t';
import { catalogueSource, englishSource, formatMessage } from './english-source';

afterEach(() => setMessageSource(englishSource));

describe('formatMessage (chrome.i18n rules)', () => {
  const entry = { message: 'Remove $HOST$ ($1) for $$5 — $Missing$', placeholders: { host: { content: '"$1"' } } };

  it('fills named placeholders from their $n content and positional references', () => {
    expect(formatMessage(entry, ['a.example'])).toBe('Remove "a.example" (a.example) for $5 — $Missing$');
  });

  it('does not expand placeholders that arrive inside a substitution', () => {
    expect(formatMessage(entry, ['$HOST$ $1'])).toBe('Remove "$HOST$ $1" ($HOST$ $1) for $5 — $Missing$');
  });

  it('leaves missing substitutions empty', () => {
    expect(formatMessage({ message: 'x$1y' })).toBe('xy');
  });
});

describe('t', () => {
  it('gives the installed catalogue\'s text, with substitutions', () => {
    expect(t('cleanAnyway')).toBe('Clean anyway');
    expect(t('readingTime', '5')).toBe('5 min read');
    expect(t('optionsSiteChoiceLabel', ['Never run', 'example.com'])).toBe('Never run: example.com');
    setMessageSource(catalogueSource('de'));
    expect(t('cleanAnyway')).not.toBe('Clean anyway');
  });

  it('gives the key itself for a message the catalogue lacks, or with no catalogue at all', () => {
    setMessageSource((key, subs) => (key === 'cleanAnyway' ? `DE:${String(subs)}` : ''));
    expect(t('cleanAnyway')).toBe('DE:');
    expect(t('relatedHeading')).toBe('relatedHeading');
    setMessageSource(null);
    expect(t('cleanAnyway')).toBe('cleanAnyway');
  });

  it('survives a source that throws', () => {
    setMessageSource(() => {
      throw new Error('bad call');
    });
    expect(t('printArticle')).toBe('printArticle');
  });

  it('knows the catalogue\'s keys', () => {
    expect(isMessageKey('optionsTitle')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('__proto__')).toBe(false);
    setMessageSource(null);
    expect(isMessageKey('optionsTitle')).toBe(false);
  });
});

describe('localizeDom', () => {
  it('fills text and attributes, as text only, and reports unknown keys', () => {
    const { document } = new JSDOM(
      '<p data-i18n="cleanAnyway">x</p><button data-i18n-title="hideClutterHint" data-i18n-aria-label="hideClutter"></button>' +
        '<input data-i18n-placeholder="optionsSiteAddLabel"><span data-i18n="noSuchKey">kept</span>',
    ).window;
    setMessageSource((key) => (key === 'cleanAnyway' ? '<b>Trotzdem</b>' : englishSource(key)));
    expect(localizeDom(document)).toEqual(['noSuchKey']);
    expect(document.querySelector('p')?.innerHTML).toBe('&lt;b&gt;Trotzdem&lt;/b&gt;');
    expect(document.querySelector('button')?.getAttribute('title')).toBe(t('hideClutterHint'));
    expect(document.querySelector('button')?.getAttribute('aria-label')).toBe('Hide clutter');
    expect(document.querySelector('input')?.getAttribute('placeholder')).toBe(t('optionsSiteAddLabel'));
    expect(document.querySelector('span')?.textContent).toBe('kept');
  });

  it('sets the page language and direction from the UI language', () => {
    const { document } = new JSDOM('').window;
    setDocumentLanguage(document, 'zh_CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dir).toBe('ltr');
    setDocumentLanguage(document, 'he');
    expect(document.documentElement.dir).toBe('rtl');
    setDocumentLanguage(document, '"><script>');
    expect(document.documentElement.lang).toBe('he');
  });
});
