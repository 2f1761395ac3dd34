// Fills an extension page's static strings from data-i18n attributes:
//   data-i18n="key"             → textContent
//   data-i18n-title="key"       → title
//   data-i18n-aria-label="key"  → aria-label
//   data-i18n-placeholder="key" → placeholder
// textContent and attributes only: a translation can never inject markup.
import { isMessageKey, t } from './t';

const ATTRIBUTES = [
  ['data-i18n-title', 'title'],
  ['data-i18n-aria-label', 'aria-label'],
  ['data-i18n-placeholder', 'placeholder'],
] as const;

/** Localizes every marked element under `root`; returns the unknown keys it met (a test keeps it empty). */
export function localizeDom(root: ParentNode): string[] {
  const unknown: string[] = [];
  const lookup = (key: string): string | null => {
    if (isMessageKey(key)) return t(key);
    unknown.push(key);
    return null;
  };
  for (const element of root.querySelectorAll('[data-i18n]')) {
    const text = lookup(element.getAttribute('data-i18n') ?? '');
    if (text !== null) element.textContent = text;
  }
  for (const [data, target] of ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${data}]`)) {
      const text = lookup(element.getAttribute(data) ?? '');
      if (text !== null) element.setAttribute(target, text);
    }
  }
  return unknown;
}

const RTL_UI = new Set(['ar', 'fa', 'he', 'ur']);

/** Sets <html lang dir> for the UI language, so screen readers and layout follow it. */
export function setDocumentLanguage(doc: Document, uiLanguage: string): void {
  const lang = uiLanguage.replace('_', '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang)) return;
  doc.documentElement.lang = lang;
  doc.documentElement.dir = RTL_UI.has(lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
