// Reads the WCXB development set (CC-BY-4.0, Murrough-Foley, "web-content-extraction-benchmark"):
// metadata.json, then one gzip'd UTF-8 HTML page and one ground-truth file per id.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { domainOf, sampleIds, setDir } from './dataset';
import type { BenchPage, LoadOptions, PageType } from './dataset';

interface MetadataFile {
  files: Record<string, { page_type: PageType; spa: boolean; domain: string }>;
}

interface TruthFile {
  url: string;
  ground_truth: { main_content?: string };
}

/** Lists the pages of the WCXB dev set, sorted by id. */
export function loadWcxb(options: LoadOptions = {}): BenchPage[] {
  const dir = options.dir ?? setDir('wcxb');
  const metaPath = join(dir, 'metadata.json');
  if (!existsSync(metaPath)) throw new Error(`WCXB dev set not found at ${dir}`);
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as MetadataFile;
  const pages: BenchPage[] = [];
  for (const id of sampleIds(Object.keys(meta.files), options.sample)) {
    const info = meta.files[id];
    if (!info || (options.types && !options.types.includes(info.page_type))) continue;
    const truth = JSON.parse(readFileSync(join(dir, 'dev', 'ground-truth', `${id}.json`), 'utf8')) as TruthFile;
    pages.push({
      set: 'wcxb',
      id,
      url: truth.url,
      domain: domainOf(info.domain),
      pageType: info.page_type,
      spa: info.spa,
      truth: { kind: 'text', text: truth.ground_truth.main_content ?? '' },
      // The set is UTF-8 throughout (its README): read as such, as the published figures were.
      readHtml: () => ({ ok: true, html: gunzipSync(readFileSync(join(dir, 'dev', 'html', `${id}.html.gz`))).toString('utf8'), charset: 'utf-8' }),
    });
  }
  return pages;
}
