// Builds everything with esbuild:
//   node build.mjs                      the extension for Chrome and Firefox (DIR/chrome, DIR/firefox, zips) + DIR/cli.js
//   node build.mjs --only cli           DIR/cli.js              (also --only=cli)
//   node build.mjs --only bench         DIR/bench.js
//   node build.mjs --only extension     only the extension
//   --outdir DIR                        where everything goes (default dist)
//   --budget NAME=BYTES                 this build only: another byte budget for one bundle (repeatable)
// Every bundle has a byte budget (BUDGETS below): the build prints each size beside its budget and
// fails when one is over, or when a bundle has none. Arguments are parsed strictly: an unknown
// option or value fails with a message instead of building something else.
import { build } from 'esbuild';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { crc32, deflateRawSync } from 'node:zlib';

const PARTS = ['cli', 'bench', 'extension'];
const USAGE = `usage: node build.mjs [--only ${PARTS.join('|')}] [--outdir DIR] [--budget NAME=BYTES]...`;

/**
 * Byte budget of every bundle the build writes, with some headroom over its size when the budget
 * was last set (sizes in the comments). Raise one only with a reason in the commit message.
 */
const BUDGETS = {
  // The content script that runs on every page load: its bytes are compiled in every page.
  'detector.js': 12_800, // 12.8 KB with the headline's neighbourhood ended at a form or a table and without the stopping teaser's card (a forecast page's observation time, a show page's first episode date: +0.28 KB); 12.5 KB with the headline's neighbourhood ended at another story's headline (a linked heading or a card: section fronts' first teaser lent its date and byline to the <h1>, +0.27 KB); 12.2 KB with Chinese, Japanese and Korean paragraphs measured in Latin letters' worth (textWeight, +0.26 KB; issue 8, pages in many languages); 13.9 KB: 11.0 KB, 2.1 KB for pages that load late, SPA moves and inner roots (issue 9),
  // 0.8 KB for the headline window, the declared address and the refitted features (issue 8; their regular expressions run in the background);
  // 10.5 KB once the page only reads facts and the features are computed in the background (issue 11;
  // main-block-share, issue 8, is computed there too, from the paragraphs' facts); 11.1 KB with the
  // attribute-rule table as JSON, which JSON.parse reads faster than script decodes a shorter text (issue 11);
  // 11.4 KB with the candidates' query scoped to the tree within the bound on large pages (-5 ms on 50,000 elements, issue 11);
  // 11.6 KB with the data-* candidates asked apart, where Chromium answers them without a look at every element (issue 11);
  // 11.9 KB with the headline the title names among the first <h1>s, not a logo's <h1> above it (issue 8, +0.4 KB)
  // Injected on demand (the clean article, hiding clutter).
  'cleaner.js': 425_000, // 422.4 KB with session 45's probe-ring steps (an ad slot's label box, page counts, an obituary's florist, live pages' controls, polls, consent placeholders, blog platforms' calls, AI hints, the lead picture's caption and the lead picture of a page without a story container, a live page's posts, bracketed labels, wire rights lines, interview credits: +10.2 KB); 412.2 KB with session 44's probe-ring steps (relative times in 25 languages, a <picture>'s <source> as its <img>'s address, side notes, embedded posts out of their boxes, video players as links, credits, labels in twelve more languages: +11.6 KB); 400.6 KB with the label patterns' gate instead of their joined alternations (pattern-gate.ts: the strings every match of a pattern holds, worked out by the build as a 12.4 KB table, so that a cold page compiles only the patterns a text could match: a new tab's first click 270 ms sooner; session 40, +13.7 KB); 386.9 KB with the month and weekday names of 53 languages as data (src/core/rules/date-names.ts, +29 KB, most of it non-Latin letters written as \u escapes) instead of about 190 Intl.DateTimeFormat objects built at the first date question of every injection (108–158 ms in a Chromium page, 50 ms and ICU's load in Node), dates in a script's own digits, a section's kicker, the author's name with dates as a meta line and the rule patterns joined (session 39, +31.6 KB in all); 355.2 KB with session 38's steps and words: a layout printed again, a cut-off preview, ways back, wiki edit links and navboxes, ranges of references, date-first reading times, and ad, read-also, comment, most-read and channel words in twelve more languages (+6.4 KB); 348.8 KB with teaser cards in rows, under section labels, with long excerpts or ending the story's block (session 37, +0.9 KB); 348.0 KB with a pager's label left alone removed (session 36); 346.9 KB with session 35's four branches (leak rules, Asian pages' lines and the script-weighed minimum, list-item headers and bylines, the detector's media page and dated archives; +9.4 KB, of which 3.3 KB CJK text written as \u escapes: UTF-8 output was tried and left for the extension, see the comment in bundle()); 340.3 KB with Readability's minimum weighed by script and the lines of Chinese, Japanese, Korean, Thai and Indonesian pages: messenger channels, self-media notices, portal promo and staff lines, paywall boxes (session 35 asia, +3.3 KB, mostly CJK text written as \u escapes); 337.0 KB with session 34's related headings and labels (more on <topic>, more <section>, <br> link lists), dek names, figure headers, glued bylines and date labels, printed author pairs and recap titles (+4.3 KB); 332.7 KB with tip lines, player boxes, quote chips and house promos (session 34, +0.7 KB); 328.8 KB with session 33's steps: deks named by data attributes or set as lists, the <h2> headline, caption boxes, heading permalinks, bylines (date words, outlets, gallery authors), promo, wire and follow lines, related labels and declared link titles (+7.1 KB); 321.7 KB with the story continued in another field after the body, the lead art between the headline and the body, dates with readers' counts and at the story's end, a heading left at the end, labels read block by block, and phrases in eight more languages (+7.5 KB); 314.0 KB with a summary app's next stories, a pitch's box, counted comments headings, unnamed players' titles, controls out of the opening's text, printed bylines over an organisation, dates in custom elements, code blocks' inner gutters, and this session's rules and words in more languages (+10.7 KB); 303.3 KB with a site's name in the <h1> over the headline's <h2>, a quote's <footer>, end marks, dates before a long dek and phrases in eight more languages (+3.1 KB); 300.2 KB with accordion questions, scrollytelling steps and chapter headers, a review's verdict aside, a transcript's timestamps, printed bylines and deks after a byline line, screen-reader caption labels, sizes in inline styles, and lines in eight more languages (+7.4 KB); 292.8 KB with paid asides left out, a declared headline over a search title, printed deks, a summary list whole, MathJax's formulas as MathML, sponsor blocks, and credits, dates, bylines and read-also lines in more languages (+4.8 KB); 286.5 KB with a story's asides, a review's rating, open panels and this session's lines in more languages (+7.8 KB); 278.7 KB with the code blocks' toolbars (+1.4 KB); 276.1 KB with a picture's box named "media", the story's next page, source and editor lines in more languages, the date Blogger marks (+1.9 KB); 274.2 KB with fact-checks' declared claims, MathML kept, lead pictures under a wrapped dek or in a saved copy's folder, bylines the page prints, and the rules for podcasts, opinion columns and credits in other scripts (+6.5 KB); 267.7 KB with the story's end at a paywall (the page's declared paywalled part, a pitch after the story; +2.3 KB); 265.1 KB with news CMS, portal and blog-builder pages: print-edition, gift and syndication notes, video captions, comment counts, two-link lists, the lead picture in a header block, sections between kept ones, tweets' blank lines, related headings with a subject and pagers, Thai prose and headlines, bylines without their lead word (+8.5 KB); 256.6 KB with the byline's portrait among the header scraps (+0.5 KB); 256.1 KB with news sites' chrome: screen-reader text, caption toggles, header scraps, bylines from the declaration or the text's marks, "site: story" titles, section fronts, caption parts spaced (+4.2 KB); 251.9 KB with bars of buttons and counts, short deks, code never matched, "Read more" cards and reaction counts (blog platforms, +1.8 KB); 250.3 KB with app, newsletter and follow calls in 14 more languages (+3.6 KB); 246.7 KB with related, trending, ad, comment and share phrases in 20 more languages (+7.9 KB: esbuild writes each non-ASCII character as a 6-byte \u escape, which keeps the source one-byte for V8); 238.6 KB with one walk that finds the possible "Read more:" lines before the harvest reads their openings (+0.4 KB, issue 11); 238.2 KB with the pick's asides and comments left out of the fallback's judgement (+0.5 KB); 237.7 KB with teaser cards after the story moved to Related (trailing-teasers.ts, +4.0 KB); 233.6 KB with the headline the title names for the title and the declared lead (+0.1 KB); 233.5 KB with a story whose address differs from the page's only in its query listed (+0.1 KB); 232.6 KB with a story's opening paragraphs put back above Readability's part (story-opening.ts: the headline, the copy pruned to prose lines, +3.9 KB); 228.6 KB with a story's sections built alike put back beside the one Readability kept (template-sections.ts, +3.0 KB); 225.5 KB with twice-encoded text put back (the mojibake step: its byte tables, the repair of the article's fields, its pictures' descriptions and of a related list, +2.6 KB); 222.6 KB with the donation and membership appeals' patterns in seven languages (support-appeal, +4.2 KB); 218.4 KB with the speed2 branch merged (Readability's checks in a cheaper order, its walks: +1.1 KB); 217.2 KB with the call-to-action buttons' labels (cta-button, +1.4 KB); 215.6 KB with the speed branch's walks and clone and the lone-list-item step (+1.9 KB); 213.7 KB with the story pages' step back (its query read with forEach, so it holds in Firefox's content-script world; +2 KB); 211.7 KB with footnote marks, the standards line, whole CJK sentences and code between paragraphs in the prose measure (quality session, +4.1 KB measured against its parent); 210.0 KB with Readability's and our steps' lists by tag walked under jsdom, queried in browsers (tag-lists.ts, issue 8 speed) and sign-up forms before the parse; 207.4 KB with story pages, embedded posts' fallbacks, dates out of bylines, the meta line below a standfirst, code line numbers, Russian related phrases and the weighted prose measure (genres session, +7.1 KB); 200 KB with the story an infinite scroll's title names, AMP pictures, live-blog posts, pull quotes, gallery counters, soft hyphens and cleaner related lists (issue 8, +4.3 KB); 196 KB with zero-width spacer blocks, open <details>, a local copy's site name, <noscript> parsed as jsdom does, reading-time lines and lone contents titles (issue 8, what real browsers showed: +2.3 KB); 191 KB (+10.1 KB: affiliate, licence, blog-footer, shop, gallery, server-error, channel, disclaimer and house-promo lines, longer notices, date-only meta lines; issue 8): 176 KB (+4.9 KB: rights, feedback and more ad and comment lines in several languages, the table-of-contents step; issue 8): 166 KB: 133 KB, then the click's own verdict and reads-as-article (click flow), inner roots, site-title; +8.4 KB restorable removals (each block's HTML and place, kept blocks, image guard: issue 9 items 2, 6); +1.6 KB the detector's declared-URL and headline features (issue 8)
  'background.js': 95_700, // 95.6 KB with og:type profile, JobPosting and ProfilePage read as the page kinds they are (+267 B); 95.5 KB with the cleaner's read carrying the detector's verdict (its check, +15 B); 95.5 KB with the detector's media-page, dated-archive paths and headline-text gate (+1.2 KB); 94.3 KB with a section's path (/news/world/) not read as a story's and the refit weights; 93.5 KB with schema-published (an article type that gives its date); 93.0 KB with FAQPage read apart from forums' types (issue 8); 81 KB: 75 KB, then the URL, headline and model half of the detector's judgement, moved out of the page (issue 8, 11);
  // 88 KB: +7 KB (not minified) for the rest of the features, computed from the page's facts (issue 11)
  // Runs first in the popup and the reader, parsed before their stylesheets: starts reading the tab while
  // their own bundle loads (issue 11, click to article). The extension API and the settings store, again.
  'boot.js': 64_000, // 59 KB
  'popup.js': 257_000, // 253.8 KB with two more steps' records (closing date, end heading: +0.5 KB); 252.7 KB with the next-page line (+0.5 KB); 251.9 KB with footnote links kept in the page and the paywall note (+0.5 KB); 251.4 KB with the header-scrap step's record (+0.3 KB); 251.1 KB with the count-bar step's record (+0.3 KB); 250.5 KB with walkElements on a TreeWalker (speed branch, +0.7 KB); 249.8 KB with the sanitizer's marks found by walk under jsdom (tag-lists.ts); 249.3 KB with the weighted prose measure of reads-as-article and the new step names (+0.6 KB); 231 KB (read aloud came in: +34 KB; Restore and Always keep in the Removed list, image guard: +14 KB)
  'reader.js': 257_000, // 253.8 KB, as popup.js; 252.7 KB, as popup.js; 251.9 KB, as popup.js; 251.4 KB, as popup.js; 251.1 KB, as popup.js; 250.5 KB, as popup.js; 249.8 KB, as popup.js; 249.4 KB (the same +0.6 KB); 231 KB
  'options.js': 71_000, // 65 KB
  // Node programs (jsdom stays outside, in node_modules).
  'cli.js': 800_000, // 794.9 KB with session 45's steps (as cleaner.js, unminified: +17.9 KB); 777.0 KB with session 44's probe-ring steps (as cleaner.js, unminified: +15.6 KB); 761.4 KB with jsdom's sibling counts only where a Range was (src/node/jsdom-ranges.ts, +3.2 KB: 20,000 sibling <div>s no longer walk 200 million siblings); 758.2 KB with live collections read by index, the ordered sample search and jsdom's child lists recomputed when read (src/node/jsdom-lists.ts; +1.4 KB: a page of 20,000 lines no longer takes over a minute); 756.8 KB with the label patterns' gate (it reads the patterns' sources itself, unminified: +14.7 KB); 741.8 KB with session 39's date names as data and steps (as cleaner.js, unminified, UTF-8: +21.3 KB); 720.3 KB with session 38's steps and words (as cleaner.js, unminified: +9.6 KB); 710.6 KB with teaser cards in rows, under section labels, with long excerpts or ending the story's block (session 37, +2.0 KB); 708.5 KB with a pager's label left alone (as cleaner.js, session 36); 706.7 KB with the detector's media-page, dated archives and headline gate (+1.6 KB, unminified); 705.1 KB with the same (as cleaner.js, unminified; UTF-8 output took 9.0 KB off); 703.1 KB with the same (as cleaner.js, unminified: +6.9 KB); 696.3 KB with the same (as cleaner.js, unminified: +8.0 KB); 688.3 KB with the same (as cleaner.js, unminified: +2.2 KB); 679.8 KB with the same (as cleaner.js, unminified: +13.1 KB); 665.7 KB with the same (as cleaner.js, unminified: +12.9 KB); 652.4 KB with the same (as cleaner.js, unminified: +19.7 KB); 632.7 KB with the same (as cleaner.js, unminified: +5.0 KB); 627.7 KB with the same (as cleaner.js, unminified: +12.6 KB); 615.1 KB with the same (as cleaner.js, unminified: +7.6 KB); 607.5 KB with the read-also lines after the parse (as cleaner.js); 603.8 KB with the same (as cleaner.js, unminified: +12.8 KB); 591.0 KB with the code blocks' toolbars (as cleaner.js, unminified: +4.1 KB); 586.9 KB with the same (as cleaner.js, unminified: +3.5 KB); 583.4 KB with the same (as cleaner.js, unminified: +11.8 KB); 571.5 KB with the story's end at a paywall (as cleaner.js, unminified: +3.9 KB); 567.1 KB with the news CMS, portal and blog-builder pages' steps and rules (as cleaner.js, unminified); 551.4 KB with the byline's portrait (as cleaner.js); 550.6 KB with the news sites' steps and rules (as cleaner.js, +8.2 KB unminified); 542.4 KB with the blog platforms' steps and rules (as cleaner.js, +3.4 KB unminified); 539.2 KB with the app, newsletter and follow calls (as cleaner.js, +4.9 KB); 534.2 KB with the phrases in 20 more languages (as cleaner.js, +9.7 KB); 523.7 KB with the possible "Read more:" lines found in one walk (as cleaner.js, not minified: +0.8 KB); 522.9 KB with the pick's asides left out of the fallback's judgement (+0.8 KB, not minified); 522.1 KB with teaser cards after the story moved to Related (as cleaner.js, not minified: +7.5 KB); 514.6 KB with the headline the title names for the detector, the title and the declared lead (+1.0 KB); 512.5 KB with the story's opening (as cleaner.js, not minified: +8.1 KB); 504.4 KB with the sections built alike (as cleaner.js, not minified: +6.1 KB); 498.2 KB with the mojibake step (as cleaner.js, not minified: +5.3 KB with the attributes a reader meets); 492.3 KB with the donation and membership appeals (support-appeal, +5.6 KB unminified); 486.7 KB with the speed2 branch merged (+2.1 KB unminified); 484.5 KB with the call-to-action buttons' labels (as cleaner.js); 481.8 KB with the merged detector branch (FAQ, headline dates, schema-published) and the lone-list-item step beside the speed branch; 480.1 KB with the speed branch's TreeWalker walks, non-content clone and rule-walk memo (+2.5 KB, not minified); 477.5 KB with the story pages' step back (+3.8 KB, not minified); 473.7 KB with the quality session's steps (+6.9 KB, not minified); 470.8 KB with tag-lists.ts and sign-up forms before the parse; 466 KB with the genres session's steps (as cleaner.js's +7.1 KB, not minified: +11.6 KB); 453 KB with the same work as cleaner.js's +4.3 KB (issue 8, not minified: +5 KB); 441 KB with the streamed segments and the story-coverage check (issue 8, +3.8 KB unminified); 435 KB with the same rules as cleaner.js's +10.1 KB (issue 8, not minified: +17 KB); 417 KB with the section-heading guard (issue 8); 409 KB with rights, feedback, ad and comment lines in more languages and the table-of-contents step (issue 8, +8.2 KB); 369 KB (after cli-input's decoders and the export's Markdown; restorable removals: +8 KB); 400 KB with removed blocks sanitized when printed, the detector's facts step (issues 8, 11), entry forms and the picture-only lead figure (+1.8 KB)
  'bench.js': 819_000, // 813.6 KB with the same (as cli.js); 795.7 KB with the same (as cli.js); 780.3 KB with jsdom's sibling counts only where a Range was (as cli.js, +3.2 KB); 777.1 KB with live collections read by index, the ordered sample search and jsdom's lazy child lists (as cli.js, +1.4 KB); 775.7 KB with the label patterns' gate (as cli.js); 760.4 KB with the same (as cli.js, session 39: +21.3 KB); 739.1 KB with the same (as cli.js, session 38); with the same (as cli.js, session 37); 727.5 KB with the same (as cli.js, session 36); 725.6 KB with the same (as cli.js); 724.0 KB with the same (as cli.js); 722.1 KB with the same (as cli.js); 715.2 KB with the same (as cli.js); 707.2 KB with the same (as cli.js); 698.7 KB with the same (as cli.js); 684.7 KB with the same (as cli.js); 671.3 KB with the same (as cli.js); 651.6 KB with the same (as cli.js); 646.7 KB with the same (as cli.js); 634.1 KB with the same (as cli.js); 626.6 KB with the same (as cli.js); 623.0 KB with the same (as cli.js); 610.2 KB with the code blocks' toolbars (as cli.js); 606.1 KB with the same (as cli.js); 602.4 KB with the same (as cli.js); 590.6 KB with the story's end at a paywall (as cli.js); 586.0 KB with the news CMS, portal and blog-builder pages' steps and rules (as cli.js); 570.3 KB with the byline's portrait (as cli.js); 569.5 KB with the news sites' steps and rules (as cli.js); 561.3 KB with the blog platforms' steps and rules (as cli.js); 558.0 KB with the app, newsletter and follow calls (as cli.js); 553.1 KB with the phrases in 20 more languages (as cli.js); 542.6 KB with the possible "Read more:" lines found in one walk (as cli.js); 541.8 KB with the pick's asides left out (as cli.js); 541.0 KB with teaser cards after the story moved to Related (as cli.js); 533.1 KB with the headline the title names (as cli.js); 531.0 KB with the story's opening (as cli.js); 522.9 KB with the sections built alike (as cli.js); 516.7 KB with the mojibake step (as cli.js); 510.9 KB with the donation and membership appeals (as cli.js); 505.3 KB with the speed2 branch merged (as cli.js); 503.1 KB with the call-to-action buttons' labels (as cleaner.js); 500.3 KB with the merged detector branch and the lone-list-item step beside the speed branch (as cli.js); 498.6 KB with the speed branch's walks and clone (+2.5 KB, as cli.js); 496.1 KB with the story pages' step back (+3.8 KB); 492.3 KB with the quality session's steps (+6.8 KB); 489.4 KB with tag-lists.ts and sign-up forms before the parse; 484 KB with the genres session's steps (+11.6 KB); 471 KB with the same work as cleaner.js's +4.3 KB (issue 8); 460 KB with the streamed segments and the story-coverage check (issue 8); 454 KB with the same rules (issue 8); 402 KB (restorable removals: +8 KB; the trafilatura set, snippet scoring, bad losses and the not-shown judge: +46 KB)
};

