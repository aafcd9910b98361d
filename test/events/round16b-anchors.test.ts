// Round 16b: which development a relative date counts from (resolve-relative.ts). A telling that places itself
// against the anchor ("a week before the referendum") is not the anchor.
import { describe, expect, it } from 'vitest';
import { storyOf } from '../helpers/story-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { resolveRelative } from '../../src/events/resolve-relative.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

const article = storyOf;

/** Each resolved mention's sentence and anchor date. */
function anchored(articles: Article[]): string[] {
  const extracted = articles.map((a) => extractMentions(a));
  const published = new Map(articles.map((a) => [a.slug, { year: +a.published.slice(0, 4), month: +a.published.slice(5, 7), day: +a.published.slice(8, 10) }]));
  const resolved = resolveRelative(extracted.flatMap((e) => e.relative), mergeMentions(extracted.flatMap((e) => e.mentions)), published);
  return resolved.map((m) => `${m.article} s-${m.sentence}: ${m.date.qualifier ?? ''} ${formatIso(m.date.date)}`);
}

describe('round 16b: a telling placed against the anchor is not the anchor', () => {
  it('"left on 2 March, a week before the referendum" does not date "hours before the referendum"', () => {
    const story = article('check', '2030-04-20', [
      'The first Varnese battalion left the port of Oskel on 2 March, a week before the referendum.',
      'Shells hit the harbour at Oskel hours before the referendum, the coastguard said.',
    ]);
    expect(anchored([story])).toEqual([]);
  });

  it('nor does "after the referendum", with or without a count', () => {
    const story = article('check', '2030-04-20', [
      'Most of the Varnese battalion left Oskel on 14 March, days after the referendum.',
      'Shells hit the harbour at Oskel hours before the referendum, the coastguard said.',
    ]);
    expect(anchored([story])).toEqual([]);
  });

  it('a telling of the anchor itself still dates it, beside one placed against it', () => {
    const story = article('check', '2030-04-20', [
      'The first Varnese battalion left the port of Oskel on 2 March, a week before the referendum.',
      'Gunmen attacked a polling station in Oskel on 9 March, wounding two clerks.',
      'Shells hit the harbour at Oskel hours before the attack on the polling station, the coastguard said.',
    ]);
    expect(anchored([story])).toEqual(['check s-2: before 2030-03-09']);
  });
});

describe('round 16b: the development the anchor\'s word tells beats a later one that only plans it', () => {
  const review = article('review', '2032-06-14', [
    'The Lorn Fisheries Treaty, signed at the old customs house on Friday, sets quotas for every boat.',
    'Deputy Minister Ilse Varga told the Herald on Saturday that Kessa would sign up to the quota table "as an equal".',
    'The Gazette gives the quota table a full page.',
    'The Herald prints the speech of Foreign Minister Tomas Reel at the signing, where he told both delegations that "fish keep no borders".',
  ]);

  it('"at the signing" is the treaty signed on Friday, not Saturday\'s "would sign up"', () => {
    expect(anchored([review])).toEqual(['review s-3:  2032-06-11']);
  });

  it('read with the sentences in the other order, the same', () => {
    const reordered = article('review', '2032-06-14', [1, 0, 2, 3].map((i) => review.sentences[i]!.text));
    expect(anchored([reordered])).toEqual(['review s-3:  2032-06-11']);
  });

  it('a later development told as done in the anchor\'s word still beats an earlier plan of it', () => {
    const story = article('wire', '2032-06-14', [
      'On Thursday the mediator said both sides would sign the truce within days.',
      'Both commanders signed the truce at Marrow Bridge on Saturday.',
      'Mortars hit the bridge an hour after the signing, the mission said.',
    ]);
    expect(anchored([story]).filter((line) => line.includes('s-2'))).toEqual(['wire s-2: after 2032-06-12']);
  });
});

describe('round 16b: an anchor named by its kind alone ("the attack") is any development of that kind', () => {
  const explainer = article('explainer', '2036-03-06', [
    'A rocket hit the ferry terminal at Sallow on Tuesday evening, port officials say.',
    'Sallow was last attacked on 12 February, when two grenades were thrown at a checkpoint.',
    'The terminal has since reopened.',
    'Hours after the attack, Premier Ada Voss spoke by phone with the Orvish president.',
  ]);

  it('the literal word of an older attack does not outweigh the article\'s latest attack', () => {
    expect(anchored([explainer])).toEqual(['explainer s-3: after 2036-03-04']);
  });

  it('an anchor with words of its own ("the grenade attack") still takes the telling that holds them', () => {
    const named = article('explainer', '2036-03-06', [
      explainer.sentences[0]!.text,
      'Sallow saw a grenade attack on 12 February, when two grenades were thrown at a checkpoint.',
      'The terminal has since reopened.',
      'Hours after the grenade attack, Premier Ada Voss spoke by phone with the Orvish president.',
    ]);
    expect(anchored([named])).toEqual(['explainer s-3: after 2036-02-12']);
  });
});
