// Reads the WCXB development set in ../shared/bench (CC-BY-4.0, Murrough-Foley,
// "web-content-extraction-benchmark"): one gzip'd HTML page and one ground-truth file per id.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

export type PageType =
  | 'article'
  | 'service'
  | 'forum'
  | 'product'
  | 'collection'
  | 'listing'
  | 'documentation';

export interface BenchPage {
  id: string;
  url: string;
  pageType: PageType;
  spa: boolean;
  /** Plain text of the main content, as hand-checked by the data set's authors. */
  truth: string;
  /** Snippets that must appear in an extraction, and boilerplate that must not. */
  with: string[];
  without: string[];
  readHtml(): string;
}

interface MetadataFile {
  files: Record<string, { page_type: PageType; spa: boolean }>;
}

interface TruthFile {
  url: string;
  ground_truth: { main_content?: string; with?: string[]; without?: string[] };
}

/** The data set's folder: $TIDY_BENCH_DIR, else ../shared/bench/wcxb-dev beside the repo. */
export function benchDir(): string {
  return resolve(process.env.TIDY_BENCH_DIR ?? join(process.cwd(), '..', 'shared', 'bench', 'wcxb-dev'));
}

/**
 * Lists the pages of the set, sorted by id. `sample` = N keeps every Nth page (fast tuning runs);
 * `types` keeps only those page types.
 */
export function loadBench(options: { sample?: number; types?: PageType[]; dir?: string } = {}): BenchPage[] {
  const dir = options.dir ?? benchDir();
  const metaPath = join(dir, 'metadata.json');
  if (!existsSync(metaPath)) throw new Error(`bench data set not found at ${dir}`);
  const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as MetadataFile;
  const ids = Object.keys(meta.files).sort();
  const step = Math.max(1, options.sample ?? 1);
  const pages: BenchPage[] = [];
  ids.forEach((id, index) => {
    if (index % step !== 0) return;
    const info = meta.files[id];
    if (!info) return;
    if (options.types && !options.types.includes(info.page_type)) return;
    const truth = JSON.parse(readFileSync(join(dir, 'dev', 'ground-truth', `${id}.json`), 'utf8')) as TruthFile;
    pages.push({
      id,
      url: truth.url,
      pageType: info.page_type,
      spa: info.spa,
      truth: truth.ground_truth.main_content ?? '',
      with: truth.ground_truth.with ?? [],
      without: truth.ground_truth.without ?? [],
      readHtml: () => gunzipSync(readFileSync(join(dir, 'dev', 'html', `${id}.html.gz`))).toString('utf8'),
    });
  });
  return pages;
}