class BuildError extends Error {}

const pkg = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      strict: true,
      allowPositionals: false,
      options: {
        only: { type: 'string' },
        outdir: { type: 'string', default: 'dist' },
        budget: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new BuildError(`${error.message}\n${USAGE}`);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (parsed.only !== undefined && !PARTS.includes(parsed.only)) {
    throw new BuildError(`--only must be one of ${PARTS.join(', ')}, not "${parsed.only}"\n${USAGE}`);
  }
  if (parsed.outdir === '') throw new BuildError(`--outdir needs a folder\n${USAGE}`);
  const budgets = { ...BUDGETS };
  for (const entry of parsed.budget) {
    const match = /^([\w.-]+)=(\d+)$/.exec(entry);
    if (!match || !Object.hasOwn(BUDGETS, match[1])) {
      throw new BuildError(`--budget wants NAME=BYTES with NAME one of ${Object.keys(BUDGETS).join(', ')}, not "${entry}"\n${USAGE}`);
    }
    budgets[match[1]] = Number(match[2]);
  }
  const only = parsed.only;
  return {
    parts: new Set(only ? [only] : ['extension', 'cli']),
    outdir: parsed.outdir,
    budgets,
  };
}

/** Prints each bundle's size beside its budget; throws, before anything is written, when one is over (or has none). */
function checkBudgets(sizes, budgets) {
  const over = [];
  for (const [name, bytes] of sizes) {
    const budget = budgets[name];
    if (budget === undefined) {
      over.push(`${name} has no budget: add one to BUDGETS in build.mjs`);
      console.log(`  ${name} ${bytes} B, no budget`);
      continue;
    }
    console.log(`  ${name} ${bytes} B, budget ${budget} B (${Math.round((bytes / budget) * 100)}%)`);
    if (bytes > budget) over.push(`${name} is ${bytes} bytes, over its budget of ${budget}`);
  }
  if (over.length > 0) throw new BuildError(`bundle budget exceeded:\n  ${over.join('\n  ')}`);
}

