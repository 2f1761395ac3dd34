// The buttons of the Removed list: *Restore* puts a removed block back into the article, in its place
// (and *Remove again* takes it out), *Always keep on this site* stores a per-site exception in the
// settings (storage.sync, src/settings/kept-blocks.ts), so the next extraction on the site keeps the
// block; pressed again, it forgets the exception. Page data is put in by render-article.ts only.
import type { Article } from '../core/types';
import { t } from '../i18n/t';
import type { SettingsArea } from '../settings/settings-store';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { withKept, withoutKept } from '../settings/kept-blocks';
import { restoredBlock, restoreRemoved, unrestoreRemoved } from './render-article';

export interface RemovedControlsDeps {
  /** The article on show (null in the other states). */
  article(): Article | null;
  /** storage.sync, where the kept blocks live. */
  settings: SettingsArea;
  win: Window & typeof globalThis;
}

export interface RemovedControls {
  /** After an article is rendered: the site key of its page ('' when it has none: nothing can be kept). */
  show(host: string): void;
}

export function mountRemovedControls(doc: Document, deps: RemovedControlsDeps): RemovedControls {
  const list = doc.getElementById('removed-groups');
  const status = doc.getElementById('removed-status');
  let host = '';

  const say = (text: string): void => {
    if (status) status.textContent = text;
  };

  function setRestored(button: HTMLButtonElement, restored: boolean): void {
    button.textContent = restored ? t('removedUnrestore') : t('removedRestore');
  }

  function restore(index: number, button: HTMLButtonElement | null, show: boolean): void {
    const article = deps.article();
    if (!article) return;
    if (restoredBlock(doc, index)) {
      unrestoreRemoved(doc, index);
      if (button) setRestored(button, false);
      return;
    }
    const result = restoreRemoved(doc, article, index, deps.win);
    if (!result) return;
    if (!result.ok) {
      // Its markup was page code only: the item now says so in place of its Restore button.
      say(t('removedNeverRestored'));
      return;
    }
    if (button) setRestored(button, true);
    // Shown where it went (jsdom, in the tests, has no scrolling).
    if (show && typeof result.block.scrollIntoView === 'function') result.block.scrollIntoView({ block: 'nearest' });
  }

  async function toggleKeep(index: number, button: HTMLButtonElement): Promise<void> {
    const removal = deps.article()?.removed[index];
    if (!removal || !host) return;
    const keep = button.getAttribute('aria-pressed') !== 'true';
    button.disabled = true;
    try {
      const current = (await loadSettings(deps.settings)).keep[host] ?? [];
      const next = keep ? withKept(current, removal.ruleId, removal.match, removal.text) : withoutKept(current, removal.ruleId, removal.match);
      await saveSettings(deps.settings, { keep: { [host]: next } });
      button.setAttribute('aria-pressed', String(keep));
      say(keep ? t('removedKeptStatus', host) : t('removedUnkeptStatus', host));
      // Kept means shown: the block comes back into this view too, as it will on the next visit.
      const restoreButton = list?.querySelector<HTMLButtonElement>(`button[data-action="restore"][data-index="${index}"]`) ?? null;
      if (keep && !restoredBlock(doc, index)) restore(index, restoreButton, false);
    } catch (error) {
      say(t('removedKeepFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      button.disabled = false;
    }
  }

  list?.addEventListener('click', (event) => {
    const target = event.target instanceof deps.win.Element ? event.target.closest('button[data-action]') : null;
    if (!target || target.tagName !== 'BUTTON') return;
    const button = target as HTMLButtonElement;
    const index = Number(button.dataset['index']);
    if (!Number.isInteger(index)) return;
    if (button.dataset['action'] === 'restore') restore(index, button, true);
    else if (button.dataset['action'] === 'keep') void toggleKeep(index, button);
  });

  return {
    show(next) {
      host = next;
      say('');
      for (const button of Array.from(doc.querySelectorAll<HTMLButtonElement>('#removed-groups button[data-action="keep"]'))) button.hidden = host === '';
    },
  };
}
