// The read-aloud panel of the popup / reader page (src/render/page.html) in jsdom with a fake engine:
// voices found late or never, the player's buttons and status line, the highlight (the <mark> fallback:
// jsdom has no CSS.highlights), the saved speed and voice, the popup's hand-over to a reader tab, and
// the article changing under the player. The keys are checked through startPage, as the pages run it.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/core/types';
import { t } from '../../../src/i18n/t';
import type { ArticleView } from '../../../src/messages';
import { startPage } from '../../../src/render/page-controller';
import type { PageEnv } from '../../../src/render/page-controller';
import { prefsStore } from '../../../src/render/read-aloud/prefs';
import { mountReadAloud } from '../../../src/render/read-aloud/read-aloud';
import { VOICE_WAIT_MS } from '../../../src/render/read-aloud/voice-watch';
import type { ReadAloud } from '../../../src/render/read-aloud/read-aloud';
import type { Speech } from '../../../src/render/read-aloud/speech-engine';
import { memoryArea } from '../../settings/memory-area';
import type { MemoryArea } from '../../settings/memory-area';
import { fakeSpeech, voice } from './fake-speech';
import type { FakeSpeech } from './fake-speech';

const PAGE = readFileSync('src/render/page.html', 'utf8');
const BODY = '<p>First sentence here. Second <a href="#">one</a>.</p><p>Third one!</p>';
const VOICES = [voice('Cloud', 'en-US', { localService: false, default: true }), voice('Anna', 'de-DE'), voice('Samantha', 'en-US'), voice('Daniel', 'en-GB')];

interface Mounted {
  doc: Document;
  win: Window & typeof globalThis;
  readAloud: ReadAloud;
  speech: FakeSpeech;
  local: MemoryArea;
  continued: number[];
  text(id: string): string;
  click(id: string): void;
  disabled(id: string): boolean;
}

function mount(options: { speech?: FakeSpeech | null; mode?: 'popup' | 'reader'; local?: MemoryArea; lang?: string | null } = {}): Mounted {
  const dom = new JSDOM(PAGE, { url: 'chrome-extension://abc/reader.html?tab=1' });
  const doc = dom.window.document;
  const win = dom.window as unknown as Window & typeof globalThis;
  (doc.getElementById('title') as HTMLElement).textContent = 'The title';
  (doc.getElementById('content') as HTMLElement).innerHTML = BODY;
  const speech = options.speech === undefined ? fakeSpeech(VOICES) : options.speech;
  const local = options.local ?? memoryArea();
  const continued: number[] = [];
  const readAloud = mountReadAloud(doc, {
    mode: options.mode ?? 'reader',
    uiLanguage: 'en',
    prefs: prefsStore(local),
    speech: (): Speech | null => speech,
    highlightApi: null,
    continueInReader: (index) => void continued.push(index),
  });
  readAloud.setArticle(options.lang === undefined ? 'en' : options.lang);
  const byId = (id: string): HTMLElement => {
    const element = doc.getElementById(id);
    if (!element) throw new Error(`no #${id}`);
    return element;
  };
  return {
    doc,
    win,
    readAloud,
    speech: speech ?? fakeSpeech(),
    local,
    continued,
    text: (id) => byId(id).textContent ?? '',
    click: (id) => byId(id).click(),
    disabled: (id) => (byId(id) as HTMLButtonElement).disabled,
  };
}

const marked = (doc: Document): string => [...doc.querySelectorAll('mark.tr-read-aloud-mark')].map((m) => m.textContent).join('');
const flush = (): Promise<void> => vi.advanceTimersByTimeAsync(0).then(() => undefined);

