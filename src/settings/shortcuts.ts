// The reading shortcuts of the popup and the reader tab, as data plus one matcher:
// "+"/"-" text size, "t" theme, "r" reader tab, "h" hide clutter.
import type { MessageKey } from '../i18n/t';

export type ShortcutAction = 'larger' | 'smaller' | 'theme' | 'reader' | 'clutter';

export interface Shortcut {
  action: ShortcutAction;
  /** KeyboardEvent.key values that trigger it ("=" is "+" without Shift on many layouts). */
  keys: readonly string[];
  /** What the help list shows for the keys. */
  display: string;
  label: MessageKey;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'larger', keys: ['+', '='], display: '+', label: 'fontSizeLarger' },
  { action: 'smaller', keys: ['-', '_'], display: '-', label: 'fontSizeSmaller' },
  { action: 'theme', keys: ['t', 'T'], display: 't', label: 'shortcutTheme' },
  { action: 'reader', keys: ['r', 'R'], display: 'r', label: 'shortcutReaderTab' },
  { action: 'clutter', keys: ['h', 'H'], display: 'h', label: 'shortcutHideClutter' },
];

/** The fields of a KeyboardEvent the matcher reads (a plain object in tests). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target: EventTarget | null;
}

function isEditable(target: EventTarget | null): boolean {
  if (typeof target !== 'object' || target === null || !('tagName' in target)) return false;
  const element = target as Element & { isContentEditable?: boolean };
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || element.isContentEditable === true) return true;
  if (element.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (tag !== 'input') return false;
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  // Keys on these inputs do something else (ranges move with arrows, but + and - are free there).
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'file', 'color'].includes(type);
}

/** The action for a key press, or null: never while typing, composing (IME) or with Ctrl/Cmd/Alt held. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return null;
  if (isEditable(event.target)) return null;
  return SHORTCUTS.find((shortcut) => shortcut.keys.includes(event.key))?.action ?? null;
}
