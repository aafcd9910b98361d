// A content key for each event, cheaper than serialising it (issue 8: a rebuild digested every event's JSON, ~50 M
// characters at 1,000 articles, to find the few pages that changed). An event is its id and the draft `buildEvent`
// makes of its cluster, and a cluster is its mentions in order: a mention read from an article is fixed by that
// article's extraction key (the extraction cache's: slug, front matter and text) and its place in what extraction gave;
// any other (a resolved relative date, a mention re-dated while merging) is keyed by its content and its article's key.
// The code that turns clusters into events and events into page data is in the key too, all of it: a narrower list
// would have to be kept in step with every import.
import { createHash } from 'node:crypto';
import type { ArticleMentions } from '../extract/extract-mentions.js';
import type { Mention, TimelineEvent } from '../types.js';
import { codeFingerprint } from '../cache/code-fingerprint.js';

/** What an event's key covers besides its cluster: every file of src/ and the installed packages. */
export const EVENT_CODE = ['src', 'package-lock.json'];

/**
 * Keys `events` (each made from the cluster at the same index) into `keys`. `extracted` holds each article's
 * extraction with `identity` its key; `code` defaults to the fingerprint of EVENT_CODE.
 */
export function keyEvents(
  events: readonly TimelineEvent[],
  clusters: readonly (readonly Mention[])[],
  extracted: ReadonlyMap<string, ArticleMentions>,
  identity: (slug: string) => string,
  keys: WeakMap<TimelineEvent, string>,
  code = codeFingerprint(EVENT_CODE),
): void {
  const places = new Map<object, string>();
  for (const [slug, result] of extracted) {
    const id = identity(slug);
    result.mentions.forEach((m, i) => places.set(m, `${id}#m${i}`));
    result.orphans?.forEach((m, i) => places.set(m, `${id}#o${i}`));
  }
  const token = (m: Mention) => places.get(m) ?? `${identity(m.article)}#${JSON.stringify(m)}`;
  events.forEach((event, i) => {
    const hash = createHash('sha256').update(`dateline-event\0${code}\0${event.id}\0${event.url}`);
    for (const m of clusters[i]!) hash.update(`\0${token(m)}`);
    keys.set(event, hash.digest('base64url'));
  });
}
