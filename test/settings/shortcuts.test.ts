import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { KeyLike } from '../../src/settings/shortcuts';
import { SHORTCUTS, shortcutFor } from '../../src/settings/shortcuts';
import { isMessageKey } from '../../src/i18n/t';

const { document } = new JSDOM('<body><input id="text"><input id="box" type="checkbox"><textarea></textarea><div contenteditable="true"></div><button>b</button></body>').window;

function press(key: string, extra: Partial<KeyLike> = {}): KeyLike {
  return { key, ctrlKey: false, metaKey: false, altKey: false, target: document.body, ...extra };
}

describe('shortcutFor', () => {
  it.each([
    ['+', 'larger'],
    ['=', 'larger'],
    ['-', 'smaller'],
    ['t', 'theme'],
    ['T', 'theme'],
    ['r', 'reader'],
    ['h', 'clutter'],
    ['x', null],
    ['Enter', null],
  ] as const)('%s → %s', (key, action) => {
    expect(shortcutFor(press(key))).toBe(action);
  });

  it('stays out of the way while typing, composing or with modifiers', () => {
    expect(shortcutFor(press('t', { target: document.getElementById('text') }))).toBeNull();
    expect(shortcutFor(press('t', { target: document.querySelector('textarea') }))).toBeNull();
    expect(shortcutFor(press('t', { target: document.querySelector('[contenteditable]') }))).toBeNull();
    expect(shortcutFor(press('h', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('r', { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('+', { altKey: true }))).toBeNull();
    expect(shortcutFor(press('t', { isComposing: true }))).toBeNull();
    expect(shortcutFor(press('t', { defaultPrevented: true }))).toBeNull();
  });

  it('works with focus on a button or a checkbox', () => {
    expect(shortcutFor(press('t', { target: document.querySelector('button') }))).toBe('theme');
    expect(shortcutFor(press('t', { target: document.getElementById('box') }))).toBe('theme');
  });

  it('labels every shortcut with a message', () => {
    for (const shortcut of SHORTCUTS) expect(isMessageKey(shortcut.label)).toBe(true);
  });
});
