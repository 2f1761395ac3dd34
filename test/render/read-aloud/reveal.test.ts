import { describe, expect, it } from 'vitest';
import { reveal } from '../../../src/render/read-aloud/reveal';
import type { ScrollView } from '../../../src/render/read-aloud/reveal';

function view(reducedMotion = false): ScrollView & { calls: ScrollToOptions[] } {
  const calls: ScrollToOptions[] = [];
  return {
    calls,
    innerHeight: 600,
    scrollY: 1000,
    scrollTo: (options) => void calls.push(options),
    matchMedia: (query) => ({ matches: reducedMotion && query === '(prefers-reduced-motion: reduce)' }),
  };
}

const box = (top: number, height: number): DOMRect => ({ top, bottom: top + height, height, width: 300, left: 0, right: 300, x: 0, y: top, toJSON: () => ({}) });

describe('reveal', () => {
  it('leaves a sentence in view where it is', () => {
    const v = view();
    expect(reveal(v, box(200, 60), 80)).toBe(false);
    expect(v.calls).toEqual([]);
  });

  it('scrolls a sentence below the window, or under the sticky bar, a third of the way down, smoothly', () => {
    const below = view();
    expect(reveal(below, box(580, 60), 80)).toBe(true);
    // room 520, offset (520 - 60) / 3 ≈ 153: the sentence lands at 80 + 153 px from the top.
    expect(below.calls).toEqual([{ top: 1000 + 580 - 80 - 153, behavior: 'smooth' }]);
    const under = view();
    reveal(under, box(40, 60), 80);
    expect(under.calls[0]?.top).toBe(1000 + 40 - 80 - 153);
  });

  it('jumps instead when the reader asked for reduced motion', () => {
    const v = view(true);
    reveal(v, box(900, 60), 0);
    expect(v.calls[0]?.behavior).toBe('auto');
  });

  it('puts a sentence taller than the window at its top, and ignores a box with no size', () => {
    const v = view();
    reveal(v, box(700, 900), 80);
    expect(v.calls[0]?.top).toBe(1000 + 700 - 80);
    expect(reveal(view(), { ...box(900, 0), width: 0 }, 0)).toBe(false);
  });
});
