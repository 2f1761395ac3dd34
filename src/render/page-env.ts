// The browser behind the popup and reader pages.
import type { Browser } from 'webextension-polyfill';
import type { PageEnv } from './page-controller';

export function pageEnv(browser: Browser): PageEnv {
  return {
    send: (message) => browser.runtime.sendMessage(message),
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  };
}
