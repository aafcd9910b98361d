// The exports (events.json, events.csv, events.ics, timelinejs.json) are written one event at a time: each event's
// part depends on that event alone, so a long-lived process (`npm start`) keeps the parts of unchanged events and a
// rebuild only serialises the new ones (issue 8). Without a memo every part is made afresh.

/** Each event's part of one export, kept by whoever built the events (site-memory.ts); the export's options must not change while it is kept. */
export type ChunkMemo = WeakMap<object, string>;

export function chunk<T extends object>(item: T, memo: ChunkMemo | undefined, make: (item: T) => string): string {
  const kept = memo?.get(item);
  if (kept !== undefined) return kept;
  const made = make(item);
  memo?.set(item, made);
  return made;
}

/**
 * `JSON.stringify(value, null, 2)` as it reads `depth` levels into an enclosing value (each line indented by two
 * spaces a level): a JSON string never holds a raw line break, so indenting every line is exact.
 */
export function nestedJson(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** An array item `depth` levels in, serialised and indented as `JSON.stringify(…, null, 2)` writes it there. */
export function jsonItem(value: unknown, depth: number): string {
  return '  '.repeat(depth) + nestedJson(value, depth);
}

/**
 * A document as the pieces it is the concatenation of: fixed text and each item's part, with the separators as
 * pieces of their own, so two builds' pieces are the same strings up to where they differ (serve-session.ts rewrites
 * an export file only from there on).
 */
export type Parts = string[];

/**
 * The same pieces made one at a time as they are read: `npm run build` writes each as it is made (export-files.ts),
 * so an export is never whole in memory (events.json's pieces were ~142 M characters at 10,000 articles, issue 8).
 */
export type Pieces = Iterable<string>;

/** Each item's part, made when it is read. */
export function* eachPart<T>(items: readonly T[], make: (item: T) => string): Generator<string> {
  for (const item of items) yield make(item);
}

/**
 * `[` item `,` item … `]` as pieces: a JSON array (itself `depth` levels in) of items made by `jsonItem(…, depth + 1)`,
 * each item read only when its piece is.
 */
export function* jsonArrayPieces(items: Pieces, depth: number): Generator<string> {
  const each = items[Symbol.iterator]();
  const first = each.next();
  if (first.done) {
    yield '[]';
    return;
  }
  yield '[\n';
  yield first.value;
  for (let item = each.next(); !item.done; item = each.next()) {
    yield ',\n';
    yield item.value;
  }
  yield `\n${'  '.repeat(depth)}]`;
}

/** Items joined by a separator, as pieces, each item read only when its piece is. */
export function* joinedPieces(items: Pieces, separator: string): Generator<string> {
  let first = true;
  for (const item of items) {
    if (!first) yield separator;
    first = false;
    yield item;
  }
}
