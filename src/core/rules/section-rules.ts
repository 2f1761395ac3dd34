// Sections after or beside a story: tags, comments, author bios, most-read rails, related lists.
import type { ClutterRule } from './rule-types';

export const sectionRules = [
  {
    id: 'tag-list',
    category: 'tags',
    match: {
      tokens: ['tags', 'tag-list', 'tag-cloud', 'taglist', 'post-tags', 'article-tags', 'entry-tags', 'hashtags', 'keywords-list', 'topics-list'],
      labels: { en: ['hashtags', 'tags', 'topics', 'related topics', 'filed under'], de: ['schlagworte', 'themen'], fr: ['mots-clés'], es: ['etiquetas', 'temas'] },
      headings: { en: ['hashtags', 'tags', 'related topics', 'topics'], de: ['schlagworte'], es: ['etiquetas'] },
    },
    maxChars: 500,
    reason: 'tag or hashtag list',
  },
  {
    id: 'comments',
    category: 'comments',
    match: {
      tokens: ['comments', 'comment-list', 'comments-area', 'comment-section', 'comments-section', 'commentlist', 'disqus', 'disqus-thread', 'comment-respond', 'respond', 'coral', 'talk-stream', 'comment-form', 'comments-link', 'comment-count', 'comment-box', 'comments-box'],
      selectors: ['#disqus_thread', '#comments', '#respond', 'coral-embed'],
      labels: {
        en: [
          'comments', 'comment', 'no comments yet', 'be the first to comment', 'leave a comment', 'leave a reply',
          'post a comment', 'add a comment', 'join the conversation', 'show comments', 'view comments', 'load comments',
        ],
        de: ['kommentare', 'kommentieren'],
        es: ['comentarios'],
        fr: ['commentaires'],
        zh: ['评论', '网友评论', '暂无评论', '发表评论', '评论区'],
        ja: ['コメント'],
      },
      patterns: [/^\d{1,5} comments?$/i, /^comments \(\d{1,5}\)$/i, /^暂无评论.{0,20}$/],
      headings: { en: ['comments', 'leave a reply', 'leave a comment', 'join the conversation'], de: ['kommentare'], fr: ['commentaires'], es: ['comentarios'], zh: ['网友评论', '评论', '热门评论'], ja: ['コメント'] },
    },
    reason: 'comment section',
  },
  {
    id: 'author-bio',
    category: 'author-bio',
    match: {
      tokens: ['author-bio', 'author-box', 'about-author', 'about-the-author', 'author-info', 'author-card', 'authorbox', 'author-details', 'bio-box', 'byline-bio', 'post-author', 'entry-author-info', 'author-block', 'author-profile-box'],
      headings: { en: ['about the author', 'about the authors'] },
    },
    maxChars: 1200,
    reason: 'author biography box',
  },
  {
    id: 'trending-rail',
    category: 'trending',
    match: {
      tokens: ['most-read', 'mostread', 'most-popular', 'mostpopular', 'most-viewed', 'trending', 'popular-posts', 'popular-stories', 'top-stories-rail', 'most-shared'],
      headings: {
        en: ['most read', 'most popular', 'trending', 'trending now', 'most viewed', 'popular now', 'most shared'],
        de: ['meistgelesen', 'am meisten gelesen'],
        fr: ['les plus lus'],
        es: ['lo más leído'],
      },
    },
    maxChars: 3000,
    reason: 'most-read or trending rail',
  },
  {
    id: 'related-block',
    category: 'related',
    match: {
      tokens: ['related-articles', 'related-posts', 'related-stories', 'related-content', 'related-links', 'read-next', 'more-stories', 'recommended', 'recommendations', 'you-may-like', 'more-from'],
      headings: {
        en: ['related articles', 'related stories', 'related posts', 'related', 'read next', 'read more', 'more stories', 'you may also like', 'recommended for you', 'more from', 'see also'],
        de: ['mehr zum thema', 'das könnte sie auch interessieren'],
        fr: ['à lire aussi', 'sur le même sujet'],
        es: ['te puede interesar', 'noticias relacionadas'],
      },
    },
    maxChars: 3000,
    reason: 'related or recommended article list',
  },
] as const satisfies readonly ClutterRule[];
