// How strongly two mentions point at the same development, beyond their kind and date: shared actors, places and
// quantities, and shared distinctive words weighted by how rare they are in the corpus (IDF), so that "strategic
// dialogue" counts and "Iraq" in an Iraq corpus barely does. Merging never rests on a date alone.
import { MONTH_NAMES, WEEKDAY_NAMES } from '../calendar/calendar-date.js';
import type { Mention } from '../types.js';

export interface MentionProfile {
  actors: Set<string>;
  places: Set<string>;
  quantities: Set<string>;
  terms: Set<string>;
}

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each earlier early few for from further had has have having he her here
  hers him his how i if in into is it its itself just last late latest least made more most much near nearly next no nor not
  now of off on once only or other our out over own per said same says she should so some such than that the their them
  then there these they this those through to too under until up upon us very was we were what when where which while who
  whom why will with would year years month months week weeks day days today yesterday ago time times since ahead
  according added told say saying`
    .split(/\s+/)
    .filter(Boolean),
);
for (const name of [...MONTH_NAMES, ...WEEKDAY_NAMES]) STOPWORDS.add(name.toLowerCase());

/** Lowercase, without Arabic/European name particles, so "Qassem Soleimani" and "Qasem Soleimani" share "soleimani". */
export function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w && !['the', 'al', 'el', 'bin', 'ibn', 'abu'].includes(w));
  return words.at(-1) ?? '';
}

export function terms(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []) {
    const word = raw.replace(/'s$/, '').replace(/^(al|el)-/, '');
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    out.add(word.length > 4 ? word.replace(/(ies|es|s)$/, (m) => (m === 'ies' ? 'y' : '')) : word);
  }
  return out;
}

export function profileMention(mention: Mention): MentionProfile {
  const quoteWithoutDate = mention.quote.slice(0, mention.date.index) + mention.quote.slice(mention.date.index + mention.date.text.length);
  return {
    actors: new Set(mention.actors.map(nameKey).filter(Boolean)),
    places: new Set(mention.places.map((p) => p.toLowerCase())),
    quantities: new Set(mention.quantities.map((q) => `${q.value} ${q.counts}`)),
    terms: terms(quoteWithoutDate),
  };
}

/** Inverse document frequency of each term over a set of profiles; computed from the set, so order never matters. */
export function inverseDocumentFrequency(profiles: readonly MentionProfile[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const p of profiles) for (const t of p.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = profiles.length;
  return (term) => Math.log((n + 1) / ((df.get(term) ?? 0) + 1));
}

const shared = <T>(a: Set<T>, b: Set<T>): T[] => [...a].filter((x) => b.has(x));

/**
 * Evidence that two mentions tell one development: IDF-weighted overlap of their words (0–1, relative to the
 * shorter one) plus 0.25 for each shared actor or place and 0.5 for each shared quantity.
 */
export function evidence(a: MentionProfile, b: MentionProfile, idf: (term: string) => number): number {
  const weight = (set: Set<string>) => [...set].reduce((sum, t) => sum + idf(t), 0);
  const overlap = shared(a.terms, b.terms).reduce((sum, t) => sum + idf(t), 0);
  const smaller = Math.min(weight(a.terms), weight(b.terms)) || 1;
  return (
    overlap / smaller +
    0.25 * (shared(a.actors, b.actors).length + shared(a.places, b.places).length) +
    0.5 * shared(a.quantities, b.quantities).length
  );
}
