// A video the story embeds from a video site (YouTube, Vimeo, Dailymotion) is an <iframe> that the clean
// view never loads: the sanitizer drops every frame (no request of ours goes out). The story's "watch the
// set:" and the caption under the player then pointed at nothing (probe ring media). The frame becomes a
// line with a link to the video's own page, named by the frame's title; the reader follows it or not.
import { listOf } from '../tag-lists';

/** Embed addresses of the video sites whose player pages are known, and the page each video has there. */
const PLAYERS: ReadonlyArray<readonly [RegExp, (id: string) => string]> = [
  [/^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})(?:[?#/]|$)/i, (id) => `https://www.youtube.com/watch?v=${id}`],
  [/^(?:https?:)?\/\/player\.vimeo\.com\/video\/(\d{3,15})(?:[?#/]|$)/i, (id) => `https://vimeo.com/${id}`],
  [/^(?:https?:)?\/\/(?:www\.)?dailymotion\.com\/embed\/video\/(\w{3,20})(?:[?#/]|$)/i, (id) => `https://www.dailymotion.com/video/${id}`],
];

/** A frame title that names the player, not the video ("YouTube video player"). */
const PLAYER_TITLE = /^(?:(?:youtube|vimeo|dailymotion)(?: video)?(?: player)?|video(?: player)?|embedded (?:content|video)|iframe)$/i;

/** A YouTube player of a playlist: "…/embed/videoseries?list=PL…". */
const PLAYLIST = /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/videoseries\?(?:[^#]*&)?list=([\w-]{6,64})/i;

/** The page of the embedded video (or playlist), or null when the frame is not a known site's player. */
export function videoPage(src: string): string | null {
  const list = PLAYLIST.exec(src.trim())?.[1];
  if (list) return `https://www.youtube.com/playlist?list=${list}`;
  for (const [pattern, page] of PLAYERS) {
    const id = pattern.exec(src.trim())?.[1];
    if (id && id !== 'videoseries') return page(id);
  }
  return null;
}

/** The address as a line shows it: without its scheme and "www.". */
function shortAddress(url: string): string {
  return url.replace(/^https:\/\/(?:www\.)?/, '');
}

/**
 * Replaces each known video site's player frame under root with a paragraph linking the video's page
 * ("▶ <title>", or its address when the frame names only its player: "▶ vimeo.com/76979871"), in place;
 * returns how many.
 * Runs after the links are made absolute: a frame's src written "//www.youtube.com/embed/…" is read so.
 */
export function linkEmbeddedVideos(root: Element): number {
  const players: { frame: Element; page: string; title: string }[] = [];
  for (const frame of listOf(root.getElementsByTagName('iframe'))) {
    // A lazy player keeps its address in data-src until it scrolls into view (src "about:blank").
    const page = videoPage(frame.getAttribute('src') ?? '') ?? videoPage(frame.getAttribute('data-src') ?? '');
    if (page) players.push({ frame, page, title: (frame.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim() });
  }
  // A title that several different videos share is the template's, not theirs (WCXB 0272: nine
  // videos, each "Beginner's Guide to Types of Cameras … - video").
  const pagesByTitle = new Map<string, Set<string>>();
  for (const { page, title } of players) pagesByTitle.set(title, (pagesByTitle.get(title) ?? new Set()).add(page));
  for (const { frame, page, title } of players) {
    const own = title && !PLAYER_TITLE.test(title) && (pagesByTitle.get(title)?.size ?? 0) === 1;
    const doc = frame.ownerDocument;
    const line = doc.createElement('p');
    const link = line.appendChild(doc.createElement('a'));
    link.setAttribute('href', page);
    link.textContent = `▶ ${own ? title : shortAddress(page)}`;
    frame.replaceWith(line);
  }
  return players.length;
}
