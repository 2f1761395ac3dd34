// The one typed map of runtime messages between the content scripts, the extension pages and the
// background. Every reply is `{ok: true, value}` or `{ok: false, error}`: an exception never
// crosses a message boundary. This module imports no browser API (the detector content script
// uses it with a minimal transport to stay inside its byte budget).
import type { PageMeasure } from './core/detect';
import type { Article, Verdict } from './core/types';
import type { SiteChoices } from './settings/schema';

/** What the background remembers about one tab (in storage.session). */
export interface TabState {
  isArticle: boolean;
  score: number;
  url: string;
  signals: Verdict['signals'];
  /** True once the reader tab was opened automatically for this URL ("open the reader on this site"). */
  autoOpened?: boolean;
}

/** Why something could not be done, in words the popup can show. */
export type ErrorKind =
  | 'restricted'
  | 'empty'
  | 'too-large'
  | 'failed'
  | 'no-tab'
  | 'bad-request'
  | 'internal';

export interface ReplyError {
  kind: ErrorKind;
  message: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ReplyError };

/** The state of "Hide clutter" in one tab. */
export interface ClutterState {
  hidden: boolean;
  /** How many page elements are hidden right now. */
  count: number;
  /** Whether clutter is hidden automatically on this site. */
  remembered: boolean;
  host: string;
}

/** One of the per-site choices of the settings (src/settings/schema.ts). */
export type SiteChoiceName = keyof SiteChoices;

/** The per-site choices that apply to a tab's page; host '' for pages without one. */
export interface SiteState extends SiteChoices {
  host: string;
}

export type ArticleView =
  | { status: 'article'; article: Article; verdict: Verdict; clutter: ClutterState; site: SiteState }
  | { status: 'not-article'; verdict: Verdict; url: string; site: SiteState }
  /** The user chose "never run on this site": nothing was read from the page. */
  | { status: 'site-off'; url: string; site: SiteState };

export interface MessageMap {
  /**
   * Detector content script → background: what the detector measured on the page in the sender's
   * tab; the background judges it (core/detect.ts judgePage: the URL's features are read there).
   */
  reportVerdict: { request: { url: string; measure: PageMeasure }; response: null };
  /** Anyone → background: the remembered detector state of a tab, null before the detector reported. */
  getTabState: { request: { tabId: number }; response: TabState | null };
  /** Popup / reader → background: extract the tab's article (force: even when it is no article). */
  getArticle: { request: { tabId: number; force: boolean }; response: ArticleView };
  /** Popup / reader → background: hide or restore the clutter in the tab, optionally for the whole site. */
  setClutter: { request: { tabId: number; hidden: boolean; remember: boolean }; response: ClutterState };
  /**
   * Popup → background: open the reader page for a tab (force: clean it even when it is no article;
   * print: open the print dialog there, since a popup is too small and too short-lived to print from).
   */
  openReader: { request: { tabId: number; force?: boolean; print?: boolean }; response: { readerTabId: number } };
  /** Popup / reader → background: change one per-site choice for the site of a tab. */
  setSiteChoice: { request: { tabId: number; choice: SiteChoiceName; value: boolean }; response: SiteState };
}

export type MessageName = keyof MessageMap;
export type RequestOf<N extends MessageName> = MessageMap[N]['request'];
export type ResponseOf<N extends MessageName> = MessageMap[N]['response'];

/** The wire format; `channel` keeps foreign messages (other extensions' scripts) out. */
export interface Envelope<N extends MessageName = MessageName> {
  channel: 'tidy-reader';
  name: N;
  request: RequestOf<N>;
}

/** Who sent a message, reduced to what the handlers need. */
export interface SenderInfo {
  tabId?: number;
  frameId?: number;
}

export type Handlers = {
  [N in MessageName]: (request: RequestOf<N>, sender: SenderInfo) => Promise<ResponseOf<N>>;
};

/** A failure that a handler throws on purpose; its kind reaches the caller. */
export class ReplyFailure extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
// Spelled out rather than imported from src/settings: the detector bundles this file and must stay small.
const SITE_CHOICES: readonly string[] = ['alwaysHideClutter', 'neverRun', 'autoOpenReader'] satisfies SiteChoiceName[];

