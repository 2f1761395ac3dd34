// The pages the CLI tests feed in: a realistic news page, with room for injected markup.

export const PARAGRAPHS = [
  'The harbour authority confirmed on Tuesday that the new breakwater will be finished two months ahead of schedule, after a dry winter let crews pour concrete almost without interruption.',
  'Engineers had feared that the storms of early spring would delay the last section, which faces the open sea and carries the heaviest armour stones of the whole structure.',
  'Fishermen who use the inner basin said the calmer water had already changed their working day, with boats leaving earlier and returning with less damage to their gear.',
  'The project, financed jointly by the port and the regional government, cost slightly less than budgeted, according to figures published by the authority this week.',
  'Local shop owners hope the finished harbour will bring back the ferry service that stopped calling at the town a decade ago when the old pier became unsafe.',
  'A public ceremony is planned for the first weekend of June, when the breakwater path will open to walkers for the first time since construction began.',
];

/** A news page: header, nav, article with an ad slot, related links, footer. Extra body HTML is injected in the article. */
export function newsPage(options: { title?: string; extraHead?: string; extraBody?: string; paragraphs?: string[] } = {}): string {
  const title = options.title ?? 'Harbour breakwater to open two months early';
  const paragraphs = (options.paragraphs ?? PARAGRAPHS).map((p) => `<p>${p}</p>`);
  const body = [...paragraphs.slice(0, 3), options.extraBody ?? '', '<div class="ad-slot"><span>Advertisement</span></div>', ...paragraphs.slice(3)];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Coast Courier</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Coast Courier">
<meta property="article:published_time" content="2026-03-03T08:00:00Z">${options.extraHead ?? ''}</head>
<body><header><a href="/">Coast Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Ana Ribeiro</p>
${body.join('\n')}
</article>
<aside class="related"><h2>Related Articles</h2><ul>
<li><a href="/news/ferry-returns?utm_source=rel">Ferry operator studies a return to the harbour</a></li>
<li><a href="/news/storm-season-review">Storm season review: the winter that never came</a></li>
<li><a href="/news/fishing-quotas-2026">Fishing quotas for 2026 set after long talks</a></li>
</ul></aside></main>
<footer><p>© 2026 Coast Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}