/**
 * A Node program over src/core. The runtime dependencies that only Node programs use stay external,
 * loaded from node_modules like any installed package: jsdom, and the decoders of src/node
 * (@exodus/bytes alone would add 414 KB of encoding tables to each program).
 */
async function buildNode(entry, outfile, budgets) {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['jsdom', '@exodus/bytes', 'html-encoding-sniffer'],
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __tidyCreateRequire } from "node:module";\nconst require = __tidyCreateRequire(import.meta.url);' },
    define: { __VERSION__: JSON.stringify(pkg.version) },
    // Node programs: the rules' phrases as UTF-8, 3 bytes a CJK character instead of a 6-byte escape.
    charset: 'utf8',
    logLevel: 'warning',
    write: false,
  });
  const [output] = result.outputFiles;
  checkBudgets([[basename(outfile), output.contents.length]], budgets);
  await writeFile(outfile, output.contents);
  await chmod(outfile, 0o755);
  console.log(`${entry} -> ${outfile}`);
}

// ---- The extension --------------------------------------------------------------------------

/** Stable add-on id: Firefox keys storage and the moz-extension:// host on it. */
const GECKO_ID = 'tidy-reader@tidy-reader';
/** 1980-01-01 00:00, the earliest DOS date: zips do not depend on when or where they were built. */
const ZIP_DATE = (0 << 9) | (1 << 5) | 1;