describe('the read-aloud panel', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not touch the speech engine until the reader opens the panel', () => {
    const page = mount();
    expect(page.speech.cancels).toBe(0);
    expect(page.doc.getElementById('read-aloud-panel')?.hidden).toBe(true);
    page.click('toggle-read-aloud');
    expect(page.doc.getElementById('read-aloud-panel')?.hidden).toBe(false);
    expect(page.doc.getElementById('toggle-read-aloud')?.getAttribute('aria-expanded')).toBe('true');
    expect(page.disabled('read-aloud-play')).toBe(false);
    // Opening the panel silences nothing (another tab may be reading); the first Play clears the
    // queue a closed page may have left, once.
    expect(page.speech.cancels).toBe(0);
    page.click('read-aloud-play');
    expect(page.speech.cancels).toBe(1);
    expect(page.speech.texts()).toEqual(['The title']);
    page.click('read-aloud-play');
    page.click('read-aloud-play');
    expect(page.speech.cancels).toBe(2);
  });

  it('says plainly when no voice is installed, stays disabled, and wakes up when voices arrive', async () => {
    const speech = fakeSpeech([]);
    const page = mount({ speech });
    page.click('toggle-read-aloud');
    expect(page.text('read-aloud-status')).toBe(t('readAloudLooking'));
    await vi.advanceTimersByTimeAsync(VOICE_WAIT_MS);
    expect(page.text('read-aloud-status')).toBe('No voice is installed on this computer for reading aloud.');
    for (const id of ['read-aloud-play', 'read-aloud-stop', 'read-aloud-next', 'read-aloud-previous', 'read-aloud-rate', 'read-aloud-voice']) {
      expect(page.disabled(id), id).toBe(true);
    }
    page.readAloud.toggle();
    expect(speech.spoken).toEqual([]);
    // A network voice is no voice here.
    speech.setVoices([voice('Cloud', 'en', { localService: false })]);
    expect(page.disabled('read-aloud-play')).toBe(true);
    speech.setVoices([voice('Samantha', 'en-US')]);
    expect(page.disabled('read-aloud-play')).toBe(false);
    expect(page.text('read-aloud-status')).toBe('');
  });

  it('says so when the browser has no speech synthesis at all', () => {
    const page = mount({ speech: null });
    page.click('toggle-read-aloud');
    expect(page.text('read-aloud-status')).toBe(t('readAloudUnsupported'));
    expect(page.disabled('read-aloud-play')).toBe(true);
  });

  it('waits for voices that come late ("voiceschanged") and then plays what the key asked for', async () => {
    const speech = fakeSpeech([]);
    const page = mount({ speech });
    page.readAloud.toggle();
    expect(speech.spoken).toEqual([]);
    speech.setVoices(VOICES);
    await flush();
    expect(speech.texts()).toEqual(['The title']);
  });

  it('offers the local voices, the article language first, and remembers the choice per language', async () => {
    const page = mount();
    page.click('toggle-read-aloud');
    await flush();
    const select = page.doc.getElementById('read-aloud-voice') as HTMLSelectElement;
    const groups = [...select.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)]);
    expect(groups).toEqual([
      // "en": both match by language alone, so by name.
      ["The article's language", ['Daniel (en-GB)', 'Samantha (en-US)']],
      ['Other languages', ['Anna (de-DE)']],
    ]);
    expect(select.value).toBe('uri:Daniel');
    select.value = 'uri:Samantha';
    select.dispatchEvent(new page.win.Event('change'));
    const rate = page.doc.getElementById('read-aloud-rate') as HTMLSelectElement;
    expect([...rate.options].map((o) => o.textContent)).toEqual(['0.5×', '0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
    rate.value = '1.5';
    rate.dispatchEvent(new page.win.Event('change'));
    await flush();
    expect(page.local.items.get('readAloud')).toEqual({ rate: 1.5, voices: { en: 'uri:Samantha' } });

    const again = mount({ local: page.local });
    again.click('toggle-read-aloud');
    await flush();
    expect((again.doc.getElementById('read-aloud-voice') as HTMLSelectElement).value).toBe('uri:Samantha');
    expect((again.doc.getElementById('read-aloud-rate') as HTMLSelectElement).value).toBe('1.5');
    again.click('read-aloud-play');
    expect(again.speech.spoken[0]).toMatchObject({ rate: 1.5, voice: { name: 'Samantha' } });
  });

  it('notes when no voice speaks the article language', async () => {
    const page = mount({ lang: 'ja' });
    page.click('toggle-read-aloud');
    await flush();
    expect(page.text('read-aloud-voice-note')).toBe("No voice on this computer speaks the article's language (ja).");
    expect(page.doc.getElementById('read-aloud-voice-note')?.hidden).toBe(false);
  });

  it('plays, highlights and moves on; pause, resume and stop; the DOM is the same afterwards', async () => {
    const page = mount();
    const content = page.doc.getElementById('content') as HTMLElement;
    page.click('toggle-read-aloud');
    page.click('read-aloud-play');
    expect(page.speech.texts()).toEqual(['The title']);
    expect(marked(page.doc)).toBe('The title');
    expect(page.text('read-aloud-status')).toBe('Reading aloud.');
    expect(page.text('read-aloud-progress')).toBe('Sentence 1 of 4');
    expect(page.text('read-aloud-play-label')).toBe('Pause');
    expect(page.doc.getElementById('read-aloud-panel')?.dataset['state']).toBe('playing');
    page.speech.finish();
    await flush();
    expect(marked(page.doc)).toBe('First sentence here.');
    page.speech.finish();
    await flush();
    expect(marked(page.doc)).toBe('Second one.');
    expect(page.text('read-aloud-progress')).toBe('Sentence 3 of 4');

    page.click('read-aloud-play');
    expect(page.text('read-aloud-status')).toBe('Paused.');
    expect(page.text('read-aloud-play-label')).toBe('Resume');
    expect(marked(page.doc)).toBe('Second one.');
    page.click('read-aloud-play');
    expect(page.speech.texts().at(-1)).toBe('Second one.');
    page.click('read-aloud-next');
    expect(marked(page.doc)).toBe('Third one!');
    page.click('read-aloud-previous');
    expect(marked(page.doc)).toBe('Second one.');

    page.click('read-aloud-stop');
    expect(page.text('read-aloud-status')).toBe('Stopped.');
    expect(page.doc.querySelector('mark')).toBeNull();
    expect(content.innerHTML).toBe(BODY);
    expect(page.disabled('read-aloud-stop')).toBe(true);
  });

  it('reads to the end and says so', async () => {
    const page = mount();
    page.click('toggle-read-aloud');
    page.click('read-aloud-play');
    for (let i = 0; i < 4; i += 1) {
      page.speech.finish();
      await flush();
    }
    expect(page.text('read-aloud-status')).toBe('The whole article has been read.');
    expect(page.doc.querySelector('mark')).toBeNull();
    expect(page.text('read-aloud-play-label')).toBe('Play');
  });

  it('goes on from the same sentence when a paragraph is put back into the article while reading', async () => {
    const page = mount();
    page.click('toggle-read-aloud');
    page.click('read-aloud-play');
    page.speech.finish();
    await flush();
    expect(marked(page.doc)).toBe('First sentence here.');
    const restored = page.doc.createElement('p');
    restored.textContent = 'A restored paragraph.';
    page.doc.getElementById('content')?.append(restored);
    await flush();
    expect(marked(page.doc)).toBe('First sentence here.');
    expect(page.text('read-aloud-progress')).toBe('Sentence 2 of 5');
    for (let i = 0; i < 3; i += 1) {
      page.speech.finish();
      await flush();
    }
    expect(page.speech.texts().at(-1)).toBe('A restored paragraph.');
  });

  it('stops and forgets the sentences when the article is shown again', async () => {
    const page = mount();
    page.click('toggle-read-aloud');
    page.click('read-aloud-play');
    page.readAloud.setArticle('en');
    expect(page.speech.current()).toBeNull();
    expect(page.doc.querySelector('mark')).toBeNull();
    (page.doc.getElementById('content') as HTMLElement).innerHTML = '<p>Another story.</p>';
    await flush();
    page.click('read-aloud-play');
    page.speech.finish();
    expect(page.speech.texts().at(-1)).toBe('Another story.');
  });

  it('in the popup, hands over to a reader tab at the sentence being read, and stops speaking', async () => {
    const page = mount({ mode: 'popup' });
    page.click('toggle-read-aloud');
    expect(page.doc.getElementById('read-aloud-popup-note')?.hidden).toBe(false);
    page.click('read-aloud-play');
    page.speech.finish();
    page.speech.finish();
    await flush();
    page.click('read-aloud-continue');
    expect(page.continued).toEqual([2]);
    expect(page.speech.current()).toBeNull();
    expect(mount({ mode: 'reader' }).doc.getElementById('read-aloud-popup-note')?.hidden).toBe(true);
  });

  it('starts at a sentence when a reader tab continues the popup', async () => {
    const page = mount();
    page.readAloud.startAt(2);
    await flush();
    expect(page.doc.getElementById('read-aloud-panel')?.hidden).toBe(false);
    expect(page.speech.texts()).toEqual(['Second one.']);
    expect(marked(page.doc)).toBe('Second one.');
  });

  it('falls silent when the page goes away, and silences no one else', () => {
    const page = mount();
    page.click('toggle-read-aloud');
    page.click('read-aloud-play');
    const cancels = page.speech.cancels;
    page.win.dispatchEvent(new page.win.Event('pagehide'));
    expect(page.speech.cancels).toBe(cancels + 1);
    expect(page.speech.current()).toBeNull();
    // A popup that handed over to the reader tab is no longer speaking: closing it must not cancel
    // the speech queue the reader tab now uses.
    const popup = mount({ mode: 'popup' });
    popup.click('toggle-read-aloud');
    popup.click('read-aloud-play');
    popup.click('read-aloud-continue');
    const after = popup.speech.cancels;
    popup.win.dispatchEvent(new popup.win.Event('pagehide'));
    expect(popup.speech.cancels).toBe(after);
  });
});

