// The browser behind the popup and reader pages: messages, the settings area, the options page.
import type { Browser } from 'webextension-polyfill';
import { useBrowserMessages } from '../i18n/browser-messages';
import { syncArea, watchSettings } from '../settings/browser-area';
import type { PageEnv } from './page-controller';

/** The manifest's command that opens the reader from any page (src/background/main.ts). */
const OPEN_READER_COMMAND = 'open-reader';

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
  };
}
