// The HTML Standard's element categories that the tree builder's depth depends on, as data
// (§13.2.4.2 "the stack of open elements", §13.2.6.4.7 "in body"), for ./open-elements.ts.

const set = (names: string): ReadonlySet<string> => new Set(names.split(/\s+/).filter(Boolean));

/** Elements that never have content: they add no depth. */
export const VOID = set(`area base basefont bgsound br col embed frame hr image img input keygen link meta param
  source track wbr`);

/** Merged into the one html/head/body of the document: never nested. */
export const DOCUMENT_ROOTS = set('html head body');

/** The "special" category: an unknown end tag stops at them instead of closing them. */
export const SPECIAL = set(`address applet area article aside base basefont bgsound blockquote body br button caption
  center col colgroup dd details dialog dir div dl dt embed fieldset figcaption figure footer form frame frameset
  h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav
  noembed noframes noscript object ol p param plaintext pre script search section select source style summary table
  tbody td template textarea tfoot th thead title tr track ul wbr xmp`);

/** Where a search "in scope" stops (the default scope). */
export const SCOPE = set('applet caption html table td th marquee object template');
export const BUTTON_SCOPE = set('applet caption html table td th marquee object template button');
export const LIST_ITEM_SCOPE = set('applet caption html table td th marquee object template ol ul');
export const TABLE_SCOPE = set('html table template');
/** Where a new cell looks for the open one: within its row. */
export const CELL_SCOPE = set('html table template tr');

/** Special elements that do not stop a new <li>, <dd> or <dt> from closing the open one. */
export const LIST_ITEM_TRANSPARENT = set('address div p');

/** Table parts inside which a new <table> closes the open one (the "in table" insertion modes). */
export const TABLE_CONTEXT = set('table tbody thead tfoot tr');
export const TABLE_SECTIONS = set('tbody thead tfoot');
export const CELLS = set('td th');
export const DEFINITIONS = set('dd dt');

/** Start tags that close an open <p> first. */
export const CLOSES_P = set(`address article aside blockquote center details dialog dir div dl fieldset figcaption
  figure footer form header hgroup hr h1 h2 h3 h4 h5 h6 li dd dt listing main menu nav ol p plaintext pre search
  section summary table ul xmp`);

export const HEADINGS = set('h1 h2 h3 h4 h5 h6');

/** Formatting elements: their end tag runs the adoption agency, which closes them through blocks. */
export const FORMATTING = set('a b big code em font i nobr s small strike strong tt u');

/** Start tags that leave svg/math content and go back to HTML (the tree builder's "breakout" list). */
export const FOREIGN_BREAKOUT = set(`b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head
  hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var`);

/** Roots of foreign content, where "/>" closes an element. */
export const FOREIGN_ROOTS = set('svg math');

/**
 * Past the depth cap (./prescan-page.ts) these keep their tags, as siblings: the blocks of text and
 * the links an article is made of. Every other tag there is dropped and its content kept in place.
 */
export const KEPT_PAST_CAP = set('p h1 h2 h3 h4 h5 h6 pre blockquote a');

/**
 * Elements whose content the tokenizer reads as text up to their end tag (the RAWTEXT, RCDATA and
 * script data states): no markup inside, and none of it is the page's text but for a title.
 */
export const RAW_TEXT = set('script style title textarea xmp iframe noembed noframes');
