// Phrases of the line that points a story's reader at its publisher's standards: "Our Standards: The
// Thomson Reuters Trust Principles.", "Unsere Standards: …", "Read our editorial guidelines". Data
// only: src/core/clean/standards-line.ts matches them, lower-cased and with spaces collapsed, against a
// short line with a link at the story's end, never against a sentence of the story.

/** A label that opens the line, before a colon and the policy's link ("Our Standards: …"). */
export const STANDARDS_LABELS: readonly string[] = [
  // English
  'our standards', 'our editorial standards', 'our principles', 'editorial standards',
  // German
  'unsere standards', 'unsere grundsätze', 'unsere richtlinien',
  // Spanish
  'nuestras normas', 'nuestros estándares', 'nuestros principios',
  // French
  'nos standards', 'nos normes', 'nos principes', 'nos valeurs',
  // Italian
  'i nostri standard', 'i nostri principi',
  // Portuguese
  'nossos padrões', 'nossos princípios', 'os nossos padrões',
];

/** The name of a policy that such a line links to, anywhere in the link's text. */
export const STANDARDS_POLICIES: readonly string[] = [
  // English
  'trust principles', 'editorial standards', 'editorial guidelines', 'editorial policy', 'editorial policies',
  'ethics policy', 'code of ethics', 'standards and ethics', 'ethics and standards', 'journalistic standards', 'corrections policy',
  // German
  'redaktionelle grundsätze', 'redaktionelle standards', 'redaktionelle leitlinien', 'redaktionsrichtlinien', 'journalistische standards',
  // Spanish
  'principios de confianza', 'normas editoriales', 'principios editoriales', 'código de ética', 'política editorial',
  // French
  'principes de confiance', 'charte déontologique', 'charte éditoriale', 'principes éditoriaux', 'normes éditoriales',
  // Italian
  'principi di fiducia', 'principi editoriali', 'codice etico', 'linee guida editoriali',
  // Portuguese
  'princípios de confiança', 'princípios editoriais', 'código de ética', 'política editorial',
];
