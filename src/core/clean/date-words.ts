// The words a date is written with in a byline or a meta line, in the languages the date code knows:
// month and weekday names (generated from ICU: src/core/rules/date-names.ts), the small words and
// labels around them ("de", "Updated", "Veröffentlicht am"), figures, times and zones; and the cut
// that takes such a date off a byline.
// Split out of meta-line.ts, which reads the lines these words make up.

import { DATE_NAMES } from '../rules/date-names';

/** Words a written-out date is made of besides month and weekday names ("6 de mayo de 2022", "Monday at 5:30 pm"). */
const DATE_WORDS = new Set(['de', 'del', 'of', 'the', 'at', 'um', 'à', 'le', 'el', 'am', 'pm', 'h', 'hrs', 'uhr', 'th', 'st', 'nd', 'rd', 'er', 'e', 'di', 'van', 'il', 'alle', 'ore',
  // A time told from now ("Updated: 2 hours ago")
  'ago', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'day', 'days',
  // … in Portuguese and Spanish ("Atualizado há 2 horas", "hace 3 días": probe majors-world folha #9)
  'há', 'hace', 'minuto', 'minutos', 'hora', 'horas', 'dia', 'dias', 'día', 'días',
  // Croatian "at"; Swahili "hour", "in the morning / afternoon / evening / night"
  'u', 'saa', 'asubuhi', 'mchana', 'jioni', 'usiku',
  // Danish, Norwegian and Swedish "kl." before the time; Lithuanian "2024 m. gruodžio 6 d." (year, day)
  'kl', 'klo', 'm', 'd',
  // "o'clock", "at", "a.m." / "p.m." in Persian, Arabic, Hindi, Thai and Burmese ("ساعت ۱۰:۳۰", "१० बजे", "10.30 น.", "နံနက် ၁၀:၃၀")
  'ساعت', 'الساعة', 'ص', 'بجے', 'बजे', 'น', 'နံနက်', 'ညနေ', 'မွန်းလွဲ']);

/**
 * The text with every decimal digit of another script written as an ASCII one: a date in Persian,
 * Arabic-Indic, Devanagari, Bengali, Thai, Burmese or Khmer figures ("۴ اردیبهشت ۱۴۰۴", "၂၀၂၅ ဧပြီ ၂၄")
 * reads as one in figures. Each script's digits stand in a run of ten from its zero.
 */
export function asciiDigits(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text.replace(/(?![0-9])\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 48;
    let zero = code;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    return String((code - zero) % 10);
  });
}
let dateNames: Set<string> | null = null;

/** Month and weekday names, long and short (src/core/rules/date-names.ts, generated from ICU), and the words above. */
function namesOfDates(): Set<string> {
  if (dateNames) return dateNames;
  const names = new Set(DATE_WORDS);
  for (const name of DATE_NAMES.split('|')) names.add(name);
  return (dateNames = names);
}

/**
 * True when a byline is nothing but a date ("6 March 2026 05:30", "5 de mayo de 2022 20:00"): a theme's
 * `byline` class on the date line, which Readability takes for the author. The date is publishedTime.
 */
export function isDateOnly(byline: string): boolean {
  const text = asciiDigits(byline);
  if (!/\d/.test(text)) return false;
  // Letters with their marks: a Bengali or Burmese word is not split at its vowel signs ("এপ্রিল").
  const words = text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
  if (words.length === 0) return true;
  const names = namesOfDates();
  return words.every((word) => names.has(word));
}

/** Separators between a byline's name and its date ("·", "|", "•", dashes, commas). */
const SEPARATOR = /^[\s|•·,;/–—-]*$/;
/** Tokens of a date written in figures: "11,", "2026", "2:20", "5:20pm", "14h30" (Portuguese, French), "21st", "14.02.2026,", "2026-05-11". */
const DATE_FIGURES = /^\d{1,4}(?:st|nd|rd|th|\.)?$|^\d{1,2}(?:[:.]\d{2}(?:[ap]\.?m\.?)?|h\d{2})$|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/i;

/**
 * "a.m.", "pm", and zones in capitals: "PT", "EDT", "UTC", "MEZ" ("Published 5:00 a.m. PT July 9, 2025"),
 * and "UK" as a British sports site writes UK time ("Saturday 1 March 2026 17:45, UK": fixture
 * date-line-glued-label).
 */
