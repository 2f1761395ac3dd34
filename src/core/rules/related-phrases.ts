// Heading and label phrases that name a block of links, per language. Data only: the harvester in
// src/core/related.ts matches them against a block's heading after lower-casing and collapsing spaces.
// A phrase matches when the heading equals it or starts with it ("More from Reuters", "Related: …").

/** Headings of related / recommended / "read next" lists: these links are harvested. */
export const RELATED_HEADINGS: readonly string[] = [
  // English
  'related',
  'related articles',
  'related stories',
  'related news',
  'related coverage',
  'related content',
  'related reading',
  'related posts',
  'read next',
  // A blog theme's heading over its cards of other posts (Ghost's "Read more"); a lone "Read more"
  // link is not a heading, and the harvester takes a heading only with the list it names.
  'read more',
  'what to read next',
  'up next',
  'more from',
  'more on this',
  'more on this story',
  'more stories',
  'recent posts',
  'latest posts',
  'more like this',
  'more for you', // a portal's feed of cards under the story
  // A podcast's other episodes under the one on the page
  'more episodes',
  'recent episodes',
  'latest episodes',
  'other episodes',
  'previous episodes',
  'more in',
  'more about',
  'you may also like',
  'you might also like',
  'you may be interested in',
  'you might be interested in',
  'recommended',
  'recommended for you',
  'recommended reading',
  'similar stories',
  'similar articles',
  'similar news',
  // A feed's cards picked for the reader under the story ("Top Picks For You", "Suggested for you")
  'top picks',
  'picked for you',
  'suggested for you',
  'suggested reading',
  'suggested stories',
  'further reading',
  'see also',
  'also read',
  'read also', // as many sites outside the English-speaking world title the list
  'also on',
  "don't miss",
  'keep reading',
  'editor\u2019s picks',
  "editor's picks",
  'editor\u2019s pick', // traf 0458
  "editor's pick",
  'more to explore',
  'also from', // a wire service's other releases of the same company: "Also from this source" (fixture press-release)
  // German
  'mehr zum thema',
  'das könnte sie auch interessieren',
  'das könnte dich auch interessieren',
  'weitere artikel',
  'verwandte artikel',
  'lesen sie auch',
  'auch interessant',
  'mehr aus',
  'auch lesen', // traf 0667
  'ähnliche beiträge', // WordPress's related posts in German (traf 0372)
  'ähnliche artikel',
  'siehe auch', // traf 0525
  'zum weiterlesen', // traf 0454
  'empfohlene beiträge', // traf 0589
  'weiterführende links', // traf 0596
  'weitere beiträge', // traf 0698 ("Weitere Beiträge aus der Kolumne:")
  'das thema könnte dich auch interessieren', // traf 0703
  'das thema könnte sie auch interessieren',
  // Spanish
  'noticias relacionadas',
  'más información', // a Spanish paper's box of links in the story (traf 0199; probe ring majors-world, elpais-like)
  'artículos relacionados',
  'te puede interesar',
  'también te puede interesar',
  'lee también',
  'leé también', // Rioplatense voseo (traf 0695)
  'lea también',
  'más noticias',
  'más de',
  'más sobre', // traf 0737
  'relacionados',
  // French
  'à lire aussi',
  'a lire aussi',
  'lire aussi',
  'sur le même sujet',
  'articles similaires',
  'similaire', // Jetpack's related posts on a French WordPress.com blog
  'vous aimerez aussi',
  'dans la même rubrique',
  // Italian, Portuguese, Dutch
  'articoli correlati',
  'leggi anche',
  'notícias relacionadas',
  'leia também',
  'veja também', // traf 0658
  'gerelateerde artikelen',
  'lees ook',
  'zie ook',
  // Russian, Ukrainian (fixture russian-read-also)
  'читайте также',
  'читайте также на',
  'по теме',
  'материалы по теме',
  'новости по теме',
  'похожие статьи',
  'похожие новости',
  'смотрите также',
  'читайте також',
  'по темі',
  'схожі новини',
  // Chinese, Japanese
  '相关文章',
  '相关阅读',
  '相关新闻',
  '相关推荐', // a Chinese blog platform's recommended posts under the post
  '推荐阅读',
  '延伸阅读',
  '相關文章',
  '延伸閱讀',
  '関連記事',
  // Arabic, Hebrew
  'مقالات ذات صلة',
  'أخبار ذات صلة',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إقرأ أيضا',
  'قد يهمك أيضا',
  'כתבות נוספות',
  'עוד בנושא',
  'כתבות קשורות',
  // Persian
  'مطالب مرتبط',
  'اخبار مرتبط',
  'بیشتر بخوانید',
  // Pashto (probe ring lang9)
  'اړوند خبرونه',
  'اړوندې ليکنې',
  // Urdu
  'مزید پڑھیں',
  'یہ بھی پڑھیں',
  'یہ بھی پڑھیے', // the BBC's Urdu service
  'اسی بارے میں',
  'متعلقہ خبریں',
  // Korean (fixture korean-related-brackets), more Japanese and Chinese
  '관련기사',
  '관련 기사',
  '관련뉴스',
  '관련 뉴스',
  '함께 보면 좋은 기사',
  // A Korean blog's wording ("글", a post, not "기사", a news story)
  '함께 보면 좋은 글',
  '관련 글',
  '관련글',
  '추천 기사',
  'あわせて読みたい',
  '合わせて読みたい',
  'おすすめ記事',
  '関連ニュース',
  'こちらもおすすめ',
  '相关报道',
  '相关链接',
  '相關新聞',
  '相關報導',
  '相關閱讀',
  '推薦閱讀',
  // Indonesian, Malay (fixture indonesian-baca-juga)
  'baca juga',
  'berita terkait',
  'artikel terkait',
  'berita berkaitan',
  'artikel berkaitan',
  'berita lainnya',
  'artikel lainnya',
  // Vietnamese (fixture vietnamese-xem-them), Thai
  'tin liên quan',
  'bài viết liên quan',
  'tin cùng chuyên mục',
  'có thể bạn quan tâm',
  'ข่าวที่เกี่ยวข้อง',
  'บทความที่เกี่ยวข้อง',
  // Turkish (fixture turkish-ilgili-haberler)
  'ilgili haberler',
  'ilgili haber',
  'benzer haberler',
  'bunlar da ilginizi çekebilir',
  'ilginizi çekebilir',
  // Hindi
  'ये भी पढ़ें',
  'यह भी पढ़ें',
  'इसे भी पढ़ें',
  'संबंधित खबरें',
  'संबंधित ख़बरें',
  // Polish, Czech, Slovak, Hungarian, Romanian, Greek
  'powiązane artykuły',
  'podobne artykuły',
  'czytaj także',
  'zobacz także',
  'polecamy',
  'související články',
  'čtěte také',
  'přečtěte si také',
  'přečtěte si',
  'další články',
  'čtěte též',
  'súvisiace články',
  'prečítajte si tiež',
  'prečítajte si aj',
  'čítajte aj',
  'čítajte tiež',
  'kapcsolódó cikkek',
  'kapcsolódó',
  'további cikkek a témában',
  'további cikkek',
  'olvasd el ezt is',
  'articole similare',
  'articole asemănătoare',
  'citește și',
  'vezi și',
  'vezi si',
  'articole recomandate',
  'citeste si',
  // Croatian, Serbian, Bosnian (Latin and Cyrillic), Slovenian
  'pročitajte i',
  'pročitajte još',
  'pročitajte više',
  'procitajte i',
  'povezani članci',
  'povezane vijesti',
  'прочитајте и',
  'повезане вести',
  'preberite tudi',
  'preberite še',
  'sorodni članki',
  'sorodne novice',
  'σχετικά άρθρα',
  'διαβάστε επίσης',
  'διαβάστε ακόμα',
  'διαβάστε ακόμη',
  'σχετικά νέα',
  // Swedish, Danish, Norwegian, Finnish
  'relaterade artiklar',
  'läs också',
  'läs även',
  'relaterede artikler',
  'læs også',
  'relaterte artikler',
  'les også',
  'mer om',
  'mere om',
  'lue myös',
  'aiheeseen liittyvät',
  // More Italian and Portuguese
  'ti potrebbe interessare',
  'potrebbe interessarti',
  'altri articoli',
  'artigos relacionados',
  'você também pode gostar',
  // Catalan
  'llegiu també',
  'llegeix també',
  'notícies relacionades',
  // Swahili
  'soma pia',
  'habari zinazohusiana',
  // Hebrew
  'קראו גם',
  // Marathi, Georgian
  'हेही वाचा',
  'हे ही वाचा',
  'संबंधित बातम्या',
  'ასევე წაიკითხეთ',
  'წაიკითხეთ ასევე',
  'ასევე იხილეთ',
  'დაკავშირებული სიახლეები',
  // Latvian, Estonian, Bengali
  'lasi arī',
  'saistītie raksti',
  'loe ka',
  'loe lisaks',
  'seotud lood',
  'seotud artiklid',
  'আরও পড়ুন',
  'সম্পর্কিত খবর',
  // A small paper's or an agency's list of its other stories
  'more news',
  'other news',
  'more local news',
  'other local news',
  'recent press releases',
  'more press releases',
  'other press releases',
  // Filipino
  'basahin din',
  'mga kaugnay na balita',
  // Lithuanian, Bulgarian, Kazakh, Nepali (the probe ring languages8)
  'skaitykite taip pat',
  'taip pat skaitykite',
  'susiję straipsniai',
  'прочетете още',
  'прочетете също',
  'читайте още',
  'читайте също',
  'още по темата',
  'свързани новини',
  'оқи отырыңыз',
  'оқыңыз',
  'тақырыпқа қатысты',
  'тақырып бойынша',
  'यो पनि पढ्नुहोस्',
  'यो पनि पढ्नुस्',
  'सम्बन्धित समाचार',
  // A newsletter's list of other stories
  'also this week',
  'in other news',
  // Probe ring lang10: Gujarati, Malayalam, Kannada, Punjabi, Tamil, Hausa, Somali, Kurdish (Sorani), Uzbek,
  // Bosnian and Croatian, Galician, Filipino
  'સંબંધિત સમાચાર', 'ബന്ധപ്പെട്ട വാർത്തകൾ', 'ಸಂಬಂಧಿತ ಸುದ್ದಿ', 'ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು', 'ਸਬੰਧਤ ਖ਼ਬਰਾਂ', 'ਸੰਬੰਧਿਤ ਖ਼ਬਰਾਂ', 'தொடர்புடைய செய்திகள்',
  'labarai masu alaƙa', 'warar la xiriira', 'wararka la xiriira', 'هەواڵی پەیوەندیدار', 'mavzuga oid', 'aloqador yangiliklar',
  'vezane vijesti', 'novas relacionadas', 'kaugnay na balita',
];

