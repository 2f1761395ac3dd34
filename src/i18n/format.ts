// The substitution rules of chrome.i18n.getMessage, for the English fallback (tests, and any message
// the browser does not return): $NAME$ is the named placeholder's content, whose $1…$9 are the
// substitutions; "$$" is a literal "$".

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

function positional(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (whole, ref: string) => (ref === '$' ? '$' : substitutions[Number(ref) - 1] ?? ''));
}

/** The message with its placeholders and substitutions filled in. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  // One pass, so that a substitution containing "$NAME$" or "$1" is not expanded again.
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (whole, name: string | undefined, index: string | undefined) => {
    if (whole === '$$') return '$';
    if (index !== undefined) return substitutions[Number(index) - 1] ?? '';
    const content = placeholders.get((name ?? '').toLowerCase());
    return content === undefined ? whole : positional(content, substitutions);
  });
}
