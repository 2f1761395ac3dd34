// What a page declares about itself, for the detector (detect.ts): schema.org types and properties
// (JSON-LD, microdata, itemprop=articleBody), <meta> tags (og:type, publication dates, authors), <time>
// elements and bylines.
// Publishers write these for search engines and social cards on any site, in any language, so they
// mean the same on a page the dev sets never saw (issue 8).
import type { DetectFeature } from './detect.js';
import type { PageFacts } from './detect-facts.js';
import { DATE_META_NAMES, MEDIA_OG_TYPE, MEDIA_TYPES, SCHEMA_KINDS } from './rules/detect-signals.js';

/** Work bound: the detector never looks at more JSON-LD nodes than this. */
const MAX_JSONLD_NODES = 400;

/** SCHEMA_KINDS by type name, and the `*` suffixes: built on first use, as the content script imports this module but never judges. */
let schemaIndex: { byType: Map<string, string>; suffixes: [string, string][] } | null = null;

function schemaKinds(): NonNullable<typeof schemaIndex> {
  if (schemaIndex) return schemaIndex;
  const byType = new Map<string, string>();
  const suffixes: [string, string][] = [];
  for (const [feature, types] of Object.entries(SCHEMA_KINDS)) {
    for (const type of types) {
      if (type.startsWith('*')) suffixes.push([type.slice(1), feature]);
      else byType.set(type, feature);
    }
  }
  schemaIndex = { byType, suffixes };
  return schemaIndex;
}

/** The feature a schema.org type raises, if any. */
const schemaKind = (type: string): string | undefined =>
  schemaKinds().byType.get(type) ?? schemaKinds().suffixes.find(([suffix]) => type.endsWith(suffix))?.[1];

const clamp = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
/** log-scaled count: 0 -> 0, `full` -> 1. */
export const logScale = (n: number, full: number): number => clamp(Math.log1p(n) / Math.log1p(full));

/** What the JSON-LD blocks declare: every type name, and the types of the nodes that give a datePublished. */
interface JsonLdTypes {
  types: string[];
  dated: string[];
}

/** schema.org type names from JSON-LD blocks: top level, @graph members and mainEntity, bounded. */
function jsonLdTypes(blocks: readonly string[]): JsonLdTypes {
  const types: string[] = [];
  const dated: string[] = [];
  for (const text of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue; // a malformed block says nothing
    }
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length > 0 && seen < MAX_JSONLD_NODES; seen++) {
      const node = queue.shift();
      if (Array.isArray(node)) {
        queue.push(...node.slice(0, 50));
      } else if (node !== null && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        const type = record['@type'];
        const dates = typeof record.datePublished === 'string';
        for (const t of Array.isArray(type) ? type : [type]) {
          if (typeof t !== 'string') continue;
          types.push(t);
          if (dates) dated.push(t);
        }
        if (record['@graph'] !== undefined) queue.push(record['@graph']);
        if (record.mainEntity !== undefined) queue.push(record.mainEntity);
      }
    }
  }
  return { types, dated };
}

/** What the page's metadata gives the URL features (og:url, as written) and media-page (what declares a player's page, else null). */
export interface PageMeta {
  ogUrl: string | null;
  media: string | null;
}

/** The declared types' features; returns the first media type declared (MEDIA_TYPES), else null. */
function schemaFeatures(facts: PageFacts, out: DetectFeature[]): string | null {
  const found = new Map<string, string[]>();
  const declared = jsonLdTypes(facts.jsonLd);
  for (const type of [...declared.types, ...facts.itemTypes]) {
    const kind = schemaKind(type);
    if (!kind) continue;
    const list = found.get(kind) ?? [];
    if (!list.includes(type)) list.push(type);
    found.set(kind, list);
  }
  for (const [kind, types] of found) out.push({ name: kind, value: 1, detail: types.join(', ') });
  // An article type that also gives its publication date: a CMS's post template fills both, where a
  // bare Article type also stands on documentation and landing pages (WCXB: with a datePublished on
  // 242 articles and 8 other pages, without on 9 and 2).
  const dated = declared.dated.find((type) => schemaKind(type) === 'schema-article');
  if (dated) out.push({ name: 'schema-published', value: 1, detail: dated });
  return [...declared.types, ...facts.itemTypes].find((type) => MEDIA_TYPES.includes(type)) ?? null;
}

/** A count of the page's scan (0 when absent; own keys only: the facts arrive as a message). */
export const countOf = (facts: PageFacts, key: string): number => (Object.hasOwn(facts.counts, key) ? (facts.counts[key] ?? 0) : 0);

/** Measures the publisher-metadata features; returns what the headline features need. */
export function metadataFeatures(facts: PageFacts, out: DetectFeature[]): PageMeta {
  const mediaType = schemaFeatures(facts, out);
  let ogType = '';
  let date = '';
  let author = false;
  let ogUrl: string | null = null;
  for (const [name, content] of facts.metas) {
    const key = name.toLowerCase();
    if (key === 'og:type') ogType = (content ?? '').trim().toLowerCase();
    else if (key === 'og:url') ogUrl ??= content;
    else if (DATE_META_NAMES.includes(key)) date = key;
    else if (key === 'author' || key === 'article:author') author = true;
  }
  if (ogType === 'article' || ogType.endsWith('.article')) out.push({ name: 'og-article', value: 1, detail: ogType });
  else if (ogType.includes('product')) out.push({ name: 'og-product', value: 1, detail: ogType });
  // A person's page (og:type profile: an author's page on a news site, probe ring lookalike) is a site's page as its front is.
  else if (ogType === 'website' || ogType === 'profile') out.push({ name: 'og-website', value: 1, detail: ogType });
  if (date) out.push({ name: 'published-meta', value: 1, detail: date });
  const times = countOf(facts, 'time-datetime');
  if (times > 0 && times <= 3) out.push({ name: 'time-few', value: 1, detail: `${times}` });
  if (times > 3) out.push({ name: 'time-many', value: logScale(times - 3, 30), detail: `${times}` });
  const bylines = countOf(facts, 'byline');
  if (author || bylines > 0) out.push({ name: 'byline', value: 1, detail: author ? 'meta' : `${bylines}` });
  // schema.org microdata marking the story's own text (itemprop="articleBody").
  if (countOf(facts, 'article-body') > 0) out.push({ name: 'article-body', value: 1 });
  // A player's page: og:type video.* or music.*, or a media object and no article type, unless
  // og:type says article (a story with its video; probe ring "traps").
  const article = out.some((f) => f.name === 'og-article' || f.name === 'schema-article');
  const media = article ? null : MEDIA_OG_TYPE.test(ogType) ? `og:type ${ogType}` : mediaType;
  return { ogUrl, media };
}