/** Labels that open a one-link line inside a story ("READ MORE: <a>…</a>"), besides the headings above. */
export const RELATED_LINE_PREFIXES: readonly string[] = [
  // English
  'read more', 'read', 'more', 'watch', 'listen', 'must read', 'previously', 'also see',
  // German
  'weiterlesen', 'auch lesen', 'lies auch', 'lesen sie hier', 'mehr dazu', 'passend dazu', 'dazu passend', 'lesetipp',
  'zum weiterlesen', 'hier weiterlesen', 'ebenfalls interessant', 'auch spannend',
  // Spanish (traf 0000, 0008, 0030, 0279)
  'leer más', 'lea también', 'lea más', 'lea', 'lee', 'lee más', 'le puede interesar', 'puede interesarte',
  'te podría interesar', 'mira', 'mira también', 'ver también', 'vea también', 'puedes ver', 'puedes leer',
  'también lee', 'te recomendamos', 'no te pierdas',
  // Portuguese (traf 0658)
  'leia mais', 'veja também', 'veja mais', 'saiba mais', 'confira', 'confira também', 'ler mais', 'leia também', 'leia ainda',
  // French
  'lire la suite', 'lire également', 'à lire également', 'à voir aussi', 'voir aussi', 'à lire', 'à voir',
  'à découvrir', 'pour aller plus loin',
  // Italian, Polish, Dutch
  'leggi', 'vedi anche', 'guarda anche', 'potrebbe interessarti', 'approfondisci',
  'czytaj też', 'czytaj także', 'czytaj więcej', 'czytaj', 'zobacz też', 'zobacz także', 'przeczytaj też',
  'przeczytaj także', 'polecamy', 'dowiedz się więcej', 'czytaj również', 'zobacz również', // traf 0857
  'lees meer', 'bekijk ook', 'ook interessant',
  // Russian, Ukrainian
  'читайте', 'читать также', 'смотрите', 'подробнее', 'читайте більше', 'дивіться також', 'читайте по теме', 'читайте также',
  // Indonesian, Malay, Vietnamese, Turkish (the headings above count as labels too)
  'baca', 'simak juga', 'lihat juga', 'xem thêm', 'đọc thêm', 'xem tiếp', 'ayrıca okuyun', 'bunu da okuyun',
  // Filipino
  'basahin', 'basahin din', 'basahin pa',
  // Probe ring lang9: Armenian, Azerbaijani, Sinhala, Khmer, Burmese, Telugu, Amharic, Pashto, Icelandic, Albanian, Mongolian
  'կարդացեք նաև', 'կարդացեք նաեւ', 'həmçinin oxuyun', 'həmçinin oxu', 'bunu da oxuyun', 'මෙයත් කියවන්න', 'අනෙක් පුවත්', 'អានបន្ថែម',
  'ဆက်စပ်ဖတ်ရှုရန်', 'ఇది కూడా చదవండి', 'ఇవి కూడా చదవండి', 'ይህንንም ያንብቡ', 'دا هم ولولئ', 'sjá einnig', 'lestu einnig', 'lexo edhe',
  'lexo gjithashtu', 'мөн уншаарай', 'мөн уншина уу',
  // Probe ring lang10: Malayalam, Kannada, Gujarati, Punjabi, Tamil, Marathi, Hausa, Yoruba, Somali, Kurdish (Sorani),
  // Uzbek (its o‘ written with either mark), Galician, Swahili
  'കൂടുതൽ വായിക്കാൻ', 'ഇതും വായിക്കുക', 'ಇದನ್ನೂ ಓದಿ', 'ಇದನ್ನು ಓದಿ', 'આ પણ વાંચો', 'ਇਹ ਵੀ ਪੜ੍ਹੋ', 'இதையும் படிக்க', 'இதையும் படியுங்கள்',
  'हेही वाचा', 'karanta kuma', 'ku karanta', 'ẹ tún ka', 'e tun ka', 'akhriso sidoo kale', 'sidoo kale akhri', 'ئەمەش بخوێنەوە',
  'shuningdek o‘qing', 'shuningdek oʻqing', "shuningdek o'qing", 'le tamén', 'lea tamén', 'soma pia', 'soma zaidi',
];

