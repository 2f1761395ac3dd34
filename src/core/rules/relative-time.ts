// A time as aggregators and news portals print it beside a teaser: "16 minutes ago", "vor 3 Stunden",
// "há 2 horas", "16 phút trước", "منذ ساعتين", "3시간 전". Data only: one alternative per language (or
// group of languages sharing the form), each a number (any script's digits) or the word for "one",
// a unit, and the language's word for "ago" before or after. Used by the related harvester to tell a
// card's time from its headline (src/core/related-card.ts) and by the story-continuation step to tell
// a teaser's time line (src/core/clean/story-continuation.ts).

/** A count: digits of any script, up to three. */
const N = String.raw`\p{Nd}{1,3}`;
/** A word, letters and marks (Devanagari, Thai and Arabic words carry marks). */
const W = String.raw`[\p{L}\p{M}]+`;

const FORMS: readonly string[] = [
  // English: "16 minutes ago", "an hour ago", "2 hrs ago", "5d ago" is a label, not matched
  String.raw`(?:${N}|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\.?\s+ago`,
  // German, Spanish, French, Portuguese, Czech and Slovak, Romanian, Greek: the word before
  String.raw`(?:vor|hace|il y a|há|před|pred|acum|πριν(?:\s+από)?)\s+(?:${N}|einer?|einem|un[ao]?|une?|uma?|ένα|μία)\s+${W}`,
  // Swedish: "för 16 minuter sedan"
  String.raw`för\s+(?:${N}|en|ett)\s+${W}\s+sedan`,
  // Italian, Dutch, Polish, Russian, Ukrainian, Bulgarian, Turkish, Indonesian and Malay, Vietnamese,
  // Hindi, Persian, Norwegian and Danish, Finnish: the number, the unit, then "ago"
  String.raw`${N}\s+${W}\s+(?:fa|geleden|temu|назад|тому|önce|(?:yang\s+)?lalu|trước|पहले|पूर्व|پیش|قبل|siden|sitten)`,
  // Hungarian glues "ago" to the unit: "16 perce", "2 órája", "3 napja"
  String.raw`${N}\s+(?:másodperce|perce|órája|napja|hete|hónapja|éve)`,
  // Arabic and Hebrew: the word before, the count often in the unit itself ("منذ ساعتين", two hours);
  // not a year's number after it ("منذ عام 2010" is "since the year 2010")
  String.raw`(?:منذ\s+(?:${N}\s+)?(?:ثانية|ثوان|ثوانٍ|دقيقة|دقائق|دقيقتين|ساعة|ساعات|ساعتين|يوم|أيام|يومين|أسبوع|أسابيع|أسبوعين|شهر|أشهر|شهور|شهرين|سنة|سنوات|سنتين|عام|أعوام|عامين)|לפני\s+(?:${N}\s+)?(?:שנייה|שניות|דקה|דקות|שעה|שעות|שעתיים|יום|ימים|יומיים|שבוע|שבועות|חודש|חודשים|שנה|שנים))(?!\s*\p{Nd})`,
  // Chinese and Japanese: "16分钟前", "3時間前", "2天前"
  String.raw`${N}\s*(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週|週間|个月|個月|か月|ヶ月|年)前`,
  // Korean: "16분 전", "3시간 전"
  String.raw`${N}\s*(?:초|분|시간|일|주|개월|달|년)\s*전`,
  // Thai: "16 นาทีที่แล้ว"
  String.raw`${N}\s*(?:วินาที|นาที|ชั่วโมง|วัน|สัปดาห์|เดือน|ปี)\s*ที่แล้ว`,
];

const SOURCE = FORMS.join('|');

/** A relative time anywhere in a text (letters may not touch it on either side). */
export const RELATIVE_TIME = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${SOURCE})(?![\p{L}\p{M}])`, 'iu');

/** A text that is a relative time and nothing else, spaces and a closing dot aside. */
export const RELATIVE_TIME_LINE = new RegExp(String.raw`^\s*(?:${SOURCE})\.?\s*$`, 'iu');
