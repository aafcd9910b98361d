// Fourteenth round: which date a clause's development takes, on sentences of our own (an invented river border).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2031-05-20'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const found = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 14: a relative date whose anchor is dated in its own clause', () => {
  it('"Hours before the session opened in Varn on 11 May, gunmen fired …" is 11 May, not another telling of the session', () => {
    const body = 'Hours before the second session opened in Varn on 11 May, gunmen fired on a ferry near the weir. The session, which ran until 14 May, ended without a deal.';
    expect(found(body)).toContainEqual(['attack', '2031-05-11']);
    expect(found(body)).not.toContainEqual(['attack', '2031-05-14']);
  });

  it('whole days count from that date, even when both clauses tell attacks', () => {
    expect(found('Two days after the ferry was shelled on 9 May, jets bombed the weir.')).toEqual([
      ['attack', '2031-05-09'],
      ['attack', '2031-05-11'],
    ]);
  });

  it('without a count of days, a consequence told of the anchor\'s day is no second development of its kind', () => {
    expect(found('The Varn clinic treated 30 people for blast wounds after the shelling on 4 May.')).toEqual([['attack', '2031-05-04']]);
  });

  it('a date in a later clause, after a comma, is not the anchor\'s', () => {
    expect(found('Hours before the session opened, gunmen fired on a ferry, and on 12 May the weir reopened.')).not.toContainEqual(['attack', '2031-05-12']);
  });
});

describe('round 14: a date opening a coordinated clause takes no cue from a dated clause before it', () => {
  it('"a mine killed two herders earlier this month, and on 1 June the monitors hand the ford …": the killing is not 1 June', () => {
    const told = found('A mine killed two herders near Varn earlier this month, and on 1 June the monitors hand the ford to the police.');
    expect(told).toContainEqual(['attack', '2031-05']);
    expect(told.filter(([kind, day]) => kind === 'attack' && day!.endsWith('-06-01'))).toEqual([]);
    expect(found('A mine killed two herders near Varn on 2 May, and on 4 May the ferry carried grain again.')).toEqual([['attack', '2031-05-02']]);
  });

  it('a pronoun subject points back: the earlier clause\'s words still tell what the later one is about', () => {
    expect(found('The garrison now has about 900 soldiers; by the end of June it must be down to 500.')).toContainEqual(['troops', '2031-06']);
  });

  it('each clause keeps its own development', () => {
    expect(found('Rebels shelled the weir on 3 May, and on 5 May they ambushed a convoy.')).toEqual([
      ['attack', '2031-05-03'],
      ['attack', '2031-05-05'],
    ]);
  });
});

describe('round 14: a cue between a date and a day counted from it', () => {
  it('"put off on 9 May because of the rocket on the pumping station the day before" dates the rocket 8 May only', () => {
    expect(found('The paper recalls that the session opened on Monday of last week after being put off once, on 9 May, because of the rocket on the pumping station the day before.')).toEqual([['attack', '2031-05-08']]);
    expect(found('The vote was put off on 9 May because of the drone strike on the pumping station the day before.')).toEqual([['attack', '2031-05-08']]);
  });

  it('a cue before the first date stays that date\'s, and the counted day keeps its own verb', () => {
    expect(found('Rebels shelled the weir on 9 May and again the day after.')).toContainEqual(['attack', '2031-05-09']);
  });
});

describe('round 14: a cue between a date and a day counted on from it', () => {
  it('"3 May: the envoy meets X in Varn, and Y in Osk the next day" keeps the meeting of the entry\'s day', () => {
    expect(found('3 May - The river envoy meets the mayor in Varn, and the Front in Osk the next day.')).toContainEqual(['talks', '2031-05-03']);
  });
});

describe('round 14: a count of days before a pronoun\'s clause that holds its own day', () => {
  it('"postponed the round three days before it was due to open in Varn on 12 May" is a statement of 9 May', () => {
    expect(found("Osk's foreign ministry postponed the second round three days before it was due to open in Varn on 12 May.")).toEqual([['statement', '2031-05-09']]);
  });

  it('what the pronoun\'s clause tells keeps its own day', () => {
    expect(found('Gunmen shelled the weir two days before they attacked the ferry at Varn on 12 May.')).toEqual([
      ['attack', '2031-05-12'],
      ['attack', '2031-05-10'],
    ]);
  });

  it('a pronoun with no day in its clause anchors nothing', () => {
    expect(found("Osk's foreign ministry postponed the second round on 12 May, three days before it was due to open.")).toEqual([['statement', '2031-05-12']]);
  });
});

describe('round 14: "now" takes no figure across a semicolon', () => {
  it('"… peaked in 2029 with some 900 soldiers; it is smaller now" tells no level of today', () => {
    expect(found('The Marvale garrison peaked in 2029 with some 900 soldiers; it is smaller now.')).not.toContainEqual(['troops', '2031-05-20']);
  });

  it('a figure in the clause of "now" is today\'s level', () => {
    expect(found('The garrison peaked in 2029; it now has about 400 soldiers.')).toContainEqual(['troops', '2031-05-20']);
  });
});

describe('round 14: a present perfect in a later coordinated clause has no date of the clause before', () => {
  it('"… on 2 June, and the mayor has said …" is no statement of 2 June', () => {
    expect(found('The monitors are due to hand the ford to the police on 2 June, and the mayor of Varn has said the police are ready.')).toEqual([]);
    expect(found('The old ferry marks its centenary on 1 June, and its captain has asked that the crossing be free that day.')).toEqual([]);
  });

  it('a fronted date dates every clause after it', () => {
    expect(found('On 2 May, the ferry ran again, and the mayor of Varn has said the crossing is safe.')).toContainEqual(['statement', '2031-05-02']);
  });
});
