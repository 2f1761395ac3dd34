// The browser behind the popup and reader pages: messages, the settings area, the options page.
import type { Browser } from 'webextension-polyfill';
import { OPEN_READER_COMMAND } from '../commands';
import { useBrowserMessages } from '../i18n/browser-messages';
import { syncArea, watchSettings } from '../settings/browser-area';
import { createCleanerBridge } from '../background/cleaner-bridge';
import { keepIn, siteStateIn } from '../background/site-prefs';
import { loadSettings } from '../settings/settings-store';
import type { Settings } from '../settings/schema';
import { tabUrlReader } from '../background/tab-url';
import { createTabStateStore as tabStates } from '../background/tab-state';
import { sendMessage, toReplyError } from '../messages';
import type { PageEnv } from './page-controller';
import { markPhase, readTab } from './read-tab';
import type { ReadTabDeps } from './read-tab';

export function pageEnv(browser: Browser): PageEnv {
  const uiLanguage = useBrowserMessages();
  const send = (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message);
  const tabUrl = tabUrlReader(browser.tabs);
  const reading = (settings: Promise<Settings>): ReadTabDeps => ({
    runCleaner: createCleanerBridge(browser.scripting, tabUrl, markPhase),
    tabUrl,
    siteState: async (url) => siteStateIn(await settings, url),
    keepFor: async (url) => keepIn(await settings, url),
    // storage.session, where the background keeps it; a browser without it (or refusing it) gives none.
    tabState: async (tabId) => (browser.storage.session ? tabStates(browser.storage.session).get(tabId).catch(() => null) : null),
    // In passing: the article is shown whether or not the background answers.
    noteVerdict: (tabId, url, verdict) => void sendMessage(send, 'noteVerdict', { tabId, url, verdict }),
  });
  return {
    send,
    // The settings are read while the browser looks up the tab, not after.
    readArticle: async (tabId, force, settings = loadSettings(syncArea())) => {
      try {
        return { ok: true, value: await readTab(reading(settings), tabId, force) };
      } catch (error) {
        return { ok: false, error: toReplyError(error) };
      }
    },
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    settings: syncArea(),
    watchSettings: (listener) => void watchSettings(listener),
    openOptions: () => browser.runtime.openOptionsPage(),
    commandShortcut: async () => {
      const commands = await browser.commands.getAll().catch(() => []);
      return commands.find((command) => command.name === OPEN_READER_COMMAND)?.shortcut ?? '';
    },
    uiLanguage,
    local: browser.storage.local,
  };
}
