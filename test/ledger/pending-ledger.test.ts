// `npm run build` must not touch content/ before the site is built: buildSiteData hands the updated ledger back
// instead of writing it, and the build writes it only after the new site is in place.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteData, writeLedger } from '../../src/site/build-site-data.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-ledger-'));
  await cp('content/articles', path.join(dir, 'articles'), { recursive: true });
  await writeFile(path.join(dir, 'event-ledger.json'), '{"events": {}}\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the pending ledger', () => {
  it('is returned, not written, when the caller writes it later', async () => {
    const data = await buildSiteData({ contentDir: dir, cacheDir: false, writeLedger: false, onStats: () => {} });
    expect(await readFile(path.join(dir, 'event-ledger.json'), 'utf8')).toBe('{"events": {}}\n');
    expect(Object.keys(data.pendingLedger!.ledger.events)).toEqual(expect.arrayContaining(data.events.map((e) => e.id)));
    await writeLedger(data.pendingLedger!);
    const written = JSON.parse(await readFile(path.join(dir, 'event-ledger.json'), 'utf8')) as { events: Record<string, unknown> };
    expect(Object.keys(written.events).length).toBe(Object.keys(data.pendingLedger!.ledger.events).length);
  });
});
