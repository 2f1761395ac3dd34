// A wire service's or a newspaper's pointer to its own standards, printed under every story: "Our
// Standards: The Thomson Reuters Trust Principles." (a label and a link), "Editorial guidelines" (a
// link alone). It says nothing of the story, and readers met it as the article's last line (fixture
// wire-standards-line). What makes one, on any site: a short whole line, at the story's end (no more
// than a credit's length of text after it), that holds a link to another page and either opens with a
// standards label and a colon or is mostly a link naming a policy (src/core/rules/standards-phrases.ts).
// A sentence of the story that speaks of standards is longer, or not at the end, or not a link.
import type { Removal } from '../types';
import { recordRemoval } from '../removal-record';
import { STEP_RULES } from '../rules/step-rules';
import { STANDARDS_LABELS, STANDARDS_POLICIES } from '../rules/standards-phrases';
import { walkElements } from './walk';

/** The line is short: a label and a policy's name. */
const MAX_LINE_CHARS = 120;
/** At the end: after it, at most this much text (an agency's credit line, a licensing link). */
const MAX_TEXT_AFTER = 200;
/** The link names the policy and is most of the line. */
const MIN_LINK_SHARE = 0.5;
/** Blocks that hold a line of their own; inline tags never do (a linked phrase inside a sentence stays). */
const LINE_TAGS = new Set(['p', 'div', 'li', 'dd', 'footer', 'aside', 'section']);
/** Blocks of several lines: a link right inside one is no line of its own. */
const GROUP_TAGS = new Set(['article', 'blockquote', 'ul', 'ol', 'dl', 'table', 'figure', 'main']);

const flat = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();
const lower = (text: string | null): string => flat(text).toLowerCase();

/** Whether the line opens with a standards label and its colon ("our standards: …"). */
function opensWithLabel(text: string): boolean {
  return STANDARDS_LABELS.some((label) => text.startsWith(label) && /^\s?:/.test(text.slice(label.length)));
}

function namesPolicy(text: string): boolean {
  return STANDARDS_POLICIES.some((policy) => text.includes(policy));
}

/** A link to another page (not a place in this one, not a script). */
function leavesPage(link: Element): boolean {
  const href = (link.getAttribute('href') ?? '').trim();
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** The block that holds the link's whole line: its nearest block ancestor inside the article. */
function lineOf(link: Element, article: Element): Element | null {
  for (let at = link.parentElement; at && at !== article; at = at.parentElement) {
    if (LINE_TAGS.has(at.localName)) return at;
    if (GROUP_TAGS.has(at.localName)) return null;
  }
  return null;
}

function isStandardsLine(line: Element, link: Element): boolean {
  const text = lower(line.textContent);
  if (!text || text.length > MAX_LINE_CHARS) return false;
  if (opensWithLabel(text)) return true;
  const linkText = lower(link.textContent);
  return namesPolicy(linkText) && linkText.length >= text.length * MIN_LINK_SHARE;
}

/** The text that follows `element` inside `article`. */
function textAfter(element: Element, article: Element): string {
  const range = article.ownerDocument.createRange();
  range.setStartAfter(element);
  range.setEnd(article, article.childNodes.length);
  return flat(range.toString());
}

/** Removes a standards line at the end of the article, in place; returns what went. */
export function removeStandardsLine(article: Element): Removal[] {
  const lines: Element[] = [];
  walkElements(article, (element) => {
    if (element.localName !== 'a' || !leavesPage(element)) return undefined;
    const line = lineOf(element, article);
    if (line && !lines.includes(line) && isStandardsLine(line, element)) lines.push(line);
    return 'skip';
  });
  const removed: Removal[] = [];
  for (const line of lines) {
    if (!article.contains(line) || textAfter(line, article).length > MAX_TEXT_AFTER) continue;
    removed.push(recordRemoval(line, STEP_RULES.standardsLine, STEP_RULES.standardsLine.match));
    line.remove();
  }
  return removed;
}
