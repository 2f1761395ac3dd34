// A URL's query read with URLSearchParams.forEach, never with its iterators. In a Firefox content
// script the URL objects come through Xray wrappers, and there the iterator that entries(), keys() or
// values() returns has no Symbol.iterator: Array.from reads it as an empty list, silently, and for…of
// throws. The cleaner runs in that world (fixture paginated-story: its "?page=2" read as the story's
// own address, and the pager stayed in Firefox only).

/** The name/value pairs of a query, in order; safe in Firefox's content-script world. */
export function queryPairs(params: URLSearchParams): Array<[name: string, value: string]> {
  const pairs: Array<[string, string]> = [];
  params.forEach((value, name) => pairs.push([name, value]));
  return pairs;
}