const isOptionalString = (x: unknown): boolean => x === undefined || typeof x === 'string';

function isPageMeasure(x: unknown): x is PageMeasure {
  if (!isRecord(x)) return false;
  if (isRecord(x.failure)) return typeof x.failure.name === 'string' && typeof x.failure.weight === 'number' && isOptionalString(x.failure.detail);
  return (
    Array.isArray(x.features) &&
    x.features.every((f: unknown) => isRecord(f) && typeof f.name === 'string' && Number.isFinite(f.value) && isOptionalString(f.detail))
  );
}

/** Shape checks for incoming requests: the background trusts nothing that arrives as a message. */
const requestGuards: { [N in MessageName]: (x: Record<string, unknown>) => boolean } = {
  reportVerdict: (x) => typeof x.url === 'string' && isPageMeasure(x.measure),
  getTabState: (x) => isTabId(x.tabId),
  getArticle: (x) => isTabId(x.tabId) && typeof x.force === 'boolean',
  setClutter: (x) => isTabId(x.tabId) && typeof x.hidden === 'boolean' && typeof x.remember === 'boolean',
  openReader: (x) =>
    isTabId(x.tabId) && (x.force === undefined || typeof x.force === 'boolean') && (x.print === undefined || typeof x.print === 'boolean'),
  setSiteChoice: (x) => isTabId(x.tabId) && typeof x.choice === 'string' && SITE_CHOICES.includes(x.choice) && typeof x.value === 'boolean',
};

function isMessageName(x: unknown): x is MessageName {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(requestGuards, x);
}

export function makeEnvelope<N extends MessageName>(name: N, request: RequestOf<N>): Envelope<N> {
  return { channel: 'tidy-reader', name, request };
}

function errorReply(kind: ErrorKind, message: string): { ok: false; error: ReplyError } {
  return { ok: false, error: { kind, message } };
}

/** Turns whatever a handler threw into a reply error. */
export function toReplyError(error: unknown): ReplyError {
  if (error instanceof ReplyFailure) return { kind: error.kind, message: error.message };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Routes one incoming message to its handler. Returns undefined for messages that are not ours
 * (so the browser treats them as unanswered) and otherwise a promise that never rejects.
 */
export function dispatchMessage(
  handlers: Handlers,
  message: unknown,
  sender: SenderInfo,
): Promise<Reply<unknown>> | undefined {
  if (!isRecord(message) || message.channel !== 'tidy-reader') return undefined;
  const { name, request } = message;
  if (!isMessageName(name)) return Promise.resolve(errorReply('bad-request', `Unknown message: ${String(name)}`));
  if (!isRecord(request) || !requestGuards[name](request)) {
    return Promise.resolve(errorReply('bad-request', `Malformed request for ${name}`));
  }
  // The guard above checked the shape that RequestOf<typeof name> promises.
  const handler = handlers[name] as (request: unknown, sender: SenderInfo) => Promise<unknown>;
  return (async () => {
    try {
      return { ok: true as const, value: await handler(request, sender) };
    } catch (error) {
      return { ok: false as const, error: toReplyError(error) };
    }
  })();
}

function isReply(x: unknown): x is Reply<unknown> {
  if (!isRecord(x)) return false;
  if (x.ok === true) return 'value' in x;
  return x.ok === false && isRecord(x.error) && typeof x.error.kind === 'string';
}

/** Sends one message through `transport` (runtime.sendMessage) and always resolves to a Reply. */
export async function sendMessage<N extends MessageName>(
  transport: (message: Envelope<N>) => Promise<unknown>,
  name: N,
  request: RequestOf<N>,
): Promise<Reply<ResponseOf<N>>> {
  try {
    const reply = await transport(makeEnvelope(name, request));
    if (!isReply(reply)) return errorReply('internal', `No valid reply to ${name}`);
    // The background's handler for N produced this value.
    return reply as Reply<ResponseOf<N>>;
  } catch (error) {
    return { ok: false, error: toReplyError(error) };
  }
}
