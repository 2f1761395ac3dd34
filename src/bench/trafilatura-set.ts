// Reads the trafilatura dev set (half of trafilatura's evaluation corpus, Apache-2.0, Adrien Barbaresi
// and contributors): evaldata.json, then one gzip'd page per id, its bytes as published in their own
// charset. They are decoded by the loader the bench shares with the CLI (src/node/decode-html.ts), as a browser would.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { domainOf, sampleIds, setDir } from './dataset';
import type { BenchPage, LoadOptions } from './dataset';
import { datasetUrl } from './page-url';
import { decodeHtml } from '../node/decode-html';

interface EvalItem {
  url: string;
  source_file: string;
  with: string[];
  without: string[];
}

/**
 * The site of a page: its url's host, or for the pages whose url is `hard::<site>-<slug>.html`
 * (not an address) the site name that starts the file name ("hard::dw.com.colonial.html" -> dw.com).
 */
export function trafilaturaDomain(item: Pick<EvalItem, 'url' | 'source_file'>): string {
  const url = datasetUrl(item.url);
  if (url) return domainOf(new URL(url).hostname);
  const name = item.url.replace(/^hard::/, '') || item.source_file;
  return domainOf(/^(.+?\.[a-z]{2,})[-.]/i.exec(name)?.[1] ?? name);
}

/** Lists the pages of the trafilatura dev set, sorted by id; all count as articles (see dataset.ts). */
export function loadTrafilatura(options: LoadOptions = {}): BenchPage[] {
  const dir = options.dir ?? setDir('trafilatura');
  const dataPath = join(dir, 'evaldata.json');
  if (!existsSync(dataPath)) throw new Error(`trafilatura dev set not found at ${dir}`);
  if (options.types && !options.types.includes('article')) return [];
  const data = JSON.parse(readFileSync(dataPath, 'utf8')) as Record<string, EvalItem>;
  const pages: BenchPage[] = [];
  for (const id of sampleIds(Object.keys(data), options.sample)) {
    const item = data[id];
    if (!item) continue;
    pages.push({
      set: 'trafilatura',
      id,
      url: item.url,
      domain: trafilaturaDomain(item),
      pageType: 'article',
      spa: false,
      truth: { kind: 'snippets', with: item.with, without: item.without },
      readHtml: () => {
        const decoded = decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))));
        return decoded.ok ? { ok: true, html: decoded.html, charset: decoded.charset } : { ok: false, message: decoded.message };
      },
    });
  }
  return pages;
}
