/**
 * Okapi BM25 (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009), pure:
 * rank documents for a query the way a lexical tool search does. Tokens are lowercased words and camelCase
 * parts, Lucene's English stop words dropped, a plural `s`/`ies` folded; nothing tuned to this document.
 */

/** The usual BM25 constants. */
export const K1 = 1.2;
export const B = 0.75;

/** Lucene's English stop words, plus the question words and pronouns people start a request with. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
  'what', 'which', 'who', 'when', 'how', 'do', 'does', 'can', 'i', 'me', 'my', 'you', 'your',
]);

/** A text's tokens: camelCase split, lowercased, stop words out, plurals folded (`pools` -> `pool`, `identities` -> `identity`). */
export function tokens(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !STOP_WORDS.has(t))
    .map((t) => (t.endsWith('ies') && t.length > 4 ? `${t.slice(0, -3)}y` : t.endsWith('s') && !t.endsWith('ss') && t.length > 3 ? t.slice(0, -1) : t));
}

/** A ranking function over fixed documents: query -> document ids, best first, with scores. */
export function bm25(documents: Readonly<Record<string, string>>): (query: string) => Array<{ id: string; score: number }> {
  const docs = Object.entries(documents).map(([id, text]) => ({ id, terms: tokens(text) }));
  const avgLength = docs.reduce((n, d) => n + d.terms.length, 0) / Math.max(docs.length, 1);
  const frequency = docs.map((d) => d.terms.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>()));
  const documentFrequency = new Map<string, number>();
  for (const f of frequency) for (const t of f.keys()) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  const idf = (t: string) => {
    const n = documentFrequency.get(t) ?? 0;
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  };
  return (query) => {
    const terms = [...new Set(tokens(query))];
    return docs.map((d, i) => {
      const f = frequency[i] as Map<string, number>;
      const norm = K1 * (1 - B + B * (d.terms.length / avgLength));
      const score = terms.reduce((sum, t) => {
        const tf = f.get(t) ?? 0;
        return sum + (tf === 0 ? 0 : idf(t) * ((tf * (K1 + 1)) / (tf + norm)));
      }, 0);
      return { id: d.id, score };
    }).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  };
}
