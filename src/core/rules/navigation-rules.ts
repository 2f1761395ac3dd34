// Page chrome that a CMS puts inside the story's container, where Readability keeps it: skip links,
// breadcrumb trails, "back" and "to the top" links. Category navigation. (A table of contents' lone
// label, 0873's "Inhaltsverzeichnis", is left alone: removing the label and not its links helps no one.)
// Seen on the trafilatura dev set: 0977 ("Zum Hauptinhalt springen", "Sie befinden sich hier:",
// "ZfK.de > Energie > Wärme"), 0504 ("zurück"), 0598 ("zurück zur Listenansicht");
// fixture page-chrome-lines.
import type { ClutterRule } from './rule-types';

export const navigationRules = [
  {
    id: 'skip-link',
    category: 'navigation',
    match: {
      tokens: ['skip-link', 'skip-links', 'skiplink', 'skiplinks', 'skip-to-content', 'skip-navigation', 'jump-links'],
      labels: {
        en: ['skip to content', 'skip to main content', 'skip to navigation', 'skip to search', 'skip to footer', 'jump to content', 'skip navigation',
          'jump to recipe', 'skip to recipe'], // a recipe post's link down to its card (traf 0196)
        de: ['zum inhalt springen', 'zum hauptinhalt springen', 'zur suche springen', 'zur navigation springen', 'direkt zum inhalt', 'zum inhalt', 'zur hauptnavigation', 'zum rezept springen', 'zum rezept'],
        fr: ['aller au contenu', 'aller au contenu principal', 'passer au contenu', 'aller à la navigation', 'aller à la recherche', 'aller à la recette'],
        es: ['saltar al contenido', 'ir al contenido', 'ir al contenido principal', 'saltar al contenido principal', 'ir a la receta', 'saltar a la receta'],
        it: ['vai al contenuto', 'salta al contenuto'],
        pl: ['przejdź do treści', 'przejdź do głównej treści'],
        nl: ['naar inhoud', 'spring naar inhoud', 'direct naar inhoud'],
      },
      // A guide's own jump down the page, on a line of its own: "Jump to how we tested", "Skip to the
      // verdict" (probe ring features 3). Headings never match a pattern.
      patterns: [/^(?:jump|skip) (?:down |straight )?to (?:the |our )?[\p{L}\p{N} '’&-]{2,40}$/u],
    },
    maxChars: 300,
    reason: 'a link that skips to another part of the page',
  },
  {
    // A press release's end mark, the wire copy's habit: "###", "# # #", "-30-" alone on the last line
    // (an agency's release in the probe ring legacy).
    id: 'end-mark',
    category: 'residue',
    match: {
      // Iranian agencies close every story with "انتهای پیام/" ("end of message"), often with a desk code after it.
      // A line of underscores that sets a wire story's closing notes apart ("___", probe ring majors-en, ap-like).
      patterns: [/^(?:#\s?#\s?#|-\s?30\s?-|–\s?30\s?–)$/u, /^انتهای پیام\s?\/?\s?[\p{L}\p{N}\s]{0,12}$/u, /^_{3,80}$/u],
      // A news site's mark under the story (probe ring majors-world, india-like)
      labels: { en: ['end of article'] },
    },
    maxChars: 40,
    reason: "a press release's end mark",
  },
  {
    id: 'breadcrumbs',
    category: 'navigation',
    match: {
      tokens: ['breadcrumb', 'breadcrumbs', 'breadcrumb-trail', 'breadcrumb-nav'],
      labels: {
        en: ['you are here'],
        de: ['sie befinden sich hier', 'sie sind hier', 'du bist hier'],
        fr: ['vous êtes ici'],
        es: ['usted está aquí', 'estás aquí', 'está en'],
        it: ['ti trovi qui', 'sei qui'],
        pl: ['jesteś tutaj'],
        nl: ['u bent hier', 'je bent hier'],
      },
      // "ZfK.de > Energie > Wärme", "Home › News › Local": two to six short steps of a trail
      patterns: [/^[^>›»]{1,30}(?:\s[>›»]\s[^>›»]{1,40}){1,5}$/u],
    },
    maxChars: 400,
    reason: 'the breadcrumb trail of the site\'s sections',
  },
  {
    // The links to the blog's previous and next posts under a post: WordPress's nav.post-navigation
    // ("Post navigation", then "Previous Post …"), a news theme's "Previous Post / <title> / Next Post /
    // <title>" pair. Readability makes them a paragraph of links at the story's end.
    id: 'post-pager',
    category: 'navigation',
    // By its words only: themes class other blocks so too (a table of contents as "post-navigation",
    // WCXB 0353; a "More Home Decor" list as "prev-next", 4452).
    match: {
      patterns: [
        /^(?:post navigation\s?)?(?:previous|prev|older|newer|next) (?:post|article|story|entry)\b.{1,200}$/,
        // Both links, their label and title glued by markup ("Previous Posttanker explosion … Next Postlasg …")
        /^(?:post navigation\s?)?(?:previous|prev|older|newer) (?:post|article|story|entry).{1,200}(?:next|newer|older) (?:post|article|story|entry).{1,200}$/,
      ],
    },
    patternChars: 480,
    maxChars: 600,
    reason: "the links to the previous and next posts",
  },
  {
    // Where a story split over pages says which page this is, in its meta line ("By Ingrid Solheim |
    // October 1, 2025 | Page 1 of 3", probe ring formats) or over its pager: the clean view shows the
    // story's pages as one, so the count names nothing the reader sees. Only the whole block: "Page 3 of
    // the report" in a sentence stays.
    id: 'page-count',
    category: 'navigation',
    match: {
      patterns: [
        /^(?:page|pg\.?|seite|página|pagina|strona|stránka|страница|sayfa|sivu|side|sida|halaman|trang) \d{1,3} ?(?:of|von|sur|de|di|van|z|из|av|af|dari|\/) ?\d{1,3}$/u,
      ],
    },
    reason: "a split story's page count (its pages are shown as one)",
  },
  {
    id: 'back-link',
    category: 'navigation',
    match: {
      labels: {
        en: ['back', 'go back', 'back to top', 'to top', 'top of page', 'back to overview', 'back to list', 'back to the list',
          // A site builder's blog post opens with its way back to the blog's index, "← All posts" (probe ring doubles, framer-like).
          'all posts', 'back to all posts', 'back to blog', 'back to the blog', 'all articles', 'back to articles', 'back to news', 'all stories'],
        de: ['zurück', 'nach oben', 'zurück zur übersicht', 'zurück zur listenansicht', 'zurück zur liste', 'zum seitenanfang', 'seitenanfang'],
        fr: ['retour', 'retour en haut', 'haut de page', 'retour à la liste'],
        es: ['volver', 'volver arriba', 'ir arriba', 'volver al listado'],
        it: ['torna su', 'torna indietro', 'indietro'],
        pl: ['powrót', 'do góry', 'wróć'],
        nl: ['terug', 'naar boven', 'terug naar overzicht'],
      },
    },
    reason: 'a "back" or "to the top" link',
  },
  {
    // A heading's own permalink: documentation generators and many blog themes print a mark after each
    // heading that links to it ("Time to live¶", "Usage #", an icon), and in plain text it is glued to
    // the heading's words (probe ring detection2, a library's docs page). Named as the generators name
    // it (Sphinx and MkDocs "headerlink", VuePress "header-anchor", Docusaurus "hash-link", AnchorJS,
    // themes' "heading-anchor"); only a mark or nothing: a link with words under such a name stays.
    id: 'heading-permalink',
    category: 'navigation',
    match: { tokens: ['headerlink', 'header-anchor', 'heading-anchor', 'hash-link', 'anchorjs-link'] },
    maxChars: 4,
    spares: /[\p{L}\p{N}]/u,
    reason: "a heading's link to itself",
  },
  {
    // A wiki's way to edit each section, printed after its heading ("History[edit]", "Geschichte
    // [Bearbeiten | Quelltext bearbeiten]"): MediaWiki names it so on every wiki it runs (probe ring
    // longform, a wiki's article). Only a short bracketed label.
    id: 'wiki-edit-link',
    category: 'navigation',
    match: { tokens: ['mw-editsection', 'editsection'] },
    maxChars: 60,
    reason: "a wiki's link to edit the section",
  },
  {
    // A wiki's box of links to the other articles of a topic at the article's end ("Lighthouses of
    // Kestrel County / Active / Gannet Rock / …"): MediaWiki's navigation box, named so on every wiki.
    id: 'wiki-navbox',
    category: 'navigation',
    match: { tokens: ['navbox', 'navbox-inner', 'navbox-styles'] },
    reason: "a wiki's box of links to the other articles of a topic",
  },
] as const satisfies readonly ClutterRule[];
