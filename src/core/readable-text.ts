// Text as a reader sees it. Browsers keep <noscript> content as raw text (jsdom parses it as elements),
// and script/style text is never shown: the lazy-images fixture showed "<img src=…>" in a related
// headline in Chromium, and the seed showed "googletag.cmd.push(…)" in the removed list.
// An icon's <svg> may carry a <title> or <desc> for screen readers ("SPIEGEL+" before a paid story's
// headline in a related card: probe ring majors-world); neither is ever drawn (an HTML <title> only
// stands in the head).
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'DESC']);

/** The element's text without script, style, noscript and template content nor an svg's title, whitespace folded. */
export function readableText(element: Element | null | undefined, maxChars = Infinity): string {
  if (!element) return '';
  if (UNREAD.has(element.tagName.toUpperCase())) return '';
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child && length < maxChars; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child.nodeValue ?? '';
        parts.push(t);
        length += t.length;
      } else if (child.nodeType === 1 && !UNREAD.has((child as Element).tagName.toUpperCase())) {
        visit(child);
      }
    }
  };
  visit(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
