// Issue 9 item 3 in a real Firefox (Debian's firefox-esr, headless) with dist/firefox installed: read
// aloud as far as headless speech allows. Firefox here has no voice: the panel must say so and stay
// disabled. Then a fake speech synthesis (harness/fake-speech.ts) stands in for the voice — put into
// the reader page right after it loads (WebDriver BiDi runs no preload script in moz-extension pages;
// read aloud asks for the engine only when first used): the sentence queue, the highlight (Firefox 140+
// has the CSS Custom Highlight API), pause and resume. Screenshots: test-results/firefox-read-aloud-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { SEED } from './harness/expectations';
import { assertBrowserPresent, browserGate, FIREFOX_BIN } from './harness/browser-gate';
import { endFakeUtterance, FAKE_VOICES, installFakeSpeech, readFakeSpeech, readHighlight } from './harness/fake-speech';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchFirefox, openExtensionPage, openPageTab, settledState, type FirefoxSession } from './harness/firefox';
import { DIST_FIREFOX, requireDist, resultPath } from './harness/paths';
import { READ_ALOUD_MESSAGES as M } from './harness/read-aloud-page';

const gate = browserGate('Firefox', FIREFOX_BIN, 'apt-get install -y firefox-esr');

describe.skipIf(gate.skip)('read aloud in Firefox', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  let seedTabId: number;

  beforeAll(async () => {
    assertBrowserPresent(gate);
    requireDist(DIST_FIREFOX);
    server = await startFixtureServer();
    session = await launchFirefox(DIST_FIREFOX);
    seedTabId = await openPageTab(session, server.fixtureUrl(SEED));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(file: string, width = 800, height = 600): Promise<Page> {
    const page = await openExtensionPage(session, `${session.extensionOrigin}/${file}?tab=${seedTabId}&force=1`);
    await page.setViewport({ width, height });
    expect(await settledState(page)).toBe('article');
    return page;
  }

  const status = (page: Page): Promise<string> => page.evaluate(() => document.getElementById('read-aloud-status')?.textContent ?? '');
  const highlighted = async (page: Page): Promise<string | undefined> => (await page.evaluate(readHighlight))?.text;
  const spoken = async (page: Page): Promise<string[]> => (await page.evaluate(readFakeSpeech)).spoken.map((s) => s.text);
  const poll = { timeout: 10_000 };

  it('says that no voice is installed and keeps the player disabled (the real engine: headless has no voice)', async () => {
    for (const file of ['popup.html', 'reader.html']) {
      const page = await open(file);
      const localVoices = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.localService).length);
      expect(localVoices, 'this machine has a voice: the no-voice state cannot be shown here').toBe(0);
      await page.click('#toggle-read-aloud');
      await expect.poll(() => status(page), poll).toBe(M.noVoice);
      for (const id of ['read-aloud-play', 'read-aloud-stop', 'read-aloud-next', 'read-aloud-previous', 'read-aloud-rate']) {
        expect(await page.$eval(`#${id}`, (el) => (el as HTMLButtonElement).disabled), id).toBe(true);
      }
      await page.screenshot({ path: resultPath(`firefox-read-aloud-no-voice-${file.replace('.html', '')}.png`) });
      await page.close();
    }
  }, 60_000);

  it('reads sentence by sentence with the highlight following; pause and resume', async () => {
    const page = await open('reader.html', 1280, 800);
    await page.evaluate(installFakeSpeech, { voices: FAKE_VOICES });
    const title = (await page.evaluate(() => document.getElementById('title')?.textContent ?? '')).trim();
    await page.click('#toggle-read-aloud');
    await expect.poll(() => page.$eval('#read-aloud-play', (el) => !(el as HTMLButtonElement).disabled), poll).toBe(true);
    expect(await page.$$eval('#read-aloud-voice option', (list) => list.map((o) => (o as HTMLOptionElement).value))).toEqual(['fake-en', 'fake-de']);

    await page.click('#read-aloud-play');
    await expect.poll(() => spoken(page), poll).toEqual([title]);
    const mark = await page.evaluate(readHighlight);
    expect(mark?.text).toBe(title);
    expect(mark?.api, 'Firefox 140+ highlights with the CSS Custom Highlight API').toBe(true);
    expect(await status(page)).toBe(M.reading);

    // The title ends; the first paragraph (one long sentence, two pieces) is next, highlighted whole.
    await page.evaluate(endFakeUtterance);
    const firstParagraph = await page.evaluate(() => document.querySelector('#content p')?.textContent?.replace(/\s+/g, ' ').trim());
    await expect.poll(() => highlighted(page), poll).toBe(firstParagraph);
    await expect.poll(async () => (await spoken(page)).length, poll).toBe(2);
    await page.evaluate(endFakeUtterance);
    await expect.poll(async () => (await spoken(page)).length, poll).toBe(3);
    expect((await spoken(page)).slice(1).join(' ')).toBe(firstParagraph);
    await page.evaluate(endFakeUtterance);
    await expect.poll(() => highlighted(page), poll).toMatch(/^The repatriation operation came after/);
    const second = (await highlighted(page)) ?? '';
    expect(await page.evaluate(() => document.getElementById('read-aloud-progress')?.textContent)).toMatch(/^Sentence 3 of \d+$/);

    // Pause keeps the place and its highlight; resume says the sentence again.
    await page.click('#read-aloud-play');
    await expect.poll(() => status(page), poll).toBe(M.paused);
    expect((await page.evaluate(readFakeSpeech)).current).toBeNull();
    expect(await highlighted(page)).toBe(second);
    await page.screenshot({ path: resultPath('firefox-read-aloud-reader-paused.png') });
    const before = (await spoken(page)).length;
    await page.click('#read-aloud-play');
    await expect.poll(async () => (await spoken(page)).slice(before), poll).toEqual([second]);
    expect(await status(page)).toBe(M.reading);

    await page.click('#read-aloud-stop');
    await expect.poll(() => status(page), poll).toBe(M.stopped);
    expect(await page.evaluate(readHighlight)).toBeNull();
    await page.close();
  }, 60_000);
});
