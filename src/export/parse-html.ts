// Parsing the sanitized body for the exporters, into an inert document (no scripts run, nothing loads).
export type ParseHtml = (html: string) => Node;

/** The body of `html` parsed by the page's DOMParser (extension pages; jsdom in tests). */
export function parseWithDomParser(html: string): Node {
  return new DOMParser().parseFromString(html, 'text/html').body;
}
