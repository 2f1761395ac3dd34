// The toolbar button per tab: icon, title and badge follow the detector's verdict.
import { t } from '../i18n/t';
import type { TabState } from '../messages';

/** The button's titles, in the UI language (read when used: the message source is set at startup). */
export const TITLES = {
  get article(): string {
    return t('actionTitleArticle');
  },
  get notArticle(): string {
    return t('actionTitleNotArticle');
  },
  get unknown(): string {
    return t('extName');
  },
};

const SIZES = [16, 32, 48, 128] as const;

function iconPaths(detected: boolean): Record<string, string> {
  const stem = detected ? 'icons/icon-detected-' : 'icons/icon-';
  return Object.fromEntries(SIZES.map((size) => [String(size), `${stem}${size}.png`]));
}

export interface ToolbarLook {
  title: string;
  path: Record<string, string>;
  badge: string;
}

/** What the button shows for a tab; null state = not judged yet (or navigated since). */
export function toolbarLook(state: TabState | null): ToolbarLook {
  if (!state) return { title: TITLES.unknown, path: iconPaths(false), badge: '' };
  if (state.isArticle) return { title: TITLES.article, path: iconPaths(true), badge: '✓' };
  return { title: TITLES.notArticle, path: iconPaths(false), badge: '' };
}

/** The slice of the `action` API used here (browser.action, or a fake in tests). */
export interface ActionLike {
  setIcon(details: { tabId: number; path: Record<string, string> }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

export async function applyToolbar(action: ActionLike, tabId: number, state: TabState | null): Promise<void> {
  const look = toolbarLook(state);
  await Promise.all([
    action.setIcon({ tabId, path: look.path }),
    action.setTitle({ tabId, title: look.title }),
    action.setBadgeText({ tabId, text: look.badge }),
    action.setBadgeBackgroundColor({ tabId, color: '#2f9e44' }),
  ]);
}
