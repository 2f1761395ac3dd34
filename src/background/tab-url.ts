// A tab's URL as the extension may see it, for the background and the popup/reader alike.
import type { Tabs } from 'webextension-polyfill';
import { t } from '../i18n/t';
import { ReplyFailure } from '../messages';

/**
 * Returns the reader of a tab's URL: undefined when the browser hides it (a page the extension has no
 * access to); ReplyFailure 'no-tab' when there is no such tab.
 */
export function tabUrlReader(tabs: Pick<Tabs.Static, 'get'>): (tabId: number) => Promise<string | undefined> {
  return async (tabId) => {
    try {
      return (await tabs.get(tabId)).url;
    } catch {
      throw new ReplyFailure('no-tab', t('errorTabGone'));
    }
  };
}
