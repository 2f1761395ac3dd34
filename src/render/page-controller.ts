// Drives the popup and the reader page: find the tab, ask the background for its article, show
// one of the states (body[data-state] = loading | article | not-article | restricted | error) and
// wire the buttons. Page data is handed to render-article.ts and never touched here.
import { sendMessage } from '../messages';
import type { ArticleView, ClutterState, Envelope, MessageName, Reply, ReplyError, RequestOf, ResponseOf } from '../messages';
import { renderArticle, renderMessage, renderSignals } from './render-article';

export type PageMode = 'popup' | 'reader';
type PageState = 'loading' | 'article' | 'not-article' | 'restricted' | 'error';

/** What the controller needs from the browser (webextension-polyfill in the pages). */
export interface PageEnv {
  send(message: Envelope): Promise<unknown>;
  activeTabId(): Promise<number | undefined>;
}

const ERROR_TEXT: Record<ReplyError['kind'], string> = {
  restricted: 'Tidy Reader cannot read this page.',
  empty: 'No readable text was found on this page.',
  'too-large': 'This page is too large to clean.',
  failed: 'Something went wrong while cleaning this page.',
  'no-tab': 'The tab to read is gone.',
  'bad-request': 'Something went wrong inside Tidy Reader.',
  internal: 'Something went wrong inside Tidy Reader.',
};

function button(doc: Document, id: string): HTMLButtonElement {
  const el = doc.getElementById(id);
  if (el?.tagName !== 'BUTTON') throw new Error(`The page lacks button #${id}`);
  return el as HTMLButtonElement;
}

/** The tab named by ?tab=<id>, else the active tab of the current window. */
export async function resolveTabId(search: string, activeTabId: () => Promise<number | undefined>): Promise<number | undefined> {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null) return activeTabId();
  const id = Number(raw);
  return raw !== '' && Number.isInteger(id) && id >= 0 ? id : undefined;
}

export async function startPage(doc: Document, mode: PageMode, env: PageEnv): Promise<void> {
  const win = doc.defaultView as Window & typeof globalThis;
  const send = <N extends MessageName>(name: N, request: RequestOf<N>): Promise<Reply<ResponseOf<N>>> =>
    sendMessage((message) => env.send(message), name, request);
  const hideButton = button(doc, 'hide-clutter');
  const removedButton = button(doc, 'show-removed');
  const openButton = button(doc, 'open-reader');
  const cleanAnyway = button(doc, 'clean-anyway');
  const remember = doc.getElementById('remember-site') as HTMLInputElement | null;
  const removed = doc.getElementById('removed');
  const clutterStatus = doc.getElementById('clutter-status');
  doc.documentElement.dataset.mode = mode;
  if (new URLSearchParams(win.location.search).has('tab')) doc.documentElement.dataset.framing = 'tab';
  openButton.hidden = mode === 'reader';
  let clutter: ClutterState = { hidden: false, count: 0, remembered: false, host: '' };
  let forced = new URLSearchParams(win.location.search).get('force') === '1';

  function setState(state: PageState, message = ''): void {
    doc.body.dataset.state = state;
    renderMessage(doc, message);
  }

  function showError(error: ReplyError): void {
    const text = error.kind === 'restricted' ? error.message : `${ERROR_TEXT[error.kind]} ${error.message}`.trim();
    setState(error.kind === 'restricted' ? 'restricted' : 'error', text || ERROR_TEXT[error.kind]);
  }

  /** The checkbox is the user's: it is only read from storage when the article first shows. */
  function showClutter(state: ClutterState, syncRemember: boolean): void {
    clutter = state;
    hideButton.textContent = state.hidden ? 'Show clutter' : 'Hide clutter';
    hideButton.setAttribute('aria-pressed', String(state.hidden));
    if (remember && syncRemember) remember.checked = state.remembered;
    if (clutterStatus) clutterStatus.textContent = state.hidden ? `${state.count} blocks hidden on the page.` : '';
  }

  function showView(view: ArticleView): void {
    if (view.status === 'not-article') {
      renderSignals(doc, view.verdict.signals);
      setState('not-article', 'This page does not look like an article.');
      return;
    }
    renderArticle(doc, view.article, win);
    const count = view.article.removed.length;
    removedButton.textContent = `What was removed (${count})`;
    showClutter(view.clutter, true);
    setState('article');
  }

  const resolved = await resolveTabId(win.location.search, env.activeTabId);
  if (resolved === undefined) {
    setState('error', 'There is no tab to read.');
    return;
  }
  const tabId: number = resolved;

  async function load(force: boolean): Promise<void> {
    forced = force;
    setState('loading', 'Reading the page…');
    const reply = await send('getArticle', { tabId, force });
    if (reply.ok) showView(reply.value);
    else showError(reply.error);
  }

  async function setClutter(hidden: boolean, rememberSite: boolean): Promise<void> {
    hideButton.disabled = true;
    const reply = await send('setClutter', { tabId, hidden, remember: rememberSite });
    hideButton.disabled = false;
    if (reply.ok) showClutter(reply.value, false);
    else if (clutterStatus) clutterStatus.textContent = reply.error.message;
  }

  hideButton.addEventListener('click', () => void setClutter(!clutter.hidden, remember?.checked ?? false));
  // Ticked while the clutter is hidden: remember now; otherwise it applies to the next "Hide clutter".
  remember?.addEventListener('change', () => {
    if (clutter.hidden) void setClutter(true, remember.checked);
  });
  removedButton.addEventListener('click', () => {
    if (!removed) return;
    removed.hidden = !removed.hidden;
    removedButton.setAttribute('aria-expanded', String(!removed.hidden));
    if (!removed.hidden) removed.scrollIntoView({ block: 'nearest' });
  });
  openButton.addEventListener('click', () => {
    void send('openReader', { tabId, force: forced }).then((reply) => {
      // A real popup closes by itself when the new tab takes focus; opened as a tab (?tab=) it stays.
      if (!reply.ok) showError(reply.error);
    });
  });
  cleanAnyway.addEventListener('click', () => void load(true));

  await load(forced);
}
