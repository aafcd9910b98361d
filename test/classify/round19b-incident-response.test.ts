// Round 19b: police specialists called to an incident, or anyone arriving at the scene of one, make no troop move;
// a military bomb-disposal unit sent to a base or a country still does. Sentences of our own (an invented blast in
// the port of Velk).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2041-06-20'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const kinds = (body: string) => extractMentions(page(body)).mentions.map((m) => m.classification.type);

describe('round 19b: responders to an incident are no force', () => {
  it('police specialists make no troop move', () => {
    expect(kinds('A police explosives team reached the docks on 14 June.')).not.toContain('troops');
    expect(kinds('Constabulary bomb-disposal technicians arrived at the ferry terminal on 14 June.')).not.toContain('troops');
    expect(kinds('Police divers arrived at the harbour on 14 June.')).not.toContain('troops');
  });

  it('arriving at the scene makes no troop move', () => {
    expect(kinds('Soldiers arrived at the scene on 14 June, hours after the car bomb.')).not.toContain('troops');
    expect(kinds('Gendarmes rushed to the blast scene on 14 June.')).not.toContain('troops');
  });

  it('a force sent to a post, a country or a front still moves', () => {
    expect(kinds('A bomb-disposal company arrived at the Velk garrison on 14 June.')).toContain('troops');
    expect(kinds('A gendarmerie bomb-disposal unit arrived in the capital on 14 June.')).toContain('troops');
    expect(kinds('Four hundred police officers arrived in Velk on 14 June.')).toContain('troops');
    expect(kinds('Two battalions were sent to the scene of the fighting on 14 June.')).toContain('troops');
  });

  it('a disposal trade is still no attack', () => {
    expect(kinds('Bomb disposal teams defused a device near the quay on 14 June.')).toEqual([]);
  });
});
