// Entry point of `npm run bench-click`: what one click shows on the two dev sets (WCXB dev, CC-BY-4.0,
// Murrough-Foley; trafilatura's evaluation pages, Apache-2.0, see ../shared/bench/README.md), and the
// domain-grouped cross-validation of holdsProse's thresholds (src/bench/click-calibration.ts).
//   npm run bench-click [-- --sample N] [--rows FILE]    (--rows: reuse the measured rows of an earlier run)
//   Shards on a busy machine: --part 0/2 --rows a.json and --part 1/2 --rows b.json side by side, then
//   --rows a.json,b.json reports on both.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { closeWindow, loadDocument, nextTurn } from '../node/load-document';
import { decodeHtml } from '../node/decode-html';
import { detectArticle } from '../core/detect';
import { extractArticle } from '../core/index';
import { measureArticleProse } from '../core/reads-as-article';
import { formatClickReport } from './click-calibration';
import type { ClickRow } from './click-calibration';
import { STAND_IN_URL, datasetUrl } from './page-url';

const { values } = parseArgs({
  options: { sample: { type: 'string', default: '1' }, rows: { type: 'string' }, part: { type: 'string', default: '0/1' } },
  strict: true,
});
const sample = Math.max(1, Number(values.sample) || 1);
const [part = NaN, parts = NaN] = values.part.split('/').map(Number);
if (!Number.isInteger(part) || !Number.isInteger(parts) || part < 0 || part >= parts) throw new Error('--part is K/N with 0 <= K < N');
const shared = resolve(process.cwd(), '..', 'shared', 'bench');

interface Source {
  set: ClickRow['set'];
  id: string;
  pageType: string;
  /** The site, when the data set names it. */
  domain: string | null;
  url: string | null;
  html(): string | null;
}

function wcxbSources(): Source[] {
  const dir = join(shared, 'wcxb-dev');
  const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as { files: Record<string, { page_type: string; domain: string }> };
  return Object.keys(meta.files)
    .sort()
    .map((id) => {
      const info = meta.files[id] ?? { page_type: 'unknown', domain: id };
      const truth = JSON.parse(readFileSync(join(dir, 'dev', 'ground-truth', `${id}.json`), 'utf8')) as { url: string };
      return {
        set: 'wcxb' as const,
        id,
        pageType: info.page_type,
        domain: info.domain,
        url: datasetUrl(truth.url),
        html: () => gunzipSync(readFileSync(join(dir, 'dev', 'html', `${id}.html.gz`))).toString('utf8'),
      };
    });
}

/** trafilatura's file names start with the site ("spiegel.de.albtraum.html", "theintercept.com-Gaza.html"). */
function siteOfFile(file: string): string | null {
  const stem = file.replace(/\.html?$/i, '');
  if (/^[0-9a-f]{32}$/.test(stem)) return null;
  const dash = stem.indexOf('-');
  if (dash > 0 && stem.slice(0, dash).includes('.')) return stem.slice(0, dash);
  return stem.includes('.') ? stem.slice(0, stem.lastIndexOf('.')) : null;
}

function trafilaturaSources(): Source[] {
  const dir = join(shared, 'trafilatura-dev');
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { source_file: string }>;
  return Object.keys(data)
    .sort()
    .map((id) => ({
      set: 'trafilatura' as const,
      id,
      pageType: 'article',
      domain: siteOfFile(data[id]?.source_file ?? ''),
      url: null,
      html: () => {
        const decoded = decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))));
        return decoded.ok ? decoded.html : null;
      },
    }));
}

/** Detects, extracts (with the verdict, as the cleaner does) and measures the prose of one page. */
function measure(source: Source): ClickRow {
  const row: ClickRow = { set: source.set, id: source.id, pageType: source.pageType, domain: source.domain ?? `${source.set}:${source.id}`, detected: false, prose: null };
  const html = source.html();
  if (html === null) return row;
  const loaded = loadDocument(html, { url: source.url, fallbackUrl: STAND_IN_URL });
  if (!loaded.ok) return row;
  try {
    const doc = loaded.dom.window.document;
    if (source.domain === null && loaded.url !== STAND_IN_URL) row.domain = new URL(loaded.url).hostname.replace(/^www\./, '');
    const verdict = detectArticle(doc, loaded.url);
    row.detected = verdict.isArticle;
    const result = extractArticle(doc, loaded.url, { verdict });
    if (result.ok) row.prose = measureArticleProse(result.article, doc);
  } catch {
    // A page that throws shows nothing: the row says so (prose null).
  } finally {
    closeWindow(loaded.dom);
  }
  return row;
}

async function measureAll(): Promise<ClickRow[]> {
  const sources = [...wcxbSources(), ...trafilaturaSources()].filter((_, i) => i % sample === 0 && Math.floor(i / sample) % parts === part);
  const rows: ClickRow[] = [];
  const started = Date.now();
  for (const [i, source] of sources.entries()) {
    rows.push(measure(source));
    await nextTurn();
    if ((i + 1) % 100 === 0 || i + 1 === sources.length) {
      process.stderr.write(`  ${i + 1}/${sources.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
  }
  return rows;
}

let rows: ClickRow[];
const saved = values.rows?.split(',') ?? [];
if (saved.length > 0 && saved.every((file) => existsSync(file))) {
  rows = saved.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as ClickRow[]);
} else {
  rows = await measureAll();
  const out = values.rows ?? join('test-results', 'click-rows.json');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify(rows) + '\n');
  process.stderr.write(`rows written: ${out} (rerun the report alone with --rows ${out})\n`);
}
process.stdout.write(formatClickReport(rows));
