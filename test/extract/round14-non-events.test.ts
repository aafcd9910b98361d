// Fourteenth round: sentences that tell no development however eventful their words, on pages of our own (an invented
// river border between Osk and Marvale).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { paragraphFurniture } from '../../src/extract/furniture.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2031-05-20'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const found = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 14: notes and bylines are page furniture', () => {
  it('a bracketed translator\'s or editor\'s note is a notice, not the report', () => {
    expect(paragraphFurniture(["[Translator's note: the Front also denied the shelling of the weir on 2 May.]"])).toBe('notice');
    expect(paragraphFurniture(["(Editor's note: Marvale's army said on 3 May that it had shelled the weir.)"])).toBe('notice');
    expect(found("[Translator's note: the Front also denied the shelling of the weir on 2 May.]")).toEqual([]);
  });

  it('a byline line with its reading time is furniture', () => {
    expect(paragraphFurniture(['Interview by Ana Ferro · 12 May 2031 · 7 min read'])).toBe('label');
    expect(found('Interview by Ana Ferro · 12 May 2031 · 7 min read')).toEqual([]);
  });

  it('a note in the report\'s own words, or a sentence that only mentions reading, stays', () => {
    expect(paragraphFurniture(['Translators for both delegations met in Varn on 2 May to agree the wording.'])).toBeUndefined();
    expect(paragraphFurniture(['The minister said on Monday she had read the report in a few minutes.'])).toBeUndefined();
  });
});

describe('round 14: a running count is a tally, not a development of its period', () => {
  it('"so far this year" and casualties counted in the present perfect date nothing', () => {
    expect(found('31: civilians killed along the river so far this year, according to the Varn monitors')).toEqual([]);
    expect(found('Drones have struck 14 pumping stations so far in 2031.')).toEqual([]);
    expect(found('At least 58 herders have been killed in the valley this year.')).toEqual([]);
  });

  it('a day in the same sentence still dates its development', () => {
    expect(found('A mine killed two herders near Varn on 3 May, the fifth such death so far this year.')).toContainEqual(['attack', '2031-05-03']);
  });

  it('an attack of a month, told without a count, stays', () => {
    expect(found('Rebels shelled the weir this month.')).toEqual([['attack', '2031-05']]);
  });
});

describe('round 14: "not … by" a date', () => {
  it('"had not commented on the strike by last night" dates neither the comment nor the strike', () => {
    expect(found('The Marvale prime minister had not commented on the strike on the weir by last night.')).toEqual([]);
    expect(found('The garrison had still not left Varn by Friday.')).toEqual([]);
  });

  it('"by" a date with no negation still dates what happened by then', () => {
    expect(found('The last of the Marvale soldiers had left Varn by Friday.')).toContainEqual(['troops', '2031-05-16']);
  });
});

describe('round 14: a round going on the next day is that round', () => {
  it('"sit down again tomorrow", after a round the page dates today, tells no second development', () => {
    const body = 'The third session of the river talks opened in Varn this morning. The delegations sit down again tomorrow morning.';
    expect(found(body)).toEqual([['talks', '2031-05-20']]);
  });

  it('talks resumed after a gap, or going on with no round the day before, stay', () => {
    expect(found('The river talks opened in Varn on 2 May. The delegations sat down again in Osk on 9 May.')).toEqual([
      ['talks', '2031-05-02'],
      ['talks', '2031-05-09'],
    ]);
    expect(found('The delegations sit down again tomorrow morning in Varn.')).toEqual([['talks', '2031-05-21']]);
  });
});
