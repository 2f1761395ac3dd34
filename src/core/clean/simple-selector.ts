// A tiny matcher for the simple selectors the rule tables use (tag, #id, .class, [attr], [attr="v"],
// [attr^="v"], [attr*="v"], [attr~="v"], with an optional `i` flag; no combinators). Checking these by hand in the
// one page walk is far cheaper than a selector engine call per element or a combined
// querySelectorAll (hundreds of milliseconds on a large page under jsdom).

interface AttrTest {
  name: string;
  op: '' | '=' | '^=' | '*=' | '~=';
  value: string;
  caseless: boolean;
}

export interface SimpleSelector {
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: AttrTest[];
}

const PART = /^(?:([a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)\s*(?:(\^=|\*=|~=|=)\s*"([^"]*)"\s*(i)?)?\s*\])/;

/** Parses a simple selector, or returns null when it uses anything this matcher does not support. */
export function parseSimpleSelector(selector: string): SimpleSelector | null {
  const parsed: SimpleSelector = { tag: null, id: null, classes: [], attrs: [] };
  let rest = selector.trim();
  if (!rest) return null;
  while (rest) {
    const m = PART.exec(rest);
    if (!m) return null;
    if (m[1]) parsed.tag = m[1].toUpperCase();
    else if (m[2]) parsed.id = m[2];
    else if (m[3]) parsed.classes.push(m[3]);
    else if (m[4]) {
      const op = (m[5] ?? '') as AttrTest['op'];
      parsed.attrs.push({ name: m[4].toLowerCase(), op, value: m[6] ?? '', caseless: m[7] === 'i' });
    }
    rest = rest.slice(m[0].length);
  }
  return parsed;
}

function attrMatches(element: Element, test: AttrTest): boolean {
  const raw = element.getAttribute(test.name);
  if (raw === null) return false;
  if (test.op === '') return true;
  const value = test.caseless ? raw.toLowerCase() : raw;
  const wanted = test.caseless ? test.value.toLowerCase() : test.value;
  if (test.op === '=') return value === wanted;
  if (test.op === '^=') return wanted !== '' && value.startsWith(wanted);
  if (test.op === '*=') return wanted !== '' && value.includes(wanted);
  return value.split(/\s+/).includes(wanted);
}

/** True when the element matches the parsed simple selector. */
export function matchesSimple(element: Element, selector: SimpleSelector): boolean {
  if (selector.tag && element.tagName.toUpperCase() !== selector.tag) return false;
  if (selector.id && element.getAttribute('id') !== selector.id) return false;
  if (selector.classes.length) {
    const classes = (element.getAttribute('class') ?? '').split(/\s+/);
    if (!selector.classes.every((c) => classes.includes(c))) return false;
  }
  return selector.attrs.every((test) => attrMatches(element, test));
}

/**
 * The one key a selector is filed under: its id, else its first class, else its first attribute
 * name, else its tag. An element can only match the selectors filed under one of its own keys.
 */
export function indexKey(selector: SimpleSelector): string {
  if (selector.id) return `#${selector.id}`;
  const firstClass = selector.classes[0];
  if (firstClass) return `.${firstClass}`;
  const firstAttr = selector.attrs[0];
  if (firstAttr) return `[${firstAttr.name}`;
  return selector.tag ?? '*';
}

/** Every key under which a selector this element matches can be filed (see indexKey). */
export function elementKeys(element: Element): string[] {
  const keys = [element.tagName.toUpperCase(), '*'];
  if (!element.hasAttributes()) return keys;
  for (const name of element.getAttributeNames()) {
    keys.push(`[${name}`);
    if (name === 'id') keys.push(`#${element.getAttribute('id') ?? ''}`);
    else if (name === 'class') for (const c of (element.getAttribute('class') ?? '').split(/\s+/)) if (c) keys.push(`.${c}`);
  }
  return keys;
}