const SCRIPTS = {
  // Content scripts are minified: they are parsed inside the user's pages.
  content: { detector: 'src/content/detector.ts', cleaner: 'src/content/cleaner.ts' },
  extensionPages: {
    background: 'src/background/main.ts',
    // The popup's and the reader's first script (src/render/boot.ts), before their own.
    boot: 'src/render/boot.ts',
    popup: 'src/popup/popup.ts',
    reader: 'src/reader/reader.ts',
    options: 'src/options/options.ts',
  },
};
/**
 * The popup and the reader are one page: src/render/page.html, written out once per entry with
 * {{page}} replaced by its name (its own stylesheet and script), so the two cannot drift apart.
 */
const READING_PAGE_TEMPLATE = 'src/render/page.html';
const READING_PAGES = ['popup', 'reader'];
const STATIC_FILES = {
  'popup.css': 'src/popup/popup.css',
  'reader.css': 'src/reader/reader.css',
  'article.css': 'src/render/article.css',
  'options.html': 'src/options/options.html',
  'options.css': 'src/options/options.css',
  'themes.css': 'src/theme/themes.css',
  'print.css': 'src/export/print.css',
};
/** The browsers read the UI strings from _locales/<lang>/messages.json ("default_locale": "en"). */
const LOCALES_DIR = '_locales';

