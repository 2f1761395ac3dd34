// Pages that no extension may script, recognised from the URL before trying, so the popup can
// say why instead of failing. What slips through (a PDF without .pdf in its URL, file: without
// access) is caught again when the injection fails or the cleaner sees a non-HTML document.
import { t } from '../i18n/t';

/** The extension stores refuse content scripts in both browsers. */
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

const SCRIPTABLE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

/** Why a page cannot be read (in the UI language), or null when it can be tried. An unknown URL means a browser page. */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return t('restrictedBrowserPage');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return t('errorRestricted');
  }
  if (!SCRIPTABLE_PROTOCOLS.has(parsed.protocol)) return t('restrictedScheme', parsed.protocol);
  const path = parsed.pathname;
  if (STORE_HOSTS.has(parsed.hostname) || (parsed.hostname === 'chrome.google.com' && path.startsWith('/webstore'))) {
    return t('restrictedStore');
  }
  if (/\.pdf$/i.test(path)) return t('restrictedPdf');
  return null;
}

/** Whether an injection error means "not allowed here" rather than a bug. */
export function isAccessError(message: string): boolean {
  return /cannot access|cannot be scripted|missing host permission|permission to access|extensions gallery|not allowed|no permission/i.test(
    message,
  );
}

/** The message for an access error; file: pages need a switch the user has to turn on. */
export function accessErrorMessage(url: string | undefined): string {
  if (url?.startsWith('file:')) return t('restrictedFile');
  return t('restrictedNotAllowed');
}
