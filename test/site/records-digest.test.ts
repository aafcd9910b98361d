// A search index's digest is fed one record at a time (src/site/page-plan.ts): it must stay the digest of the whole
// serialisation, or every index would be written again on the first build after the change.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { recordsDigest } from '../../src/site/page-plan.js';

const whole = (records: readonly object[]) => createHash('sha256').update(JSON.stringify(records)).digest('base64url');

describe('recordsDigest', () => {
  it('is the digest of JSON.stringify(records), for none, one and several, non-ASCII included', () => {
    const record = (n: number) => ({ url: `/events/${n}/`, content: `Talks in Zürich — round ${n} "quoted" 🕊️\n`, language: 'en', meta: { title: `Round ${n}` }, filters: { kind: ['Talks'] } });
    for (const records of [[], [record(1)], [record(1), record(2), record(3)]]) expect(recordsDigest(records)).toBe(whole(records));
    expect(recordsDigest([record(1), record(2)])).not.toBe(recordsDigest([record(2), record(1)]));
  });
});
