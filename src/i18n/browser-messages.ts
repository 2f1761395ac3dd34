// Connects t() to the browser's i18n catalogue. Only extension pages import this (it loads
// webextension-polyfill); tests import t.ts alone and get English.
import browser from 'webextension-polyfill';
import { setMessageSource } from './t';

/** Makes t() use browser.i18n and returns the UI language ("de", "zh-CN"…). */
export function useBrowserMessages(): string {
  setMessageSource((key, substitutions) => browser.i18n.getMessage(key, substitutions));
  return browser.i18n.getUILanguage();
}
