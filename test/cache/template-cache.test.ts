// Compiled templates on disk: an entry serves only the template source it was compiled from, and an edited template
// replaces its entry instead of adding one.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateCache } from '../../src/cache/template-cache.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-template-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('templateCache', () => {
  it('gives back a compiled source only for the key it was stored with', () => {
    const store = templateCache(dir);
    expect(store.get('templates/event.njk', 'a')).toBeUndefined();
    store.set('templates/event.njk', 'a', 'return { root: 1 };');
    expect(templateCache(dir).get('templates/event.njk', 'a')).toBe('return { root: 1 };');
    expect(templateCache(dir).get('templates/event.njk', 'b')).toBeUndefined();
    expect(templateCache(dir).get('templates/other.njk', 'a')).toBeUndefined();
  });

  it('keeps one entry per template: an edit replaces it', () => {
    const store = templateCache(dir);
    store.set('templates/event.njk', 'a', 'one');
    store.set('templates/event.njk', 'b', 'two');
    store.set('templates/list.njk', 'a', 'three');
    expect(readdirSync(dir)).toHaveLength(2);
    expect(store.get('templates/event.njk', 'b')).toBe('two');
    expect(store.get('templates/event.njk', 'a')).toBeUndefined();
  });
});
