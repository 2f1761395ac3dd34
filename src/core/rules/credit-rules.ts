// Photo credits that stand on a line of their own: "Foto: Sascha Klahn", "AFP / Marco Bertorello",
// "Augusta National/Getty Images", "iStock.com". A reader sees them as stray lines between paragraphs
// once the picture is gone or shown without its frame. A caption that describes the picture is kept:
// these patterns match only a whole short block that is nothing but a credit.
// Seen on the trafilatura dev set (pages 0518, 0536, 0585, 0668, 0811, 0871, 0887, 0891, 0936, 0974).
import type { ClutterRule } from './rule-types';

/** Photo agencies and picture libraries, lower case, as credits spell them, each a pattern. */
const AGENCY_NAMES = [
  'afp', 'ap', 'reuters', 'dpa', 'epa', 'efe', 'ansa', 'anp', 'apa', 'belga', 'keystone', 'xinhua', 'kyodo',
  'getty images', 'getty', 'imago', 'imago images', 'picture alliance', 'picture-alliance', 'shutterstock',
  'shutterstock.com', 'istock', 'istock.com', 'istockphoto', 'istockphoto.com', 'unsplash', 'pixabay', 'pexels',
  'adobe stock', 'alamy', 'zuma press', 'sipa', 'abaca', 'wenn', 'wenn.com', 'depositphotos', 'dreamstime',
  'fotolia', '123rf', 'colourbox', 'ullstein bild', 'laif', 'action press', 'panoramic', 'sport-images',
].map((name) => name.replace(/[.]/g, '\\.').replace(/ /g, '\\s'));
const AGENCIES = AGENCY_NAMES.join('|');

