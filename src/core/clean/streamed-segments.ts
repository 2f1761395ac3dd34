// React's streamed server rendering (React 18+, Next.js app router and many other sites) sends a
// page in pieces: where content is not ready yet it writes a placeholder, `<template id="B:0">` (a
// Suspense boundary, followed by its fallback: a spinner, a grey skeleton, "Loading…", up to a
// `<!--/$-->` comment) or `<template id="P:1">` (a segment); the content follows at the end of the
// body in `<div hidden id="S:0">`, and a small script moves it into place: `$RC("B:0","S:0")` or
// `$RS("S:1","P:1")`. In a live tab that script has run. In a saved copy, the CLI and the bench it
// has not: the story sits in a hidden div at the end of the page, which Readability skips as hidden,
// and the reader got the site's menu or the skeleton (WCXB 4416: F1 0). This does what the script
// does, on our clone: each hidden segment's content takes its placeholder's place, the boundary's
// fallback goes. Fixture streamed-story.

/** A placeholder template's id: B:<hex> for a boundary, P:<hex> for a segment. */
const PLACEHOLDER_ID = /^[BP]:[0-9a-z]+$/;
/** The calls that place content, in an inline script: $RC("B:0","S:0") and $RS("S:1","P:1"). */
const PLACE_CALL = /\$R([CS])\(\s*"([BPS]:[0-9a-z]+)"\s*,\s*"([BPS]:[0-9a-z]+)"/g;
/** A fallback left in place (no comment marks its end) only goes when it reads like "Loading…". */
const MAX_LOADING_CHARS = 40;

/** What the walk collected: the placeholders, and which segment each boundary gets from the scripts. */
export interface StreamedParts {
  placeholders: Element[];
  /** Boundary id -> segment id, from the $RC calls; a $RS call names its placeholder by the segment's number. */
  boundarySegment: Map<string, string>;
}

export function streamedParts(): StreamedParts {
  return { placeholders: [], boundarySegment: new Map() };
}

/** Notes a template or script of the walk that belongs to streamed rendering (called on every one). */
export function noteStreamed(element: Element, parts: StreamedParts): void {
  if (element.tagName === 'TEMPLATE') {
    if (PLACEHOLDER_ID.test(element.id)) parts.placeholders.push(element);
    return;
  }
  // An inline script: its single text node, read without building a copy of a long JSON blob.
  const text = element.firstChild?.nodeValue;
  if (!text || !text.includes('$R')) return;
  for (const [, kind, first, second] of text.matchAll(PLACE_CALL)) {
    if (kind === 'C' && first && second) parts.boundarySegment.set(first, second);
  }
}

/** The hidden div that holds a placeholder's content, or null. */
function segmentFor(placeholder: Element, parts: StreamedParts): Element | null {
  const id = placeholder.id;
  const segmentId = id.startsWith('P:') ? `S:${id.slice(2)}` : (parts.boundarySegment.get(id) ?? `S:${id.slice(2)}`);
  const segment = placeholder.ownerDocument.getElementById(segmentId);
  return segment && segment.localName === 'div' && segment.hasAttribute('hidden') ? segment : null;
}

/**
 * Removes a boundary's fallback after its template: up to the `<!--/$-->` that closes the boundary
 * (nested boundaries counted) where the page kept its comments; else only a next element that
 * reads like a loading note ("Loading paragraph...") or shows no text (a skeleton). Returns the node
 * before which the content goes.
 */
function dropFallback(template: Element): Node | null {
  let depth = 0;
  let closing: Node | null = null;
  for (let node = template.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) {
        closing = node;
        break;
      }
      depth--;
    } else if (data === '$' || data === '$?' || data === '$!') depth++;
  }
  if (closing) {
    while (template.nextSibling && template.nextSibling !== closing) template.nextSibling.remove();
    return closing;
  }
  const next = template.nextElementSibling;
  if (next && next.localName !== 'template') {
    const text = (next.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '' ? !next.querySelector('img, video, picture, iframe') : text.length <= MAX_LOADING_CHARS && /(\.\.\.|…)$/.test(text)) {
      next.remove();
    }
  }
  return template.nextSibling;
}

/** Puts each streamed segment's content where its placeholder stands; returns how many were placed. */
export function placeStreamedSegments(parts: StreamedParts): number {
  let placed = 0;
  for (const placeholder of parts.placeholders) {
    const parent = placeholder.parentNode;
    const segment = segmentFor(placeholder, parts);
    if (!parent || !segment || segment.contains(placeholder)) continue;
    const before = placeholder.id.startsWith('B:') ? dropFallback(placeholder) : placeholder.nextSibling;
    while (segment.firstChild) parent.insertBefore(segment.firstChild, before);
    placeholder.remove();
    segment.remove();
    placed++;
  }
  return placed;
}
