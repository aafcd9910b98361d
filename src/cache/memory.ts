// In-memory memos for a process that builds the site again and again (`npm start`, scripts/serve-session.ts): what
// the on-disk caches hold, and more, kept between builds so a rebuild's work follows what changed (issue 8). Each
// memo is keyed by everything its value is computed from, so a build that uses one gives the bytes a build without
// it gives (test/site/serve-session.test.ts compares them).

/**
 * A Map that forgets what a build did not use: entries read or written since the last `nextGeneration` are kept
 * through the next one, the others dropped then. A build calls `nextGeneration` once it has finished with the memo.
 */
export class Generations<K, V> {
  #old = new Map<K, V>();
  #now = new Map<K, V>();

  get(key: K): V | undefined {
    const now = this.#now.get(key);
    if (now !== undefined) return now;
    const old = this.#old.get(key);
    if (old !== undefined) this.#now.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    this.#now.set(key, value);
  }

  /** Drops whatever was not used since the last call. */
  nextGeneration(): void {
    this.#old = this.#now;
    this.#now = new Map();
  }

  get size(): number {
    return this.#now.size;
  }
}

/** A serial number per object, for memo keys made of several objects' identities. */
export class Serials {
  #next = 0;
  #ids = new WeakMap<object, number>();

  of(value: object): number {
    let id = this.#ids.get(value);
    if (id === undefined) this.#ids.set(value, (id = ++this.#next));
    return id;
  }

  /** The serial if the object has one already. */
  known(value: object): number | undefined {
    return this.#ids.get(value);
  }
}
