// The single-key shortcuts of the popup and the reader (src/settings/shortcuts.ts: + - t r h p…),
// plus "?" for the help list, a visible hint line naming them, and the browser command's keys.
import type { ShortcutAction } from '../settings/shortcuts';
import { SHORTCUTS, shortcutFor } from '../settings/shortcuts';
import { t } from '../i18n/t';

export type ShortcutHandlers = { [A in ShortcutAction]?: () => void };

const HELP_KEY = '?';

function kbd(doc: Document, key: string): HTMLElement {
  const element = doc.createElement('kbd');
  element.textContent = key;
  return element;
}

/**
 * "?" is not one of the reading shortcuts, but must be ignored in the same places (typing in a
 * field, an IME, a modifier held): the matcher is asked about the same event with a known key.
 */
function isHelpKey(event: KeyboardEvent): boolean {
  if (event.key !== HELP_KEY) return false;
  const probe = SHORTCUTS[0]?.keys[0] ?? '+';
  return (
    shortcutFor({
      key: probe,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      isComposing: event.isComposing,
      defaultPrevented: event.defaultPrevented,
      target: event.target,
    }) !== null
  );
}

/** Wires the keys; `handlers` lacks the actions this page does not offer (the reader has no "r"). */
export function mountShortcuts(doc: Document, handlers: ShortcutHandlers, commandShortcut: Promise<string>): void {
  const offered = SHORTCUTS.filter((shortcut) => handlers[shortcut.action] !== undefined);
  const help = doc.getElementById('shortcut-help');
  const helpButton = doc.getElementById('show-shortcuts');
  const hint = doc.getElementById('shortcut-hint-keys');
  const list = doc.getElementById('shortcut-list');

  if (hint) {
    hint.replaceChildren(
      ...offered.filter((shortcut) => !shortcut.helpOnly).flatMap((shortcut, index) => [
        ...(index > 0 ? [' · '] : []),
        kbd(doc, shortcut.display),
        ` ${t(shortcut.label)}`,
      ]),
    );
  }
  if (list) {
    const helpTerm = doc.createElement('dt');
    helpTerm.append(kbd(doc, HELP_KEY));
    const helpDescription = doc.createElement('dd');
    helpDescription.textContent = helpButton?.textContent?.replace(HELP_KEY, '').trim() ?? '';
    list.replaceChildren(
      ...offered.flatMap((shortcut) => {
        const term = doc.createElement('dt');
        term.append(kbd(doc, shortcut.display));
        const description = doc.createElement('dd');
        description.textContent = t(shortcut.label);
        return [term, description];
      }),
      helpTerm,
      helpDescription,
    );
    void commandShortcut.then((keys) => {
      if (!keys) return;
      const line = doc.createElement('p');
      line.className = 'command-shortcut';
      line.textContent = t('shortcutOpenCommand', keys);
      list.after(line);
    });
  }

  function toggleHelp(show = help?.hidden ?? false): void {
    if (!help) return;
    help.hidden = !show;
    helpButton?.setAttribute('aria-expanded', String(show));
    if (show) {
      // (jsdom, in the unit tests, has no scrollIntoView.)
      if (typeof help.scrollIntoView === 'function') help.scrollIntoView({ block: 'nearest' });
      help.focus();
    }
  }

  helpButton?.addEventListener('click', () => toggleHelp());
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && help && !help.hidden) {
      toggleHelp(false);
      helpButton?.focus();
      return;
    }
    if (isHelpKey(event)) {
      event.preventDefault();
      toggleHelp();
      return;
    }
    const action = shortcutFor(event);
    const run = action ? handlers[action] : undefined;
    if (!run) return;
    event.preventDefault();
    run();
  });
}
