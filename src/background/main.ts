// Background entry (a service worker in Chrome, an event page in Firefox). It keeps nothing only
// in memory: it may be stopped at any time, so every listener is registered synchronously here
// and all state lives in storage.session / storage.local.
import browser from 'webextension-polyfill';
import type { Tabs } from 'webextension-polyfill';
import { dispatchMessage, ReplyFailure } from '../messages';
import { createCleanerBridge } from './cleaner-bridge';
import { createHandlers } from './handlers';
import { useBrowserMessages } from '../i18n/browser-messages';
import { t } from '../i18n/t';
import { syncArea } from '../settings/browser-area';
import { createSitePrefs, migrateLegacyHideHosts } from './site-prefs';
import { createTabStateStore } from './tab-state';
import { applyToolbar } from './toolbar';
import type { TabState } from '../messages';

const MENU_ID = 'read-clean-version';
const COMMAND_OPEN_READER = 'open-reader';
const DETECTOR_FILE = 'detector.js';

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    throw new ReplyFailure('no-tab', t('errorTabGone'));
  }
}

/**
 * Opens reader.html for a tab beside it; `force` cleans it even if the detector said "no article",
 * `print` opens the print dialog once the article is shown.
 */
async function openReaderTab(tabId: number, force: boolean, print = false): Promise<number> {
  const tab = await browser.tabs.get(tabId);
  const reader = await browser.tabs.create({
    url: browser.runtime.getURL(`reader.html?tab=${tabId}${force ? '&force=1' : ''}${print ? '&print=1' : ''}`),
    index: tab.index + 1,
    windowId: tab.windowId,
    openerTabId: tabId,
  });
  if (reader.id === undefined) throw new ReplyFailure('internal', 'The reader tab has no id.');
  return reader.id;
}

useBrowserMessages();
const tabState = createTabStateStore(browser.storage.session);
const showState = (tabId: number, state: TabState | null): Promise<void> => applyToolbar(browser.action, tabId, state);
const handlers = createHandlers({
  tabState,
  sitePrefs: createSitePrefs(syncArea()),
  runCleaner: createCleanerBridge(browser.scripting, tabUrl),
  showState,
  tabUrl,
  openReaderTab,
});

/** Background events have no caller to report to: failures (a tab closed meanwhile) end here. */
function quietly(work: () => Promise<unknown>): void {
  work().catch(() => undefined);
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  dispatchMessage(handlers, message, { tabId: sender.tab?.id, frameId: sender.frameId }),
);

browser.tabs.onRemoved.addListener((tabId) => quietly(() => tabState.clear(tabId)));

/**
 * A tab that moved to another URL loses its verdict. When the move happened without a new
 * document (a single-page app), no content script runs again, so the detector is injected anew;
 * it runs once per URL, so a regular load that also gets here is not judged twice.
 */
async function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> {
  if (change.status === undefined && change.url === undefined) return;
  const stored = await tabState.get(tabId);
  const stale = stored !== null && stored.url !== tab.url;
  if (stale) {
    await tabState.clear(tabId);
    await showState(tabId, null);
  }
  if (tab.status === 'complete' && (stored === null || stale) && /^https?:/.test(tab.url ?? '')) {
    await browser.scripting.executeScript({ target: { tabId }, files: [DETECTOR_FILE] });
  }
}
browser.tabs.onUpdated.addListener((tabId, change, tab) => quietly(() => onTabUpdated(tabId, change, tab)));

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('contextMenuReadClean'),
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}
browser.runtime.onInstalled.addListener(() => {
  quietly(createMenu);
  quietly(() => migrateLegacyHideHosts(browser.storage.local, syncArea()));
});
browser.runtime.onStartup.addListener(() => quietly(createMenu));

// The menu item and the shortcut are explicit requests for the clean version: no "not an article" stop.
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) quietly(() => openReaderTab(tab.id ?? -1, true));
});

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== COMMAND_OPEN_READER) return;
  quietly(async () => {
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined) await openReaderTab(tabId, true);
  });
});