/**
 * The one place where the two browsers differ: Chrome runs the background as a service worker,
 * Firefox as an event page and wants its add-on id, minimum versions and data-collection consent.
 */
function manifestFor(base, target, version) {
  const { manifest_version, name, ...rest } = base;
  const manifest = { manifest_version, name, version, ...rest };
  if (target === 'chrome') return { ...manifest, background: { service_worker: 'background.js' } };
  return {
    ...manifest,
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** popup.html and reader.html from the one template; a placeholder left unfilled fails the build. */
async function addReadingPages(files) {
  const template = await readFile(READING_PAGE_TEMPLATE, 'utf8');
  for (const page of READING_PAGES) {
    const html = template.replaceAll('{{page}}', page);
    const left = html.match(/\{\{[^}]*\}\}/);
    if (left) throw new Error(`${READING_PAGE_TEMPLATE}: unknown placeholder ${left[0]}`);
    files.set(`${page}.html`, Buffer.from(html));
  }
}

/**
 * V8's compile hint for the detector (Chromium 136+; a plain comment elsewhere): compile every
 * function with the script, in one pass, instead of pre-parsing each and parsing it again on its
 * first call. The detector calls nearly all of its functions on every page load; the trace showed
 * ~40 separate lazy compiles, and the hint took ~0.5 ms off the detector's time in Chromium.
 */
const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * What `name`, exported by the module `entry`, returns, run in Node at build time: tables worked out
 * here once instead of in every page a content script runs in. The detector's attribute-rule table
 * (src/core/detect-attribute-rules.ts: encodeRuleTable, and why) and the cleaner's label-pattern gate
 * (src/core/clean/pattern-gate.ts: encodeGateTable).
 */
async function buildTimeValue(entry, name) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
  return module[name]();
}

