// Keeps the sentence being read on screen: the page scrolls only when the sentence is (partly) out of
// view — below the window or under the sticky bar — and then puts it a third of the way down, so the
// next lines are visible too. Smoothly, unless the reader asked the system for reduced motion.

/** The part of the window that scrolling needs (a fake in tests). */
export interface ScrollView {
  innerHeight: number;
  scrollY: number;
  scrollTo(options: ScrollToOptions): void;
  matchMedia(query: string): { matches: boolean };
}

/**
 * Scrolls `view` so that `box` (viewport coordinates) is visible below `topInset` px (the bar that
 * covers the top); does nothing when it already is, or when there is no room to show it.
 */
export function reveal(view: ScrollView, box: DOMRect, topInset: number): boolean {
  const room = view.innerHeight - topInset;
  if (room <= 0 || (box.width === 0 && box.height === 0)) return false;
  if (box.top >= topInset && box.bottom <= view.innerHeight) return false;
  // A sentence taller than the room starts at its top; any other sits a third of the way down.
  const offset = box.height >= room ? 0 : Math.round((room - box.height) / 3);
  const reduce = view.matchMedia('(prefers-reduced-motion: reduce)').matches;
  view.scrollTo({ top: Math.max(0, view.scrollY + box.top - topInset - offset), behavior: reduce ? 'auto' : 'smooth' });
  return true;
}

/** How far the sticky bar reaches into the window (0 when it scrolled away, as in the popup). */
export function barInset(bar: Element | null): number {
  if (!bar || typeof bar.getBoundingClientRect !== 'function') return 0;
  return Math.max(0, bar.getBoundingClientRect().bottom);
}
