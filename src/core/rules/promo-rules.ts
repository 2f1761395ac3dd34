// Promotional widgets: the site's own AI features, app downloads, paywall teasers and subscription pitches.
// Notes name the fixture or dev-set page a risky entry was seen on (see ad-rules.ts).
import type { ClutterRule } from './rule-types';

export const promoRules = [
  {
    id: 'ai-promo',
    category: 'promo',
    match: {
      labels: {
        en: [
          'try our ai features', // seed-aggregator
          'summarize with ai', 'summarise with ai', 'ask ai', 'ask our ai',
          'ai summary', 'generate summary', 'key points by ai', 'listen to this article',
          'listen to article', 'this article was summarized by ai',
        ],
      },
      patterns: [
        /^explore what .{1,40} ai can do for you[:.!]?$/i, // seed-aggregator ("Explore what Daily8 AI can do for you:")
        /^ask our ai\b.{0,80}$/i,
        /^(try|use) .{0,30}\bai\b.{0,30}(features?|assistant)[.!]?$/i,
      ],
      tokens: [
        'ai-promo', // seed-aggregator
        'ai-features', // WCXB 0382, 0417
        'ai-summary-promo',
      ],
    },
    maxChars: 400,
    reason: 'promotion of the site\'s AI features',
  },
  {
    id: 'app-promo',
    category: 'promo',
    match: {
      labels: {
        // video-playlist-promos; WCXB 0460, 4074 (Download the App), 4433 (Open in app)
        en: ['download the app', 'download our app', 'get the app', 'open in app', 'read in app'],
        de: ['app herunterladen', 'jetzt app herunterladen', 'zur app', 'in der app öffnen', 'in der app lesen'],
        fr: ["télécharger l'application", "téléchargez l'application", "télécharger l’application", "téléchargez l’application", "ouvrir dans l'application"],
        es: ['descarga la app', 'descargar la app', 'descarga nuestra app', 'abrir en la app'],
        it: ["scarica l'app", "scarica l’app", 'scarica la nostra app', "apri nell'app"],
        pt: ['baixe o app', 'baixe o aplicativo', 'baixe nosso app', 'baixar o app', 'descarregue a app'], // fixture portuguese-newsletter-app
        nl: ['download de app', 'open in de app'],
        pl: ['pobierz aplikację', 'pobierz naszą aplikację', 'otwórz w aplikacji'], // fixture polish-newsletter-app
        ru: ['скачать приложение', 'скачайте приложение', 'открыть в приложении'],
        tr: ['uygulamayı indir', 'uygulamamızı indirin', 'uygulamada aç'],
        id: ['unduh aplikasi', 'download aplikasi'],
        vi: ['tải ứng dụng', 'tải app'],
        ko: ['앱 다운로드', '앱에서 보기'],
        ja: ['アプリをダウンロード', 'アプリで読む'],
        zh: ['下载app', '下载客户端', '打开app'],
      },
      tokens: [
        'app-promo', // WCXB 0341 (GlobalFooter-AppPromo)
        'app-download', // WCXB 0577 (app-download-prompt)
        'download-app', // the same words the other way round: an aggregator app's "download-app-card"
        'app-banner', // WCXB 0277. Risky: that page names its blog header so (a post about apps), and its date line went
        'smart-banner', // the iOS "Smart App Banner" look-alikes: WCXB 0618
        'promo-box', // WCXB 4112, traf 0936
        'promo-banner', // WCXB 0068, 0341 (PromoBanner)
        'paywall-promo',
      ],
    },
    maxChars: 400,
    reason: 'app download or site promotion banner',
  },
  {
    id: 'paywall-pitch',
    category: 'promo',
    match: {
      // A subscription pitch the CMS writes as plain paragraphs at the end of a teaser (traf 0013, 0020):
      // the whole short block is the pitch; a sentence of the story that mentions subscribers never is.
      labels: {
        // The badge above a story for subscribers, too ("Member-only story", "Article réservé à nos abonnés").
        en: ['already a subscriber?', 'already a member?', 'subscribers only', 'for subscribers only', 'premium content', 'member-only story',
          'members only', 'subscriber exclusive', 'subscriber-only', 'exclusive to subscribers'],
        de: ['bereits abonnent?', 'schon abonnent?', 'bereits registriert?', 'nur für abonnenten', 'exklusiv für abonnenten'],
        fr: ['déjà abonné ?', 'déjà abonné?', 'réservé aux abonnés', 'article réservé aux abonnés', 'article réservé à nos abonnés', 'réservé à nos abonnés'],
        es: ['¿ya eres suscriptor?', '¿ya eres socio?', '¿ya eres miembro?', 'exclusivo para suscriptores'],
        it: ['sei già abbonato?', 'riservato agli abbonati'],
        sv: ['redan prenumerant?', 'är du redan prenumerant?'],
        nl: ['al abonnee?', 'ben je al abonnee?', 'bent u al abonnee?'],
        da: ['allerede abonnent?', 'er du allerede abonnent?'],
        pl: ['masz już subskrypcję?', 'masz już prenumeratę?'],
        pt: ['já é assinante?', 'já és assinante?', 'exclusivo para assinantes'],
      },
      patterns: [
        // "To view the full story, please subscribe to The Haitian Times. You can choose a $60 Annual
        // Subscription or a $5 Weekly Pass." (traf 0013: longer than a label, hence patternChars)
        /^to (?:view|read|see|access|continue reading) (?:the|this) (?:full|entire|whole|rest of the) (?:story|article).{0,200}$/,
        /^(?:please )?(?:subscribe|sign in|log in|register)(?: now)? to (?:continue reading|keep reading|read (?:the|this) (?:full|entire|whole|rest of the) (?:story|article)|unlock this (?:story|article)).{0,90}$/,
        /^if you(?:'|’| a)re (?:seeing this message but you(?:'|’| a)re )?already a (?:subscriber|member).{0,100}$/,
        /^this (?:article|story|content) is (?:only |exclusively )?(?:available|reserved) (?:to|for) (?:paying |premium |our )?(?:subscribers|members).{0,60}$/,
        // Ghost's "This post is for paying subscribers only", alone or with its buttons after it ("Subscribe
        // now", "Already have an account? Sign in"): the sentence ends there, so a post "for members who
        // asked about …" is no pitch.
        /^this (?:article|story|post|content|newsletter) is (?:only )?for (?:paying |paid |premium )?(?:subscribers|members)(?: only)?(?:[.!]\s*.{0,100}|\s+(?:subscribe|sign in|sign up|log in|become|join|upgrade|already)\b.{0,100})?$/,
        /^(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|abonnent:innen|abonnierende).{0,60}$/,
        /^(?:cet article|la suite de cet article|la suite) est réservée? (?:à nos|aux) abonnés.{0,60}$/,
        /^hazte (?:miembro|socio|socia|suscriptor|suscriptora)\b.{0,70}$/,
        /^(?:este|el) (?:artículo|contenido) es (?:exclusivo|solo) para (?:suscriptores|socios|miembros).{0,60}$/,
        /^(?:questo articolo|l'articolo|l’articolo) è riservato agli abbonati.{0,60}$/,
        // "Prenumerera på DN för att fortsätta läsa. Första månaden för 1 kr …", "Word abonnee om verder te
        // lezen", "Assine para continuar lendo", "Zaloguj się, aby czytać dalej"
        /^(?:prenumerera|logga in|bli prenumerant)\b.{0,60}\bför att (?:fortsätta )?läsa\b.{0,160}$/u,
        /^(?:word abonnee|neem een abonnement|log in|abonneer)\b.{0,60}\bom (?:verder |dit artikel )?(?:te )?(?:lezen|verder te lezen)\b.{0,160}$/u,
        /^(?:assine|faça login|entre|torne-se assinante)\b.{0,60}\bpara continuar (?:lendo|a ler)\b.{0,160}$/u,
        /^(?:zaloguj się|wykup (?:subskrypcję|prenumeratę)|zostań subskrybentem)\b.{0,60}\b(?:aby|żeby) (?:czytać dalej|przeczytać (?:cały )?(?:artykuł|tekst))\b.{0,160}$/u,
        // The note over a subscribers' story that a subscriber gave the reader: "You're reading a gift
        // article", "Dieser Artikel gehört zum Angebot von SPIEGEL+. Sie können ihn auch ohne Abonnement
        // lesen, weil er Ihnen geschenkt wurde."
        /^(?:(?:you(?:'|’)re|you are) reading a gift(?:ed)? (?:article|story)|a (?:subscriber|member) (?:has )?(?:gifted|shared|sent) (?:you )?this (?:article|story)|this (?:article|story) (?:was|has been|is) (?:a gift|gifted|shared with you) (?:to you )?(?:from|by) (?:a|one of our) (?:subscribers?|members?)).{0,160}$/,
        /^(?:dieser|der) (?:artikel|beitrag|text) (?:gehört zum angebot von|ist teil (?:von|des angebots von)) .{1,40}\. sie können ihn (?:auch )?ohne abo(?:nnement)? lesen.{0,120}$/u,
        /^(?:dieser|der) (?:artikel|beitrag|text) wurde (?:ihnen|dir) (?:von .{1,60} )?geschenkt.{0,120}$/u,
      ],
      // Not 'paywall' alone: many sites give the subscribers' part of the story itself that class.
      tokens: ['paywall-message', 'paywall-prompt', 'paywall-cta'],
    },
    maxChars: 1200,
    patternChars: 240,
    reason: 'a subscription pitch in place of the rest of the story',
  },
  {
    // The site asking its readers for money: "Support independent journalism … Donate now", "Since you
    // made it to the bottom of this article, we have a small favor to ask" (WCXB 0174), "This story is
    // funded by readers like you" (4511), a blog's "If you found this post helpful … my Patreon" (0042),
    // "Unterstütze RosaMag bereits mit 2,50!" (traf 0359), "Apoya el periodismo incómodo" (0007); fixture
    // support-appeal. Every pattern opens with the appeal itself and speaks of the site, its work or
    // its readers, so a story's own sentence about donations ("Readers donated more than 2,000 cans",
    // "If you want to help, the food bank accepts donations …") stays.
    id: 'support-appeal',
    category: 'promo',
    match: {
      // Not 'donation': a podcast's contributors table names its cells so (traf 0109, donation_cell).
      tokens: ['donate', 'support-us', 'patreon', 'ko-fi'],
      labels: {
        en: [
          'donate', 'donate now', 'donate today', 'make a donation', 'give now', 'support us', 'support us today',
          'become a member', 'become a supporter', 'become a patron', 'support our journalism', 'support independent journalism',
          'support local journalism',
        ],
        de: ['jetzt spenden', 'spenden', 'jetzt unterstützen', 'unterstützen sie uns', 'unterstütze uns', 'mitglied werden', 'jetzt mitglied werden'],
        fr: ['faire un don', 'faites un don', 'je fais un don', 'soutenez-nous', 'devenir membre'],
        es: ['donar', 'dona ahora', 'haz una donación', 'apóyanos'],
        it: ['dona ora', 'fai una donazione', 'sostienici'],
        nl: ['doneer', 'doneer nu', 'steun ons'],
        pt: ['doe agora', 'faça uma doação', 'apoie-nos'],
        hu: ['támogatom', 'támogass minket', 'támogasson minket'],
      },
      patterns: [
        /^(?:please )?(?:support|fund|help (?:us )?(?:fund|sustain|support)) (?:our|independent|local|nonprofit|non-profit|quality|public[- ]interest|[\p{L}\d.-]+(?:'|’)s)\b[^.!?]{0,40}\b(?:journalism|reporting|newsroom|mission|fact-checking|fact checking|news)\b.{0,300}$/u,
        // "Field Notes is made possible by listeners like you. Become a … member", under its heading "Support Field Notes"
        /^(?:support [^.!?]{1,40}?\s)?[^.!?]{1,60} (?:is|are) (?:made possible|funded|supported|powered|sustained) by (?:listeners|readers|viewers|members|supporters|donors|people) like you\b.{0,300}$/u,
        // "Fieldnotes Science is free to read and supported by readers. Become a supporter …"
        /^[^.!?]{1,60} (?:is|are) (?:free to read|free|independent|ad-free|nonprofit|non-profit) (?:and|because it is|because it's) (?:made possible|funded|supported|powered|sustained|paid for) by (?:its |our )?(?:listeners|readers|viewers|members|supporters|donors|subscribers)\b.{0,300}$/u,
        /^if you (?:value|like|liked|love|loved|enjoy|enjoyed|appreciate|appreciated|found|find|rely on|believe in) (?:our|this|my)(?: [\p{L}-]+){0,2} (?:article|story|post|site|blog|work|reporting|journalism|content|newsletter|podcast|coverage|writing|videos?)\b.{0,160}\b(?:consider|support|donat|become|join|subscrib|chip in|patreon|tip)\w*\b.{0,300}$/u,
        // After an ellipsis too: "… we have a small favour to ask before you close this tab".
        /^(?:…\s?|\.{3}\s?)?(?:since you(?:(?:'|’)ve| have)? (?:made it|read|scrolled|got) (?:this far|to the (?:bottom|end))|we have a small favou?r to ask|readers like you (?:make|keep|fund|power)|(?:this|our) (?:story|article|journalism|reporting|work|site|blog|newsletter|podcast|newsroom) is (?:free to read because|(?:funded|made possible|supported|paid for) by (?:readers|members|supporters|donors|you))|your (?:support|donations?|contributions?|gifts?|membership) (?:makes?|keeps?|helps?|allows?|enables?|ensures?|funds?|powers?) (?:our|us|this|independent)|(?:please )?consider (?:supporting us|supporting our|donating|making a donation|becoming a (?:member|supporter|patron)|a (?:monthly|one-time|one-off) (?:gift|donation|contribution))).{0,400}$/u,
        /^[^\p{L}\d]{0,3}(?:join|support) (?:(?:me|us) on|my|our) (?:patreon|ko-?fi|buy me a coffee)\b.{0,300}$/u,
        /^support [^.!?]{1,40}! (?:donate|become|contribute|join)\b.{0,300}$/u,
        /^(?:jetzt |bitte )?(?:unterstützen sie|unterstütze|unterstützt) (?:uns|unsere[nrm]? (?:arbeit|journalismus|redaktion)|(?:den |die )?unabhängigen? journalismus|\S+ (?:bereits|schon|jetzt) (?:ab|mit))\b.{0,300}$/u,
        /^(?:helfen sie mit|hilf mit|helft mit)\b.{0,200}\b(?:journalismus|spende|spenden|abo|abonnement)\b.{0,200}$/u,
        /^(?:jede (?:kleine |noch so kleine )?spende (?:hilft|zählt)|spenden (?:könnt|können) (?:ihr|sie)|(?:jetzt )?(?:mit|per) paypal spenden|wir freuen uns über (?:eure |ihre |deine |jede )?spenden?|(?:ihre|deine|eure) spende (?:hilft|macht|ermöglicht|sichert))\b.{0,300}$/u,
        /^(?:soutenez(?:-nous| nous)|soutenez (?:notre|le|l’|l')\s?(?:journalisme|rédaction|information|travail|média)|si vous (?:aimez|appréciez) (?:notre|ce|nos) (?:travail|journal|site|contenus?|articles?)\b.{0,120}\b(?:soutenir|soutenez|don|abonn))\b.{0,300}$/u,
        /^(?:apoya (?:el|al|nuestro|nuestra) (?:periodismo|trabajo|medio|labor|redacción)|únete a nuestra comunidad de (?:lectores|socios|miembros)|si te (?:parece|resulta|gusta) (?:valioso |útil |importante )?(?:el|nuestro|este) (?:trabajo|periodismo|contenido)\b.{0,160}\b(?:apóya|apoy|don|suscri|socio|miembr|membresía))\b.{0,300}$/u,
        /^(?:sostieni (?:il|la) (?:nostro |nostra )?(?:giornalismo|informazione|redazione|lavoro)|sostieni \S+ con (?:una|un) (?:donazione|contributo))\b.{0,300}$/u,
        /^(?:steun (?:onze (?:journalistiek|redactie|werk)|onafhankelijke journalistiek)|doneer (?:vandaag|aan ons))\b.{0,300}$/u,
        /^(?:apoie (?:o (?:nosso )?jornalismo|o nosso trabalho|a nossa redação)|contribua com o (?:nosso )?jornalismo)\b.{0,300}$/u,
        // "Támogassa az Indexet! Az Index független újságírása …": the call, to the site or its journalism, with its "!"
        /^(?:támogassa|támogasd|támogassátok|támogasson) (?:az? )?[^.!?]{1,40}!.{0,400}$/u,
      ],
      headings: {
        en: ['support us', 'support our work', 'a small favor to ask', 'a small favour to ask'],
        de: ['unterstützen sie unsere arbeit'],
      },
    },
    maxChars: 1500,
    patternChars: 500,
    reason: 'an appeal for donations or membership',
  },
  {
    // The site's own shop and print edition, advertised under the story: "Jetzt neu! Besuchen Sie unseren
    // Fan-Shop!" (traf 0353), "Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft
    // ist ab 20.06.2019 im Handel sowie direkt im heise shop erhältlich." (traf 0687). Only a whole block
    // that is the invitation; where the story first appeared, alone, stays.
    id: 'house-promo',
    category: 'promo',
    match: {
      patterns: [
        /^(?:jetzt neu!?\s?|new!?\s?)?(?:besuchen sie|besucht|besuche|visit|check out) (?:unseren|unsere|unser|our) (?:neuen? )?.{0,30}(?:shop|store|onlineshop|online-shop|webshop)\b.{0,60}$/u,
        /^(?:dieser|der) (?:beitrag|artikel|text) (?:stammt aus|erschien (?:zuerst |auch )?in) (?:der )?(?:ausgabe|heft) .{1,120}(?:im handel|erhältlich|bestellen|am kiosk|im shop).{0,120}$/u,
        /^this (?:article|story) (?:appears|appeared|first appeared) in the .{1,80} issue of .{1,100}(?:subscribe|on newsstands|buy (?:a|the) copy|order).{0,100}$/,
      ],
    },
    patternChars: 300,
    reason: "the site's own shop or print edition, advertised under the story",
  },
  {
    // A call-to-action button standing alone between paragraphs: "Get a Quote", "Shop Now", "Book a
    // Demo", "Learn More" (fixture cta-buttons; WCXB 0036, 0057, 0113, 0133, 4218, 4365, 4620). Only a
    // whole block whose entire text is one link or button; "learn more about …" in a sentence stays, so
    // does a run-in label before a link ("<b>Learn more</b>: <a>How to pick an installer</a>", WCXB
    // 4192), and so does a table cell (labels never match one).
    id: 'cta-button',
    category: 'promo',
    match: {
      labels: {
        en: [
          'learn more', 'find out more', 'get a quote', 'get a free quote', 'get your free quote', 'request a quote',
          'book a demo', 'request a demo', 'get a demo', 'schedule a demo', 'shop now', 'buy now', 'order now',
          'start free trial', 'start your free trial', 'try it free', 'try for free', 'get started now',
          'check price', 'check price on amazon', 'check current price', 'view deal', 'see deal', 'get deal',
        ],
        de: ['mehr erfahren', 'jetzt kaufen', 'jetzt bestellen', 'angebot anfordern', 'jetzt angebot anfordern', 'demo anfordern', 'kostenlos testen', 'jetzt kostenlos testen', 'zum angebot', 'preis prüfen'],
        fr: ['en savoir plus', 'acheter maintenant', 'demander un devis', 'demander une démo', 'essayer gratuitement', "voir l'offre", 'voir le prix'],
        es: ['más información', 'saber más', 'comprar ahora', 'solicitar presupuesto', 'pedir presupuesto', 'solicitar una demo', 'prueba gratis', 'ver oferta', 'ver precio'],
        it: ['scopri di più', 'acquista ora', 'compra ora', 'richiedi un preventivo', 'richiedi una demo', 'prova gratis', 'vedi offerta'],
        nl: ['meer informatie', 'nu kopen', 'bestel nu', 'offerte aanvragen', 'vraag een demo aan', 'gratis proberen', 'bekijk aanbieding'],
        pt: ['saiba mais', 'compre agora', 'comprar agora', 'peça um orçamento', 'solicite uma demonstração', 'teste grátis', 'ver oferta'],
      },
    },
    wholeLink: true,
    reason: 'a call-to-action button between paragraphs',
  },
] as const satisfies readonly ClutterRule[];
