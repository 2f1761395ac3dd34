// The click's first step: which tab, and its article, asked for by the page's entry script before the
// rest of the page's code has loaded (src/render/boot.ts). The read runs in the tab while this page
// loads its renderer and controls; startPage takes the promise over, so nothing is asked twice.
import type { ArticleView, Reply } from '../messages';
import type { Settings } from '../settings/schema';
import { loadSettings } from '../settings/settings-store';
import type { PageEnv } from './page-controller';

/** A read of the tab already under way: the tab it reads (undefined: none), the settings it reads, and what it will show. */
export interface StartedRead {
  tabId: Promise<number | undefined>;
  /** The user's settings: the read's site choices, and the page's reading prefs. */
  settings: Promise<Settings>;
  /** null when there is no tab to read. */
  reply: Promise<Reply<ArticleView> | null>;
}

/** The tab named by ?tab=<id>, else the active tab of the current window. */
export async function resolveTabId(search: string, activeTabId: () => Promise<number | undefined>): Promise<number | undefined> {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null) return activeTabId();
  const id = Number(raw);
  return raw !== '' && Number.isInteger(id) && id >= 0 ? id : undefined;
}

/** Whether the page was opened to clean the tab anyway (?force=1: Clean anyway, the context menu). */
export function forcedBy(search: string): boolean {
  return new URLSearchParams(search).get('force') === '1';
}

/** Starts reading the tab named by the page's address (`search`, its ?query). */
export function startRead(search: string, env: Pick<PageEnv, 'activeTabId' | 'readArticle' | 'settings'>): StartedRead {
  const tabId = resolveTabId(search, env.activeTabId);
  // loadSettings never rejects: unreadable storage gives the defaults.
  const settings = loadSettings(env.settings);
  const reply = tabId.then((id) => (id === undefined ? null : env.readArticle(id, forcedBy(search), settings)));
  return { tabId, settings, reply };
}

/** Where boot.js leaves its read for the page's own script (the two are separate bundles in one page). */
const HANDOVER = '__tidyReaderFirstRead';

type HandoverGlobal = { [HANDOVER]?: StartedRead };

/** Leaves the started read for the page's script to take. */
export function handOver(started: StartedRead): void {
  (globalThis as HandoverGlobal)[HANDOVER] = started;
}

/** The read boot.js started, once (undefined when it started none: the page then reads the tab itself). */
export function takeStartedRead(): StartedRead | undefined {
  const holder = globalThis as HandoverGlobal;
  const started = holder[HANDOVER];
  delete holder[HANDOVER];
  return started;
}