export const creditRules = [
  {
    id: 'photo-credit',
    category: 'credit',
    match: {
      labels: {
        // A credit's label alone, its name in the next element: "Titelbild:", "Credit:" (traf 0643, 0862)
        // A wire picture's licensing link at the end of its caption (probe ring majors-en, reuters-like)
        en: ['istock.com', 'shutterstock.com', 'getty images', 'imago images', 'picture alliance', 'photo credit', 'credit', 'image credit', 'purchase licensing rights'],
        de: ['bild', 'foto', 'titelbild', 'bildquelle', 'fotos', 'bildnachweis'],
        es: ['imagen', 'crédito'],
      },
      patterns: [
        // "Foto: Sascha Klahn", "Bild: Jahr Media", "Photo by Jane Doe", "Imagen: Télam" (traf 0585, 0518, 0811);
        // a dot inside a name is no sentence's end: "Image credit: © Depositphotos.com/AndrewLozovyi" (WCXB 0006, 0116)
        /^(?:fotos?|photos?|photograph(?:y)?|bild(?:er)?|titelbild|aufmacherbild|bildquelle|fotoquelle|images?|imagen(?:es)?|fotografía|fotografia|fotografie|crédito(?:s)?|credits?|(?:photo|image|foto) credits?|zdjęcie|fot\.|fotó|kép|kuva|kuvat|foto ?credit|picha)\s*(?::|©|\||by\s|von\s|de\s|na\s)\s*(?:[^.!?]|\.(?=\S)){2,100}[.]?$/iu,
        // The Polish "Fot. Jan Nowak/PAP", its abbreviation's dot the only mark before the name.
        /^fot\.\s(?:[^.!?]|\.(?=\S)){2,100}$/iu,
        // The Lithuanian "Nuotr. Tomo Jankausko" ("photo by", the name in the genitive), "Nuotrauka: …".
        /^(?:nuotr\.|nuotrauka\s?:)\s?(?:[^.!?]|\.(?=\S)){2,100}$/iu,
        // The same word in other scripts: "Фото: Городницька міська рада", "ছবি: প্রথম আলো", "منبع تصویر،Navid
        // Rostami" (the BBC's Persian credit, its comma glued to the name), "写真：共同", "사진=연합뉴스", "Ảnh: Reuters";
        // the BBC's English "Image source, Getty Images" too, and its other services' ("تصویر کا ذریعہ،Getty Images").
        /^(?:фото(?:графия)?|світлина|снимка|ছবি|फ़ोटो|फोटो|तस्वीर|عکس|منبع تصویر|منبع عکس|صورة|الصورة|تصوير|φωτογραφία|φωτ\.|צילום|写真|图片来源|圖片來源|图片|圖片|摄影|攝影|사진(?:\s?제공)?|fotoğraf|ภาพ|ảnh|ფოტო|छायाचित्र|image source|تصویر کا ذریعہ|مصدر الصورة|इमेज स्रोत|fuente de la imagen|fotoğraf kaynağı|автор фото)\s*[:：،,=/|]\s*(?:[^.!?。]|\.(?=\S)){2,100}[.。]?$/u,
        // "Source: Crypton", "Quelle: Landesregierung" under a picture or a chart: a name, no sentence (WCXB 0011, 1396; traf 0680)
        // The same with when it ran after a bar: "Fuente: EFE | Publicado hace 2 horas", "Kaynak: Anadolu Ajansı |
        // Yayınlanma: 2 saat önce" (probe ring aggregators).
        /^(?:source|quelle|fuente|fonte|źródło|bron)\s?:\s?[^.!?:|]{2,50}(?:\s?[|·•]\s?[^.!?|]{2,50})?$/iu,
        // The same in other languages, and the editor's line under a Chinese or Indonesian story: "来源：澜江晚报",
        // "责任编辑：周敏", "Kaynak: DHA", "المصدر : الجزيرة + وكالات", "Penulis : …", "출처:"
        /^(?:来源|來源|出典|출처|kaynak|sumber|nguồn|المصدر|منبع|责任编辑|責任編輯|编辑|編輯|penulis|editor)\s?[:：]\s?[^.!?:。|]{1,50}(?:\s?[|·•]\s?[^.!?|。]{2,50})?$/iu,
        // "Augusta National/Getty Images", "Judy Eddy/WENN.com", "TebNad/Shutterstock.com" (traf 0668, 0936, 0099)
        new RegExp(`^[^.!?:]{1,60}\\s?[/|]\\s?(?:${AGENCIES})(?:\\s?[/|,]\\s?[^.!?:]{1,40})?$`, 'iu'),
        // "AFP / MARCO BERTORELLO", "dpa | Frank Bräuer" (traf 0887)
        new RegExp(`^(?:${AGENCIES})\\s?[/|:]\\s?[^.!?:]{1,60}$`, 'iu'),
        // An agency's name alone under a caption: "getty", "Reuters", "Shutterstock" (getty-credit-contributor-note).
        // Not the two- and three-letter names ("AP", "EPA"): alone, those are as often a word or an abbreviation.
        new RegExp(`^(?:${AGENCY_NAMES.filter((name) => name.length >= 4).join('|')})\\.?$`, 'iu'),
        // The wire's credit at the end of every caption, in its brackets or bare: "(AP Photo/Jeff Chiu)",
        // "(AP Photo/J. Scott Applewhite, File)", "Reuters Photo/Jane Doe" (probe ring traps, fixture leak-photo-credit-forms)
        new RegExp(`^(?:\\((?:${AGENCIES})\\s(?:photos?|fotos?|images?|video|pool photo)\\s?\\/\\s?[^!?()]{2,80}\\)|(?:${AGENCIES})\\s(?:photos?|fotos?|images?|video|pool photo)\\s?\\/\\s?[^!?()]{2,80})$`, 'iu'),
        // A magazine's art credit: "Illustration by Ilse Marenko", "Cover illustration by …", "Art by …", "Photo
        // illustration: …" (probe ring mags, fixture leak-photo-credit-forms). "By" after the other words: "Art: …" heads a listing.
        /^(?:(?:cover|lead|top|opening) )?(?:(?:photo[- ]?)?illustrations?\s?(?::|by\s)|(?:artwork|art|cartoons?|graphics?|animation|collage) by\s)\s?(?:[^.!?]|\.(?=\S)){2,100}[.]?$/iu,
        // A lender's credit: "Courtesy of Kestrel", "Photo courtesy of the artist, New York", "Image courtesy NASA".
        // Bare, the name has no comma: "Courtesy of a new law, residents …" opens a sentence.
        /^(?:(?:photos?|images?|pictures?|illustrations?|video|footage) courtesy(?: of)?\s(?:[^.!?]|\.(?=\S)){2,100}|courtesy(?: of)?\s(?:[^.!?,;]|\.(?=\S)){2,60})[.]?$/iu,
        // A commerce list's picture line: "Rolling Stone / Product Images", "Brand / Press Images"
        /^[^.!?:/]{1,60}\s?\/\s?(?:product|press|handout|publicity|promotional|retailer) (?:images?|photos?|pictures?|shots?)$/iu,
        // "© Getty Images", "(c) 2021 Jane Doe"
        /^(?:©|\(c\))\s*[^.!?]{2,60}$/iu,
        // The same in brackets, alone on its line: "(© FEI/Christophe Taniere)", "(Credit: Clayton Aldern / Grist)" (traf 0891, 0862)
        /^\((?:©|\(c\)|(?:photo|image|foto|bild)?\s?credits?\s?:|fotos?\s?:|photos?\s?:|bild\s?:|quelle\s?:|source\s?:)\s*[^.!?()]{2,60}\)$/iu,
        // and in other scripts: "(צילום: עמית לנדאו)", "(Фото: …)", "（写真：共同）"
        /^[(（](?:фото|צילום|عکس|صورة|ছবি|फोटो|φωτ\.|写真|图片|사진)\s*[:：،,=/|]\s*[^.!?()（）]{2,60}[)）]$/u,
      ],
      // Before Readability only (it drops class names): a picture's credit or rights line in a block of its
      // own beside the caption (traf 0545 span.credits, 0541 em.copyright); maxChars bounds it.
      tokens: ['credits', 'copyright', 'photo-credit', 'image-credit', 'media-credit', 'caption-credit', 'caption-author', 'figure-credit'],
    },
    maxChars: 120,
    reason: 'a photo credit on a line of its own',
  },
  {
    // A story's closing staff line in Chinese and Korean (probe ring asia; fixture asia-editor-lines): the
    // editor in brackets after the "report an error" link ("【纠错】【责任编辑:王琦 】", xinhua-like), and the
    // reporter's name, role and address alone ("김서연 기자 seoyeon@hanbit.example", daum-like).
    id: 'staff-signoff',
    category: 'credit',
    match: {
      patterns: [
        /^(?:【[^】]{1,6}】\s?)*【(?:责任编辑|責任編輯|编辑|編輯|作者|记者)\s?[:：]\s?[^。！？】]{1,30}】$/u,
        /^[\p{Script=Hangul}]{2,4}\s?(?:기자|특파원|통신원|인턴기자|객원기자)\s?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u,
      ],
    },
    reason: "the editor's or reporter's closing line",
  },
  {
    // A rights line under the story or the page: "© 2024 Verlag GmbH. Alle Rechte vorbehalten.",
    // "This article is the copyrighted property of …" (trafilatura dev 0003; WCXB's truth keeps such a
    // line on 8 of 1,299 pages and lists 170 as boilerplate). A year after the sign, or a rights phrase:
    // a story's sentence that starts with the word "copyright" is neither.
    id: 'copyright-notice',
    category: 'credit',
    match: {
      // A line that disclaims the figures above it: "(Alle Angaben ohne Gewähr)" (traf 0680)
      labels: { de: ['alle angaben ohne gewähr', 'angaben ohne gewähr'] },
      patterns: [
        // A block that opens with the sign and a year is the rights line, however far it goes on: "© 2022,
        // BreakingBelizeNews.com. This article is the copyrighted property of … PUNISHABLE BY LAW." (traf 0003)
        /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?\d{4}\b.{0,280}$/u,
        new RegExp(`^.{0,80}(?:${[
          'all rights reserved', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados',
          'tutti i diritti riservati', 'todos os direitos reservados', 'wszelkie prawa zastrzeżone', 'alle rechten voorbehouden',
          'все права защищены', 'všechna práva vyhrazena', 'minden jog fenntartva', 'tüm hakları saklıdır', '版权所有', '版權所有',
          // Korean wire stories' sign-off, Japanese and Chinese reprint notices
          '무단 전재 및 재배포 금지', '무단전재 및 재배포 금지', '무단 전재-재배포 금지', '재판매 및 db 금지', '無断転載を禁じます', '无断转载', '未经授权不得转载', '未經授權不得轉載',
        ].join('|')}).{0,60}$`, 'u'),
        /^this (?:article|story|content) is the copyrighted property of .{1,240}$/,
        // A wire's rights line, its name before the year and its ban on reprints after the reservation: "© Continental
        // Newswire 2025. All rights reserved. Republication or redistribution of Continental Newswire content is expressly
        // prohibited without prior written consent." (probe ring lookalike; Reuters' own words)
        /^(?:©|\(c\)|copyright)\s?[^.]{1,60}\b(?:19|20)\d\d\.? .{0,40}\b(?:republication|redistribution|reproduction)\b.{0,240}$/u,
        /^(?:all rights reserved\.? )?(?:republication|redistribution) or (?:republication|redistribution) of .{1,80} content\b.{0,200}$/u,
        // A Chinese blog's notice over the post: "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。"
        /^版权声明\s?[:：].{0,200}$/u,
        /^written permission (?:must be|is) (?:obtained|required) .{0,200}$/,
        // "All materials on this site may not be reproduced, published, broadcast, rewritten or redistributed
        // in whole or in part without prior express written permission from …"
        /^.{0,160}\bmay not be (?:reproduced|published|broadcast|rewritten|redistributed|copied)\b.{0,160}\bwithout (?:the )?(?:prior )?(?:express )?(?:written )?(?:permission|consent)\b.{0,120}$/,
        // A licence line: "Except where otherwise noted, content on this site is licensed under a Creative
        // Commons …", "Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY",
        // "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE." (traf 0066, 0643)
        /^(?:except where otherwise noted|unless otherwise (?:noted|stated|indicated)),? (?:all )?(?:the )?(?:content|contents|text|material|articles?|posts?)\b.{0,80}\b(?:licensed|available|published) under .{0,160}$/,
        /^(?:sofern|soweit|wenn) nicht anders (?:angegeben|ausgewiesen|vermerkt|gekennzeichnet),? (?:stehen|steht|sind|ist) (?:die |alle )?(?:inhalte|texte) .{0,80}(?:lizenz|cc[- ]by|creative commons).{0,160}$/u,
        /^(?:this|the) (?:work|article|text|post|content|story) is licensed under (?:a |the )?(?:creative commons|cc[- ]by).{0,200}$/,
        /^(?:dieser|der) (?:text|beitrag|artikel|inhalt) (?:wurde |wird |ist )?(?:veröffentlicht|lizenziert) unter (?:der |einer )?(?:lizenz )?.{0,20}(?:cc[- ]by|creative commons).{0,160}$/u,
        /^(?:nachdruck|vervielfältigung|weiterverbreitung)(?: ist)?(?: nur)? mit (?:ausdrücklicher |schriftlicher |vorheriger )?(?:genehmigung|erlaubnis|zustimmung).{0,80}$/u,
        /^(?:toute )?reproduction (?:même partielle |strictement )?interdite.{0,80}$/u,
        /^(?:queda )?prohibida (?:su|la) reproducción.{0,80}$/u,
        // The reprint notice in Russian, Kazakh and Lithuanian: "При перепечатке материалов ссылка на … обязательна",
        // "Материалды көшіріп басу кезінде … гиперсілтеме міндетті", "Draudžiama … panaudoti … be sutikimo".
        /^(?:при (?:полной или частичной )?(?:перепечатке|копировании|использовании)|перепечатка) .{0,120}(?:ссылк|гиперссылк).{0,120}$/u,
        /^материалд.{0,60}(?:көшіріп|көшіру|пайдалан).{0,120}(?:сілтеме|гиперсілтеме).{0,80}$/u,
        /^draudžiama .{0,200}\bbe (?:raštiško |išankstinio )?(?:sutikimo|leidimo)\b.{0,200}$/u,
        // An aggregator's note on the story it retells, and a site's word on the pages it links to: "This
        // article is a summary of a story originally published by the Springfield Gazette. LocalPulse is
        // not responsible for the content of the original article."
        /^this (?:article|story|post) is a (?:summary|shortened version|condensed version) of (?:a|an|the) (?:story|article|report|post) (?:originally |first )?published (?:by|in|on|at) .{1,240}$/,
        // A syndicated story's notice: "(This story has been published from a wire agency feed without
        // modifications to the text. Only the headline has been changed.)", "This story has not been edited by
        // … staff and is auto-generated from a syndicated feed.", dpa's "Die Meldung wurde automatisch übernommen".
        /^\(?(?:this|the) (?:story|article|report|copy) (?:has (?:been|not been edited by .{1,60} and is)|was|is) (?:auto-?generated |automatically )?(?:published |generated |taken )?from (?:a|an|the) (?:wire|news)? ?(?:agency |syndicated |automated )?feed\b.{0,200}$/u,
        /^\(?(?:diese[rs]?|die|der) (?:meldung|nachricht|agenturmeldung|artikel|beitrag|text) (?:wurde|ist) (?:automatisch|redaktionell nicht bearbeitet|nicht redaktionell bearbeitet).{0,160}$/u,
        // An app's word that it only passes the story on: "Disclaimer: This content has not been generated,
        // created or edited by Newsbyte. Publisher: Deccan Agri Times"
        /^(?:disclaimer:\s*)?this (?:content|story|article|news) (?:has not been|is not) (?:generated|created|edited|written|produced)\b.{0,200}$/u,
        /^(?:the )?[\p{L}\p{N} .&'’-]{1,40} is not responsible for the content of (?:external (?:web)?sites|external links|linked (?:web)?sites|the original (?:article|story)|third[- ]party (?:publishers|sites|websites|content|sources))\.?(?:\s.{0,60})?$/u,
        // A feed's word that the partner's story is not its own: "Descargo de responsabilidad: este contenido
        // … no representa la opinión de Orbe Noticias."
        /^descargo de responsabilidad\s?:.{0,300}$/u,
      ],
    },
    maxChars: 300,
    patternChars: 300,
    insideArticleOnly: true,
    reason: 'a copyright, licence or reprint notice',
  },
  {
    // A wire agency's note on who funds a desk, under every story of that desk and republished with it:
    // "The Associated Press' climate and environmental coverage receives financial support from multiple
    // private foundations. AP is solely responsible for all content. …" (probe ring majors-en, ap-like).
    // The funders and the agency's word that the content is its own, in one block.
    id: 'funding-note',
    category: 'credit',
    match: {
      patterns: [
        /^.{0,120}\b(?:receives?|received|is supported by|gets) (?:financial |funding )?(?:support )?(?:from|by) .{1,200}[.;]\s?(?:the )?[\p{L}\p{N}&.'’ -]{1,40} (?:is|are|remains) solely responsible for (?:all )?(?:its |the )?content\b.{0,300}$/u,
      ],
    },
    patternChars: 500,
    insideArticleOnly: true,
    reason: "a wire agency's note on who funds its coverage",
  },
  {
    // The newspaper's note that the story also ran on paper, under the story: "A version of this article
    // appears in print on May 15, 2024, Section B, Page 1 of the New York edition with the headline: …
    // Order Reprints | Today's Paper | Subscribe", "This article appeared in the print edition under the
    // headline …", "Erschienen in DER SPIEGEL 21/2024", "Cet article est paru dans l'édition du 14 mai".
    // Each opens on the story itself ("this article", "a version of this story") or on "published in",
    // and names the paper edition or an issue, so a sentence of the story about a newspaper is not one.
    id: 'print-edition',
    category: 'credit',
    match: {
      patterns: [
        /^a version of this (?:article|story|review|essay|column|report|interview|piece|obituary) (?:appears|appeared|was published|ran) (?:in print|in the print edition|on page)\b.{0,420}$/,
        /^this (?:article|story|review|essay|column|report|interview|piece) (?:appears|appeared|was published|ran|was first published) in (?:print|the print edition|the [^.]{1,50} print edition|the [^.]{1,40} (?:issue|edition) of)\b.{0,300}$/,
        // "Published in the print edition of the March 23, 2026, issue, with the headline “Agreements.”" (probe ring mags)
        /^(?:published|printed|appeared|appears|ran) in the (?:print|printed) edition of (?:the )?[^.]{0,80}\b(?:issue|edition)\b.{0,200}$/,
        /^(?:dieser|der) (?:artikel|text|beitrag) (?:erschien|ist (?:zuerst )?erschienen|wurde (?:zuerst )?veröffentlicht) (?:zuerst )?in (?:der |unserer )?(?:print-?ausgabe|gedruckten ausgabe|ausgabe \S+|zeitungsausgabe)\b.{0,200}$/u,
        /^erschienen in (?:der )?(?:print-?ausgabe\b.{0,120}|.{1,40} \d{1,2}\/\d{4})$/u,
        /^(?:cet article (?:est paru|a été publié)|article paru|paru) dans (?:l['’]édition|le numéro|notre édition|le journal)\b.{0,200}$/u,
        /^(?:este (?:artículo|texto) (?:fue publicado|se publicó|apareció)|publicado) en (?:la edición impresa|la edición (?:de|en) papel|el número)\b.{0,200}$/u,
        /^(?:questo articolo è (?:stato pubblicato|apparso)|pubblicato) (?:nell['’]edizione cartacea|sul numero|nel numero)\b.{0,200}$/u,
      ],
    },
    maxChars: 500,
    patternChars: 500,
    insideArticleOnly: true,
    reason: 'the note that the story also ran in the printed paper',
  },
  {
    // The label a screen reader says before a caption, set in an element of its own that only CSS hides:
    // the BBC's "Image caption, " in every language it publishes in ("تصویر کا کیپشن،", probe ring
    // languages 5). Shown as text, it is a line of its own above every caption.
    id: 'caption-label',
    category: 'credit',
    match: {
      // Written with the comma that joins it to the caption when read aloud ("Image caption, "); the credit's
      // "Image source, " too, once the agency's name beside it went as a credit (probe ring formats). Not its
      // other languages': the BBC's Urdu "تصویر کا ذریعہ،" is printed glued to the credit it names (urdu-bbc-labels).
      patterns: [
        /^[,،]?\s*(?:image caption|video caption|media caption|تصویر کا کیپشن|ویڈیو کیپشن|توضیح تصویر|توضیح ویدیو|التعليق على الصورة|التعليق على الفيديو|इमेज कैप्शन|वीडियो कैप्शन|pie de foto|pie de video|legenda da foto|legenda do vídeo|подпись к фото|подпись к видео|fotoğraf altı yazısı|video açıklaması|image source)\s*[,،]?$/u,
      ],
    },
    maxChars: 40,
    reason: "a screen reader's label before a caption",
  },
] as const satisfies readonly ClutterRule[];
