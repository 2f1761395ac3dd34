// Reads the live (original) page after "Hide clutter": what is hidden, what must stay visible.
// readClutter runs in the page and must stay self-contained.

export interface ClutterSnapshot {
  /** Elements marked data-tidy-hidden. */
  hiddenCount: number;
  /** Marked elements that are still visible (should be none), as short descriptions. */
  markedButVisible: string[];
  /** Whether <style id="tidy-reader-hide-style"> is in the page. */
  hasHideStyle: boolean;
  /** Kept article texts whose element is not visible (should be none). */
  keptButInvisible: string[];
  /** Elements matching the given clutter selectors that are still visible. */
  clutterVisible: string[];
}

/** Runs in the page. `keep`: article texts that must stay visible; `clutter`: selectors that must not. */
export function readClutter(arg: { keep: string[]; clutter: string[] }): ClutterSnapshot {
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const describe = (el: Element): string =>
    `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(/\s+/).join('.') : ''}> "${norm(el.textContent ?? '').slice(0, 60)}"`;
  const isVisible = (el: Element): boolean => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const marked = [...document.querySelectorAll('[data-tidy-hidden]')];
  const blocks = [...document.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, dd')];
  const keptButInvisible = arg.keep.filter((text) => {
    const want = norm(text);
    const holder = blocks.find((el) => norm(el.textContent ?? '').includes(want));
    return holder === undefined || !isVisible(holder);
  });
  return {
    hiddenCount: marked.length,
    markedButVisible: marked.filter(isVisible).map(describe),
    hasHideStyle: document.getElementById('tidy-reader-hide-style') !== null,
    keptButInvisible,
    clutterVisible: arg.clutter.flatMap((sel) => [...document.querySelectorAll(sel)].filter(isVisible).map(describe)),
  };
}
