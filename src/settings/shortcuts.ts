// The reading shortcuts of the popup and the reader tab, as data plus one matcher:
// "+"/"-" text size, "t" theme, "r" reader tab, "h" hide clutter; read aloud: "p" play/pause, "s" stop,
// "n"/"b" next/previous sentence, "<"/">" slower/faster.
import type { MessageKey } from '../i18n/t';

export type ShortcutAction =
  | 'larger'
  | 'smaller'
  | 'theme'
  | 'reader'
  | 'clutter'
  | 'readAloud'
  | 'stopReading'
  | 'nextSentence'
  | 'previousSentence'
  | 'slower'
  | 'faster';

export interface Shortcut {
  action: ShortcutAction;
  /** KeyboardEvent.key values that trigger it ("=" is "+" without Shift on many layouts). */
  keys: readonly string[];
  /** What the help list shows for the keys. */
  display: string;
  label: MessageKey;
  /** Listed only in the "?" help, not on the hint line (which would no longer fit one line). */
  helpOnly?: true;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'larger', keys: ['+', '='], display: '+', label: 'fontSizeLarger' },
  { action: 'smaller', keys: ['-', '_'], display: '-', label: 'fontSizeSmaller' },
  { action: 'theme', keys: ['t', 'T'], display: 't', label: 'shortcutTheme' },
  { action: 'reader', keys: ['r', 'R'], display: 'r', label: 'shortcutReaderTab' },
  { action: 'clutter', keys: ['h', 'H'], display: 'h', label: 'shortcutHideClutter' },
  { action: 'readAloud', keys: ['p', 'P'], display: 'p', label: 'shortcutReadAloud' },
  { action: 'stopReading', keys: ['s', 'S'], display: 's', label: 'shortcutStopReading', helpOnly: true },
  { action: 'nextSentence', keys: ['n', 'N'], display: 'n', label: 'readAloudNext', helpOnly: true },
  { action: 'previousSentence', keys: ['b', 'B'], display: 'b', label: 'readAloudPrevious', helpOnly: true },
  // "," and "." are the same keys without Shift on US keyboards; "<" has a key of its own on many others.
  { action: 'slower', keys: ['<', ','], display: '<', label: 'shortcutSlower', helpOnly: true },
  { action: 'faster', keys: ['>', '.'], display: '>', label: 'shortcutFaster', helpOnly: true },
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
