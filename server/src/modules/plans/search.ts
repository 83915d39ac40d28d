import { foldForMatch } from '@qorgau/domain/roadmap/text-normalize';

// Search works on text folded in JavaScript (lower case, Latin look-alikes made Cyrillic, ё as е, one
// space), stored beside the original and matched with strpos. Folding in the database would depend on
// its collation, and PGlite and a PostgreSQL server need not lower Kazakh letters the same way.

/** The folded form of a text, as stored for search. */
export function searchKey(text: string): string {
  return foldForMatch(text.replace(/\s+/g, ' '));
}

/** The words of a query, folded and stripped of surrounding punctuation; empty words are dropped. */
export function searchWords(query: string): string[] {
  return searchKey(query)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}