/**
 * Related headings that name a subject between their words: "More NBA coverage", "More election
 * reporting". Tried on the whole heading, lower-cased; the subject is one to three words, so a section
 * of the story ("More than a game: how the city…") is not one. Not "More … news": a listing's own
 * list is headed so ("More recent industry news", WCXB 0083).
 */
export const RELATED_HEADING_FORMS: readonly RegExp[] = [
  /^more (?:[\p{L}\p{N}&'’.-]+ ){1,3}(?:coverage|reporting|stories)$/u,
  // A topic's rail in the story: "MORE ON HOLIDAY HORRORS", "More on Hurricane Odile" (UK tabloids
  // head every topic rail so: probe ring tabloids, thesun-like; fixture related-more-on-topic).
  /^more on (?:[\p{L}\p{N}&'’.-]+ ){0,3}[\p{L}\p{N}&'’.-]+$/u,
  /^(?:top|full|more) coverage$/u,
  // A section's other pieces of one kind: "More buying guides", "More photography".
  /^more (?:[\p{L}\p{N}&'’.-]+ ){0,2}(?:guides|reviews|photography|galleries|features|explainers|interviews|podcasts)$/u,
  // A French paper's "read the <kind of piece>" label before its link: "Lire le décryptage |", "Lire
  // l’entretien |", "Lire la tribune |" (probe ring majors-world, lemonde-like). One word after the
  // article; "Lire la suite" continues this story.
  /^lire (?:le |la |les |l['’] ?)(?!suite$)[\p{L}-]{3,20}$/u,
];

/** Words that make a related-looking heading name a tag, topic or search list instead ("Related investing topics"). */
export const RELATED_EXCEPTION_WORDS: readonly string[] = [
  'topics', 'topic', 'tags', 'tag', 'categories', 'searches', 'keywords', 'terms', 'themen', 'temas', 'sujets', 'thèmes',
];

/** Headings that start like a related heading but name tag or search lists: not harvested. */
export const RELATED_HEADING_EXCEPTIONS: readonly string[] = [
  'related topics',
  'related tags',
  'related searches',
  'related keywords',
  'related terms',
];

/** Headings of popularity rails: clutter, never related links. */
export const TRENDING_HEADINGS: readonly string[] = [
  'most read',
  'most popular',
  'most viewed',
  'most shared',
  'most commented',
  'trending',
  'trending now',
  'trending videos', // a video rail's heading left when its player went
  'trending stories',
  'most watched',
  'popular now',
  'popular',
  'top stories today',
  'meistgelesen',
  'meistgelesene artikel',
  'am meisten gelesen',
  'lo más leído',
  'lo más visto',
  'les plus lus',
  'les plus populaires',
  '热门',
  '热门文章',
  '最受欢迎',
  'الأكثر قراءة',
  'ډېر لوستل شوي', // Pashto (probe ring lang9), and the same rails in Armenian, Icelandic, Albanian and Mongolian
  'ամենաընթերցվածը',
  'mest lesið',
  'më të lexuarat',
  'хамгийн их уншсан',
  'הנקראים ביותר',
  'הכי נקראים',
  'самое читаемое',
  'самые читаемые',
  'самые популярные',
  'più letti',
  'i più letti',
  'mais lidas',
  'mais lidos',
  'meest gelezen',
  'najczęściej czytane',
  'nejčtenější',
  'mest lästa',
  'mest læste',
  'mest leste',
  'luetuimmat',
  'terpopuler',
  'berita terpopuler',
  'paling banyak dibaca',
  'đọc nhiều nhất',
  'tin đọc nhiều',
  'en çok okunanlar',
  'en çok okunan haberler',
  'çok okunanlar',
  '많이 본 뉴스',
  '많이 본 기사',
  '가장 많이 본 기사',
  '인기 기사',
  'アクセスランキング',
  '人気記事',
  'よく読まれている記事',
  '注目の記事',
  '热门新闻',
  '热点新闻',
  '熱門新聞',
  'सबसे ज्यादा पढ़ी गई',
];

/**
 * Headings of site-wide rails that the harvester never lists, compared whole ("Top Stories From Pune"
 * is a city's list under the story). Not trending headings: the cleaner does not remove a section by
 * them, since a digest's own "Top stories" section is story text. A page without a related block of
 * its own had the site's "TOP STORIES" carousel listed by the fallback (fixture related-more-on-topic).
 */
export const SITE_RAIL_HEADINGS: readonly string[] = [
  'top stories',
];

/**
 * Related headings that a site also prints over its own promotion rails beside the story: they name
 * the story's links only inside the story's box, while "Related …" and "More on …" count anywhere (a
 * side column's "DON'T MISS" puffs: probe ring tabloids, dailymail-like; fixture related-player-side-puffs).
 */
export const WEAK_RELATED_HEADINGS: readonly string[] = [
  "don't miss",
  "editor's picks",
  'editor\u2019s picks',
  "editor's pick",
  'editor\u2019s pick',
  'top picks',
  'more for you',
  'picked for you',
];

/** Labels of paid placements: a block or card labelled so is never harvested. */
export const SPONSORED_LABELS: readonly string[] = [
  'sponsored',
  'sponsored content',
  'sponsored stories',
  'sponsored links',
  'promoted',
  'promoted stories',
  'promoted content',
  'paid content',
  'paid post',
  'partner content',
  'from our partners',
  'around the web',
  'ads by',
  'gesponsert',
  'patrocinado',
  'sponsorisé',
  '推广',
  'ממומן',
];

/** Ad-slot labels: a card carrying one is an ad; as a heading they name an ad slot, not a link list. */
export const AD_LABELS: readonly string[] = [
  'ad',
  'ads',
  'advertisement',
  'anzeige',
  'werbung',
  'publicidad',
  'publicité',
  'pubblicità',
  'publicidade',
  'advertentie',
  'reklama',
  'reklam',
  'реклама',
  'iklan',
  'quảng cáo',
  '广告',
  '広告',
  '광고',
  'إعلان',
  'פרסומת',
];

/** First words of link texts that are "see all …" buttons ("View all posts", "Page 83"). */
export const NON_TITLE_PREFIXES: readonly string[] = [
  'view all', 'see all', 'show all', 'browse all', 'explore all', 'discover more', 'more from', 'more stories', 'all posts',
  'click to share', 'share on', 'share via', 'add a comment', 'leave a comment', 'reply to', 'page', 'see more', 'visit our',
  'check price', 'buy now', 'shop now', 'sign up', 'subscribe to',
];

/** Link texts that are "see all" buttons, not article titles. */
export const NON_TITLE_TEXTS: readonly string[] = [
  'more',
  'read more',
  'learn more',
  'continue reading',
  'read the story',
  'read article',
  'read full story',
  'view',
  'details',
  'click here',
  'weiterlesen',
  'mehr lesen',
  'leer más',
  'seguir leyendo',
  'lire la suite',
  'lire plus',
  '阅读全文',
  'اقرأ المزيد',
  'see all',
  'see more',
  'view all',
  'show more',
  'load more',
  'all stories',
  'alle artikel',
  'ver más',
  'voir plus',
  'voir tout',
  '更多',
  'المزيد',
  'עוד',
];
