// Background entry (a service worker in Chrome, an event page in Firefox). It keeps nothing only
// in memory: it may be stopped at any time, so every listener is registered synchronously here
// and all state lives in storage.session / storage.local.
import browser from 'webextension-polyfill';
import { OPEN_READER_COMMAND } from '../commands';
import { dispatchMessage, ReplyFailure } from '../messages';
import { createCleanerBridge } from './cleaner-bridge';
import { createHandlers } from './handlers';
import type { ReaderStart } from './handlers';
import { useBrowserMessages } from '../i18n/browser-messages';
import { t } from '../i18n/t';
import { syncArea } from '../settings/browser-area';
import { LEGACY_V0_KEY } from '../settings/migrate-v0';
import { loadSettings } from '../settings/settings-store';
import { SITE_PREFIX } from '../settings/storage-layout';
import { createDetectorSync, DETECTOR_FILE } from './detector-registration';
import { createSitePrefs, migrateLegacyHideHosts } from './site-prefs';
import { createTabStateStore } from './tab-state';
import { createTabUpdateHandler } from './tab-updates';
import { applyToolbar } from './toolbar';
import type { TabState } from '../messages';
import { readAloudQuery } from '../render/read-aloud/start-param';

const MENU_ID = 'read-clean-version';

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    throw new ReplyFailure('no-tab', t('errorTabGone'));
  }
}

/**
 * Opens reader.html for a tab beside it; `force` cleans it even if the detector said "no article",
 * `start.print` opens the print dialog once the article is shown, `start.readAloudFrom` reads it aloud
 * from that sentence.
 */
async function openReaderTab(tabId: number, force: boolean, start: ReaderStart = {}): Promise<number> {
  const tab = await browser.tabs.get(tabId);
  const query = `${force ? '&force=1' : ''}${start.print ? '&print=1' : ''}${readAloudQuery(start.readAloudFrom)}`;
  const reader = await browser.tabs.create({
    url: browser.runtime.getURL(`reader.html?tab=${tabId}${query}`),
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
const sitePrefs = createSitePrefs(syncArea());
const handlers = createHandlers({
  tabState,
  sitePrefs,
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

const onTabUpdated = createTabUpdateHandler({
  tabState,
  sitePrefs,
  showState,
  injectDetector: async (tabId) => {
    await browser.scripting.executeScript({ target: { tabId }, files: [DETECTOR_FILE] });
  },
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => quietly(() => onTabUpdated(tabId, change, tab)));

// The detector is registered by the background (not listed in the manifest) so that it is never
// injected into the sites marked "never run"; the registration follows every change of those choices.
const syncDetector = createDetectorSync(browser.scripting, async () => (await loadSettings(syncArea())).sites);
browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName !== 'sync') return;
  if (Object.keys(changes).some((key) => key.startsWith(SITE_PREFIX) || key === LEGACY_V0_KEY)) quietly(syncDetector);
});

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
  quietly(syncDetector);
  quietly(() => migrateLegacyHideHosts(browser.storage.local, syncArea()));
});
browser.runtime.onStartup.addListener(() => {
  quietly(createMenu);
  quietly(syncDetector);
});

// The menu item and the shortcut are explicit requests for the clean version: no "not an article" stop.
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) quietly(() => openReaderTab(tab.id ?? -1, true));
});

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== OPEN_READER_COMMAND) return;
  quietly(async () => {
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined) await openReaderTab(tabId, true);
  });
});