async function bundle(entryPoints, minify, banner = '', footer = '', define = {}) {
  const result = await build({
    entryPoints,
    define,
    banner: { js: banner },
    footer: { js: footer },
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    minify,
    write: false,
    outdir: '/out',
    legalComments: minify ? 'none' : 'eof',
    // ASCII output (esbuild's default): a non-ASCII character costs a 6-byte \u escape, but the script
    // stays a one-byte source for V8. Written as UTF-8, one Thai or Chinese letter in the rules would make
    // V8 hold the whole detector (run on every page) and cleaner as two-byte strings: not done without
    // measuring the page load and the click (docs/benchmark-log.md, session 35).
    logLevel: 'warning',
  });
  return result.outputFiles.map((file) => [file.path.slice('/out/'.length), Buffer.from(file.contents)]);
}

/** A ZIP archive of [name, bytes] entries: sorted, deflated, fixed dates, no extra fields. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(0, 10); // time 00:00
    local.writeUInt16LE(ZIP_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS semantics, spec 2.0
    local.copy(central, 6, 4, 30); // version needed … name length: identical to the local header
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt32LE(0, 34); // disk number + internal attributes
    central.writeUInt32LE(0, 38); // external attributes
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Copies every _locales/<lang>/messages.json (parsed and re-serialised, so a broken catalogue fails
 * the build) and checks that each __MSG_name__ of the manifest exists in the default locale.
 */