describe('the read-aloud keys in the page', () => {
  function article(): Article {
    return {
      url: 'https://news.test/story',
      title: 'A story',
      byline: null,
      siteName: 'News',
      publishedTime: null,
      lang: 'en',
      dir: null,
      excerpt: '',
      html: '<p>One sentence. Another sentence.</p>',
      text: 'One sentence. Another sentence.',
      wordCount: 4,
      readingMinutes: 1,
      related: [],
      removed: [],
      extractor: 'readability',
    };
  }

  it('p plays and pauses, n and b step, < and > change the speed, s stops; ? lists them', async () => {
    const dom = new JSDOM(PAGE, { url: 'chrome-extension://abc/reader.html?tab=1' });
    const speech = fakeSpeech(VOICES);
    // Where the page looks for the browser's engine.
    Object.defineProperty(dom.window, 'speechSynthesis', { value: speech.engine });
    Object.defineProperty(dom.window, 'SpeechSynthesisUtterance', { value: class { constructor(text: string) { return speech.utterance(text); } } });
    const view: ArticleView = {
      status: 'article',
      article: article(),
      verdict: { isArticle: true, score: 3, signals: [] },
      clutter: { hidden: false, count: 0, remembered: false, host: 'news.test' },
      site: { host: 'news.test', alwaysHideClutter: false, neverRun: false, autoOpenReader: false },
    };
    const env: PageEnv = {
      send: async (message) => (message.name === 'getArticle' ? { ok: true, value: view } : { ok: false, error: { kind: 'internal', message: '' } }),
      activeTabId: async () => 1,
      settings: memoryArea(),
      watchSettings: () => undefined,
      openOptions: async () => undefined,
      commandShortcut: async () => '',
      uiLanguage: 'en',
      local: memoryArea(),
    };
    vi.useRealTimers();
    await startPage(dom.window.document, 'reader', env);
    const doc = dom.window.document;
    const key = (k: string): void => void doc.body.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    key('p');
    expect(doc.getElementById('read-aloud-panel')?.hidden).toBe(false);
    expect(speech.texts()).toEqual(['A story']);
    key('n');
    expect(speech.texts().at(-1)).toBe('One sentence.');
    key('b');
    expect(speech.texts().at(-1)).toBe('A story');
    key('>');
    expect((doc.getElementById('read-aloud-rate') as HTMLSelectElement).value).toBe('1.25');
    key('<');
    key('<');
    expect(speech.spoken.at(-1)?.rate).toBe(0.75);
    key('p');
    expect(doc.getElementById('read-aloud-status')?.textContent).toBe('Paused.');
    key('s');
    expect(doc.getElementById('read-aloud-status')?.textContent).toBe('Stopped.');
    const hint = doc.getElementById('shortcut-hint')?.textContent ?? '';
    expect(hint).toContain('Read aloud: play or pause');
    expect(hint).not.toContain('Next sentence');
    const help = doc.getElementById('shortcut-list')?.textContent ?? '';
    for (const label of ['Read aloud: play or pause', 'Stop reading aloud', 'Next sentence', 'Previous sentence', 'Read slower', 'Read faster']) expect(help).toContain(label);
  });
});