const TIME_WORDS = /^[ap]\.?m\.?$|^(?:[A-Z]{1,3}T|UTC|GMT|MESZ|MEZ|UK)$/;
/** Words that label a date in a byline ("Posted", "Updated", "Veröffentlicht am", "Publié le"). */
const DATE_LABELS = new Set([
  'on', 'posted', 'published', 'updated', 'veröffentlicht', 'aktualisiert', 'publié', 'publicado', 'actualizado', 'pubblicato',
  'aggiornato', 'modifica', 'modificato', 'atualizado', 'gepubliceerd', 'bijgewerkt', 'opublikowano', 'опубликовано', 'обновлено', 'diterbitkan',
  'diperbarui', 'yayınlanma', 'güncelleme', 'güncellendi',
  'módosítva', 'frissítve', 'publikálva', 'päivitetty', 'julkaistu', 'aktualizováno', 'publikováno', 'aktualizace', 'actualizat', 'publicat',
  'oppdatert', 'publisert', 'opdateret', 'udgivet', 'uppdaterad', 'publicerad', 'dikemaskini',
  'objavljeno', 'ažurirano', 'actualitzat', 'imesasishwa', 'imechapishwa', 'публикувана', 'публикувано', 'обновена', 'обновено',
  'paskelbta', 'atnaujinta', 'publicēts', 'atjaunināts', 'avaldatud', 'uuendatud', 'inilathala', 'na-update',
  // Icelandic, Albanian, Azerbaijani, Greek, Serbian, Macedonian, Hindi
  'birt', 'uppfært', 'publikuar', 'përditësuar', 'yayımlandı', 'yenilənib', 'δημοσιεύθηκε', 'ενημερώθηκε', 'објављено', 'ажурирано',
  'објавено', 'प्रकाशित', 'अपडेट',
  // Persian, Arabic, Bengali, Thai
  'انتشار', 'تاریخ', 'بروزرسانی', 'نشر', 'تحديث', 'প্রকাশ', 'প্রকাশিত', 'আপডেট', 'เผยแพร่', 'อัปเดต',
  // Korean "posted" / "edited" ("김서연 기자 · 입력 2026.10.05 09:00": fixture korean-related-brackets), Japanese, Chinese
  '입력', '수정', '기사입력', '등록', '公開', '更新', '公開日', '更新日', '投稿日', '发布', '发布时间', '发表于', '更新时间',
]);

/**
 * A line's tokens as a date reads them, with the parts that markup glued together apart: "2026Updated",
 * "EDT|Updated: 2 hours ago", and a label glued to its time ("<li>Updated<time>15:10, 14 Mar 2026</time>":
 * fixture date-line-glued-label); a word's letters only, not the "h" of a time ("11h30").
 */
export function dateTokens(line: string): string[] {
  return asciiDigits(line).replace(/(\d)(\p{Lu})/gu, '$1 $2').replace(/(\p{L}{2,})(\d)/gu, '$1 $2').replace(/(\S)\|(?=\S)/gu, '$1 |').split(/\s+/).filter(Boolean);
}

/** Whether a token of a byline is part of a written date (or a separator beside one). */
export function isDateToken(token: string): boolean {
  // A separator glued to its label by markup counts for nothing ("<span>|Updated: 3:40 PM EDT</span>").
  // Arabic's comma, the Devanagari and Burmese section marks end a date's part as a comma does ("၂၄၊").
  const bare = asciiDigits(token).toLowerCase().replace(/^[(\[|•·]+|[),;:\]|•·،၊।]+$/g, '').replace(/\.$/, '');
  if (SEPARATOR.test(token) || token === '@' || DATE_FIGURES.test(bare) || TIME_WORDS.test(token.replace(/[,;|•·]$/, ''))) return true;
  return namesOfDates().has(bare) || DATE_LABELS.has(bare);
}

/**
 * Whether a word of a byline is a month's or a weekday's name, or a date's label ("Aug.", "Sept",
 * "Friday,", "Updated", "on"): not one of the small words between a date's parts ("de", "of"), which
 * also stand inside names.
 */
export function isDateName(word: string): boolean {
  const bare = word.toLowerCase().replace(/[.,;:]+$/, '');
  return (namesOfDates().has(bare) && !DATE_WORDS.has(bare)) || DATE_LABELS.has(bare);
}

/**
 * A byline without the date written beside its name ("By Owen Marsh May 11, 2026 2:20 pm", "By Helen
 * Farrow · February 1, 2026", "14.02.2026 | Von Jonas Riedel"): a theme's byline block holds both, and
 * Readability takes the whole line for the author (fixture essay-footnotes). The date is shown as
 * publishedTime. Only a run of date words that holds a year or a time goes; the text as it was otherwise.
 */
export function withoutDate(byline: string): string {
  // A day or a time glued to the name by markup without spaces ("Chris Carroll30 Sep 2022, 11:07am",
  // "Jana Kovacs3:00 PM UTC"), or a month's name before its day ("Associated PressMar 4, 2026, 11:48 PM
  // ET": fixture byline-glued-month).
  const unglued = byline
    .replace(/(\p{Ll})(\d{1,2}(?:[:.]\d{2})?\s+\p{L})/gu, '$1 $2')
    .replace(/(\p{Ll})(\p{Lu}\p{Ll}{2,}\.?)(?=\s+\d)/gu, (all: string, end: string, month: string) => (isDateName(month) ? `${end} ${month}` : all));
  const tokens = unglued.split(/\s+/).filter(Boolean);
  let start = 0;
  let end = tokens.length;
  // A year or a time ("2:20", "03h01"), or a time told from now ("· 3 hours ago").
  const isDate = (run: string[]): boolean => run.some((token) => /^\d{4}\b|\d:\d\d|^\d{1,2}h\d\d$/.test(asciiDigits(token).replace(/^[(\[]+/, '')) || /^ago\b/i.test(token));
  while (end > start && isDateToken(tokens[end - 1] ?? '')) end--;
  if (!isDate(tokens.slice(end))) end = tokens.length;
  while (start < end && isDateToken(tokens[start] ?? '')) start++;
  if (!isDate(tokens.slice(0, start))) start = 0;
  const name = tokens.slice(start, end).join(' ').replace(/^[\s|•·,;–—-]+|[\s|•·,;–—-]+$/g, '');
  return /\p{L}/u.test(name) ? name : byline;
}