async function addLocales(files, manifest) {
  const catalogues = new Map();
  for (const lang of (await readdir(LOCALES_DIR)).sort()) {
    const path = join(LOCALES_DIR, lang, 'messages.json');
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    let messages;
    try {
      messages = JSON.parse(text);
    } catch (error) {
      throw new Error(`${path} is not valid JSON: ${error.message}`);
    }
    catalogues.set(lang, messages);
    files.set(`_locales/${lang}/messages.json`, Buffer.from(`${JSON.stringify(messages, null, 2)}\n`));
  }
  const fallback = catalogues.get(manifest.default_locale);
  if (!fallback) throw new Error(`manifest.json: default_locale "${manifest.default_locale}" has no ${LOCALES_DIR}/ catalogue`);
  for (const [, name] of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) {
    if (!Object.hasOwn(fallback, name)) throw new Error(`manifest.json uses __MSG_${name}__, which ${LOCALES_DIR}/${manifest.default_locale} lacks`);
  }
}

/**
 * cleaner.js's last statement: its value is what scripting.executeScript({files}) returns, the answers
 * to the calls left waiting for it (CleanerApi.runPending in src/content/cleaner-protocol.ts).
 */
const CLEANER_FOOTER = ';globalThis.__tidyReaderCleaner?.runPending();';

