// Thirteenth round of merging, on mentions of our own (the round was made on the merges holdout10 missed).
import { describe, expect, it } from 'vitest';
import { attachOrphans } from '../../src/events/attach-orphans.js';
import { mentionOf } from '../helpers/mention-of.js';
import type { Mention, Orphan } from '../../src/types.js';

const mention = mentionOf;
const talks = (cue: string, cameo = '057') => ({ classification: { type: 'talks' as const, cue, cameo } });
/** A dated sentence naming no kind, as extraction hands it to attachOrphans. */
function orphan(article: string, date: string, quote: string, extra: Partial<Mention> = {}): Orphan {
  const { classification: _none, ...rest } = mention(article, 'talks', date, quote, extra);
  return rest;
}

describe('round 13 orphans', () => {
  const accord = mention('a', 'talks', '2031-06', 'Pellau, which mediated the Tessin Accord signed in Varro in', { ...talks('signed'), places: ['Varro'] });

  it('a day orphan joins the cluster dated only to its month when it shares much with it, and gives it its day', () => {
    const day = orphan('b', '2031-06-09', 'The Tessin Accord, signed in Varro by both delegations, has held since', { places: ['Varro'] });
    const [cluster] = attachOrphans([[accord]], [day]);
    expect(cluster!.map((m) => m.article)).toEqual(['a', 'b']);
  });

  it('but not on a few words, nor on words lent by the sentence before, nor outside the part of the month told', () => {
    const weak = orphan('b', '2031-06-09', 'No communique from Varro is expected today', { places: ['Varro'], context: 'The Tessin Accord signed in Varro held.' });
    expect(attachOrphans([[accord]], [weak])[0]).toHaveLength(1);
    const early = { ...accord, date: { ...accord.date, qualifier: 'early' as const } };
    const late = orphan('b', '2031-06-25', 'The Tessin Accord, signed in Varro by both delegations, has held since', { places: ['Varro'] });
    expect(attachOrphans([[early]], [late])[0]).toHaveLength(1);
  });
});
