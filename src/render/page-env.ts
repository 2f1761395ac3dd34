// The browser behind the popup and reader pages: messages, the settings area, the options page.
import type { Browser } from 'webextension-polyfill';
import { OPEN_READER_COMMAND } from '../commands';
import { useBrowserMessages } from '../i18n/browser-messages';
import { syncArea, watchSettings } from '../settings/browser-area';
import type { PageEnv } from './page-controller';

export function pageEnv(browser: Browser): PageEnv {
  const uiLanguage = useBrowserMessages();
  return {
    send: (message) => browser.runtime.sendMessage(message),
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
