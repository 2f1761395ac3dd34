// Sections after or beside a story: tags, comments, author bios, most-read rails, related lists.
// Notes name the fixture or dev-set page a risky entry was seen on (see ad-rules.ts). A heading rule
// removes the heading and the small section it opens, only when the heading comes first in it.
import type { ClutterRule } from './rule-types';
import { RELATED_HEADINGS, TRENDING_HEADINGS } from './related-phrases';

export const sectionRules = [
  {
    id: 'tag-list',
    category: 'tags',
    match: {
      tokens: [
        'tags', // br-separated; WCXB 0042, 0031 (prism-tags)
        'tag-list', 'tag-cloud', 'taglist', 'post-tags', 'article-tags', 'entry-tags',
        'hashtags', // seed-aggregator (story__hashtags)
        'keywords-list', 'topics-list',
      ],
      labels: {
        en: ['hashtags', 'tags', 'topics', 'related topics', 'filed under'],
        de: ['schlagworte', 'themen'],
        fr: ['mots-clés'],
        es: ['etiquetas', 'temas'], // spanish-publicidad ("Temas")
      },
      headings: { en: ['hashtags', 'tags', 'related topics', 'topics'], de: ['schlagworte'], es: ['etiquetas'] },
    },
    maxChars: 500,
    reason: 'tag or hashtag list',
  },
  {
    id: 'comments',
    category: 'comments',
    match: {
      tokens: [
        'comments', // arabic-rtl, br-separated, microdata, seed-aggregator, semantic-html5
        'comment-list', 'comments-area', 'comment-section', 'comments-section', 'commentlist', 'disqus', 'disqus-thread',
        'comment-respond',
        'respond', // WordPress's reply form (id="respond"): microdata; WCXB 0006, 0007
        // No bare "coral": on the dev sets it only named a colour (WooCommerce's product_tag-coral, WCXB 0599;
        // text-gradient-purple-coral, WCXB 2902). The Coral Project's own embed is coral-embed / coral_talk_stream.
        'talk-stream', // traf 0135, 0811 (coral_talk_stream)
        'comment-form', 'comments-link', 'comment-count',
        'comment-box', // chinese-ad
        'comments-box',
        // An obituary's guest book: the readers' condolences, signed
        'guestbook', 'guest-book',
      ],
      selectors: ['#disqus_thread', '#comments', '#respond', 'coral-embed'],
      labels: {
        en: [
          'comments', 'comment', 'no comments yet', 'be the first to comment', 'leave a comment', 'leave a reply',
          'post a comment', 'add a comment', 'join the conversation', 'show comments', 'view comments', 'load comments',
          'comments are closed', 'comments closed', 'no comments',
        ],
        de: ['kommentare', 'kommentieren', 'kommentare geschlossen', 'kommentare sind geschlossen', 'keine kommentare'], // traf 0083, 0818
        es: ['comentarios', 'comentarios cerrados', 'los comentarios están cerrados', 'sin comentarios', 'no hay comentarios'],
        fr: ['commentaires', 'commentaires fermés', 'les commentaires sont fermés', 'aucun commentaire'],
        zh: ['评论', '网友评论', '暂无评论', '发表评论', '评论区', '評論', '留言'],
        ja: ['コメント', 'コメントする'],
        it: ['commenti', 'lascia un commento', 'nessun commento'],
        pt: ['comentários', 'deixe um comentário', 'nenhum comentário'],
        nl: ['reacties', 'reageer', 'geen reacties'],
        pl: ['komentarze', 'dodaj komentarz', 'brak komentarzy'],
        ru: ['комментарии', 'оставить комментарий', 'комментариев нет', 'нет комментариев'],
        tr: ['yorumlar', 'yorum yap', 'henüz yorum yapılmamış'],
        id: ['komentar', 'tulis komentar', 'belum ada komentar'],
        vi: ['bình luận', 'ý kiến bạn đọc', 'chưa có bình luận nào'],
        ko: ['댓글', '댓글쓰기', '등록된 댓글이 없습니다'],
        sv: ['kommentarer', 'kommentera'],
        da: ['kommentarer', 'kommentér'],
        cs: ['komentáře', 'diskuse'],
        ar: ['التعليقات', 'تعليقات', 'أضف تعليق'],
        hu: ['hozzászólások', 'hozzászólás', 'szóljon hozzá', 'kommentek'],
        fi: ['kommentit', 'kommentoi'],
        nb: ['kommentarer', 'kommenter'],
        bg: ['коментари', 'коментирай'],
        lt: ['komentarai', 'komentuoti'],
        tl: ['mga komento', 'magkomento'],
        // Probe ring lang9: Pashto ("no comments yet" below), Armenian, Azerbaijani, Icelandic, Albanian, Mongolian
        ps: ['نظرونه', 'خپل نظر ولیکئ'], hy: ['մեկնաբանություններ'], az: ['şərhlər', 'rəylər'], is: ['athugasemdir'],
        sq: ['komente', 'komentet'], mn: ['сэтгэгдэл', 'сэтгэгдлүүд'],
      },
      patterns: [
        /^\d{1,5} comments?$/i, /^comments \(\d{1,5}\)$/i, /^暂无评论.{0,20}$/,
        // The same count in the languages of the labels above: "Kommentare (3)", "12 comentarios", "التعليقات (0)"
        // (probe ring aggregators)
        /^(?:kommentare|comentarios|commentaires|commenti|comentários|reacties|komentarze|комментарии|yorumlar|komentar|bình luận|댓글|التعليقات|تعليقات|hozzászólások|kommentit|kommentarer|коментари|komentarai|评论|評論|コメント)\s?[(（]\d{1,5}[)）]$/u,
        /^\d{1,5}\s(?:kommentare?|comentarios?|commentaires?|commenti|comentários?|reacties|komentarz[ye]?|комментари(?:й|ев|я)|yorum|komentar|bình luận|댓글|تعليقات?|hozzászólás|kommentit|kommentarer)$/u,
        // The comment form's sign-in line (traf 0424: "Sie müssen eingeloggt sein um Kommentare zu schreiben!")
        /^you must be (?:logged in|signed in|registered) to (?:post|leave|write) a comment.{0,40}$/,
        /^(?:sie müssen|du musst) (?:eingeloggt|angemeldet|registriert) sein,? um (?:einen )?kommentare? (?:zu )?(?:schreiben|verfassen|abgeben|hinterlassen).{0,40}$/u,
        /^vous devez être (?:connecté|connectée|inscrit|inscrite) pour (?:publier|poster|laisser|écrire) un commentaire.{0,40}$/u,
        /^(?:debes|debe|tienes que) (?:iniciar sesión|estar registrado|registrarte) para (?:publicar|escribir|dejar) (?:un )?comentarios?.{0,40}$/u,
        // "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)" (traf 0818)
        /^(?:keine kommentare|no comments(?: yet)?|sin comentarios|aucun commentaire)\s?\(.{1,80}\)$/u,
        // "There are no comments yet, be the first" in the languages of the headings below
        /^(?:belum ada komentar|chưa có bình luận(?: nào)?|henüz yorum yapılmamış|henüz yorum yok|комментариев (?:пока )?нет|пока нет комментариев|brak komentarzy|nessun commento|nenhum comentário|ainda não há comentários|geen reacties|aún no hay comentarios|todavía no hay comentarios|pas encore de commentaires?|noch keine kommentare|لا توجد تعليقات(?: بعد)?|لا تعليقات(?: بعد)?)(?![\p{L}\p{N}]).{0,60}$/u,
        /^(?:등록된 댓글이 없습니다|아직 댓글이 없습니다|暂无评论|还没有评论|まだコメントはありません).{0,40}$/u,
        /^تر اوسه (?:هیڅ )?نظر نه دی (?:لیکل|ورکړل) شوی.{0,40}$/u,
      ],
      headings: {
        en: ['comments', 'leave a reply', 'leave a comment', 'join the conversation', 'guest book', 'sign the guest book'], de: ['kommentare'], fr: ['commentaires'], es: ['comentarios'],
        zh: ['网友评论', '评论', '热门评论', '評論'], ja: ['コメント'], it: ['commenti'], pt: ['comentários'], nl: ['reacties'], pl: ['komentarze'],
        ru: ['комментарии'], tr: ['yorumlar'], id: ['komentar'], vi: ['bình luận', 'ý kiến bạn đọc'], ko: ['댓글'], ar: ['التعليقات'],
        hu: ['hozzászólások'], fi: ['kommentit'], nb: ['kommentarer'], bg: ['коментари'], lt: ['komentarai'], tl: ['mga komento'],
        ps: ['نظرونه'], hy: ['մեկնաբանություններ'], az: ['şərhlər'], is: ['athugasemdir'], sq: ['komente', 'komentet'], mn: ['сэтгэгдэл'],
      },
    },
    reason: 'comment section',
  },
  {
    id: 'author-bio',
    category: 'author-bio',
    match: {
      tokens: [
        'author-bio', 'author-box', 'about-author', 'about-the-author',
        'author-info', // WCXB 0078 (zox-author-info-wrap). Risky: also the byline block at the top (WCXB 0096); maxChars 1200 keeps a bio's size
        'author-card', 'authorbox', 'author-details', 'bio-box', 'byline-bio',
        'post-author', // long-article; WCXB 0035 (post-author-container). Risky like author-info: bylines use it too
        'entry-author-info', 'author-block', 'author-profile-box',
      ],
      // The box's heading in the languages we meet ("Über den Autor" above a bio plugin's box, traf 0959)
      headings: {
        en: ['about the author', 'about the authors'],
        de: ['über den autor', 'über die autorin', 'über die autoren', 'zum autor', 'zur autorin'],
        es: ['sobre el autor', 'sobre la autora'],
        fr: ["à propos de l'auteur", "à propos de l'autrice", "l'auteur"],
        it: ["sull'autore", "l'autore"],
        nl: ['over de auteur'],
        pt: ['sobre o autor', 'sobre a autora'],
      },
    },
    maxChars: 1200,
    reason: 'author biography box',
  },
  {
    // The line that says the views are the author's own, not the publisher's: "Dieser Beitrag gibt die
    // Meinung des Autors wieder, nicht notwendigerweise die der Redaktion" (traf 0652), "The views
    // expressed in this article are those of the author and do not necessarily reflect …". A standing
    // disclaimer under guest posts and blogs, never a sentence of the story.
    id: 'opinion-disclaimer',
    category: 'author-bio',
    match: {
      patterns: [
        /^(?:the )?(?:views|opinions|views and opinions) expressed (?:in this (?:article|post|piece|column|blog|op-ed) |here(?:in)? )?are (?:solely |entirely |only )?(?:(?:those|that) of the (?:author|authors|writer|writers|contributor|contributors)\b|(?:the )?(?:author|writer|columnist|contributor)(?:'|’)s own\b).{0,200}$/,
        // A contributor network's line: "Opinions expressed by Forbes Contributors are their own." (getty-credit-contributor-note)
        /^(?:the )?(?:views|opinions)(?: and (?:views|opinions))? expressed by (?:[\p{L}\p{N}&'’.-]+ ){0,3}(?:contributors?|writers?|authors?|columnists?|bloggers?) are (?:solely |entirely )?(?:their|his|her) own\b.{0,120}$/u,
        /^(?:dieser|der) (?:beitrag|artikel|text|kommentar|gastbeitrag|blogbeitrag) (?:gibt|spiegelt) (?:ausschließlich |allein |nur )?die (?:meinung|ansicht|auffassung)(?:en)? (?:des|der) (?:autors|autorin|autoren|verfassers|verfasserin|autor\*in|autor:in)\b.{0,160}$/u,
        /^(?:les opinions|les propos) (?:exprimée?s )?(?:dans cet article |ici )?(?:n'engagent|n’engagent) que (?:leur|son) auteur.{0,120}$/u,
        /^(?:las opiniones|la opinión) (?:expresadas? )?(?:en este artículo )?(?:son|es) (?:de )?(?:exclusiva )?responsabilidad (?:exclusiva )?de (?:su|sus|el|los) autor(?:es)?\b.{0,120}$/u,
      ],
    },
    patternChars: 300,
    insideArticleOnly: true,
    reason: "a disclaimer that the views are the author's own",
  },
  {
    // The self-media platform's notice under every user's post (网易号, 搜狐号, 百家号), and its English
    // twin: "特别声明：以上内容(…)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。", "声明：该文观点仅
    // 代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。" (probe ring asia, netease-like; fixture
    // asia-selfmedia-disclaimer). The notice's opening is required: a story's sentence may quote the phrase.
    id: 'platform-disclaimer',
    category: 'author-bio',
    match: {
      patterns: [
        /^(?:(?:特别|免责|重要)?声明\s?[:：]\s?)?(?:以上内容|以上文章|本文|该文|此文).{0,160}(?:仅提供信息存储(?:空间)?服务|不代表(?:本)?(?:网站|平台|站)(?:的)?(?:观点|立场))[^。]{0,40}$/u,
        /^(?:特别|免责|重要)?声明\s?[:：].{0,160}(?:仅提供信息存储(?:空间)?服务|不代表(?:本)?(?:网站|平台|站)(?:的)?(?:观点|立场))[^。]{0,40}$/u,
        /^(?:notice\s?:\s?)?the content above\b.{0,200}\bonly provides? information storage services?\b.{0,40}$/u,
      ],
    },
    patternChars: 300,
    insideArticleOnly: true,
    reason: "a self-media platform's notice that it only stores its users' posts",
  },
  {
    id: 'trending-rail',
    category: 'trending',
    match: {
      tokens: [
        'most-read', // arabic-rtl, home-page, semantic-html5
        'mostread', 'most-popular', 'mostpopular', 'most-viewed',
        'trending', // ads-mid-article, seed-aggregator. Risky: WordPress posts in a "trending" category carry category-trending (WCXB 0500)
        'popular-posts', 'popular-stories', 'top-stories-rail', 'most-shared',
      ],
      headings: { mul: TRENDING_HEADINGS },
    },
    maxChars: 3000,
    reason: 'most-read or trending rail',
  },
  {
    id: 'related-block',
    category: 'related',
    match: {
      // The harvester (src/core/related.ts) takes a related list with its links first; this rule removes
      // what it leaves: a widget that loaded nothing (video-playlist-promos; WCXB 4606), a lone "Read more".
      tokens: [
        'related-articles', 'related-posts', 'related-stories', 'related-content', 'related-links', 'read-next', 'more-stories',
        'recommended', // WCXB 0004 (module-recommended). Risky: a shop's recommended products (WCXB 0120); maxChars 3000
        'recommendations', // product-page
        'you-may-like',
        'more-from', // semantic-html5, short-article
        'recirculation', // publishers' word for read-next modules: traf 0298 (its heading stayed behind), 0913 (in-text links), 0250
      ],
      // One list of related headings for the harvester and this rule, in every language it knows
      // ('read more' is also the lone button a widget leaves behind).
      headings: { mul: RELATED_HEADINGS },
    },
    maxChars: 3000,
    reason: 'related or recommended article list',
  },
] as const satisfies readonly ClutterRule[];