async function buildExtension(root, budgets) {
  const base = JSON.parse(await readFile('manifest.json', 'utf8'));
  const { detector, ...onDemand } = SCRIPTS.content;
  const files = new Map([
    ...(await bundle({ detector }, true, EAGER_COMPILE_HINT, '', {
      __TIDY_DETECT_RULE_TABLE__: JSON.stringify(await buildTimeValue('src/core/detect-attribute-rules.ts', 'encodeRuleTable')),
    })),
    ...(await bundle(onDemand, true, '', CLEANER_FOOTER, {
      __TIDY_GATE_TABLE__: JSON.stringify(await buildTimeValue('src/core/clean/pattern-gate.ts', 'encodeGateTable')),
    })),
    ...(await bundle(SCRIPTS.extensionPages, false)),
  ]);
  checkBudgets(
    [...Object.keys(SCRIPTS.content), ...Object.keys(SCRIPTS.extensionPages)].map((name) => [`${name}.js`, files.get(`${name}.js`).length]),
    budgets,
  );
  for (const [name, source] of Object.entries(STATIC_FILES)) files.set(name, await readFile(source));
  await addReadingPages(files);
  for (const icon of (await readdir('icons')).filter((f) => f.endsWith('.png'))) {
    files.set(`icons/${icon}`, await readFile(join('icons', icon)));
  }
  await addLocales(files, base);
  for (const target of ['chrome', 'firefox']) {
    const dir = join(root, target);
    await rm(dir, { recursive: true, force: true });
    const manifest = manifestFor(base, target, pkg.version);
    const entries = [...files, ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]];
    for (const [name, data] of entries) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), data);
    }
    await writeFile(join(root, `tidy-reader-${pkg.version}-${target}.zip`), zip(entries));
  }
  console.log(`extension ${pkg.version} -> ${root}/chrome, ${root}/firefox (+ zips)`);
}

/** Node programs over src/core, by --only name. */
const NODE_PROGRAMS = {
  cli: 'src/cli/main.ts',
  bench: 'src/bench/main.ts',
};

async function main() {
  const { parts, outdir, budgets } = options();
  await mkdir(outdir, { recursive: true });
  for (const [name, entry] of Object.entries(NODE_PROGRAMS)) {
    if (parts.has(name)) await buildNode(entry, join(outdir, `${name}.js`), budgets);
  }
  if (parts.has('extension')) await buildExtension(outdir, budgets);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  console.error(`build.mjs: ${error.message}`);
  process.exitCode = 1;
}
