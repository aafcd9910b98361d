// Round 19c: a sentence telling two dated developments in coordinated clauses, each with its own date, gives one
// mention per development; one development told with two dates stays one. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (sentence: string, published = '2031-08-20') =>
  extractMentions(articleOf(published, [[sentence]])).mentions.map((m) => [m.date.text, m.classification.type]);

describe('round 19c: a later coordinated clause is read on its own words (own-clause.ts)', () => {
  it('gives the later clause its own development', () => {
    expect(found('The brigade now counts about 3,100 soldiers; by the end of September it must be down to 2,000, and the airfield itself is to be handed over in mid-October.')).toContainEqual(['in mid-October', 'troops']);
    expect(found('Then came May: shells on the Varn ferry on the 2nd, and on the 20th the raid on the border post that wounded four Keldan soldiers.')).toEqual([
      ['on the 2nd', 'attack'],
      ['on the 20th', 'attack'],
    ]);
  });

  it('keeps one development told with two dates as one, and reads nothing into a clause that tells none', () => {
    expect(found('The second round was held in Tarsk on 15 and 16 July.')).toHaveLength(1);
    expect(found('The talks ran from 3 to 5 July in Tarsk.')).toHaveLength(1);
    expect(found('The mediator met the rebels on Friday, 3 July, and the talks were described as useful.')).toHaveLength(1);
    expect(found('Talks were due to open on 3 July, but were put back to 10 July.')).toHaveLength(1);
    expect(found('Rockets hit the depot on 4 March, and the town market reopened on 9 March.')).toEqual([['on 4 March', 'attack']]);
  });
});

describe('round 19c: a coordinated step of ending keeps its own date (coordinated-date.ts)', () => {
  it('dates the end told after "and to terminate", "and to bring … to a close", "and gone by"', () => {
    expect(found('The council decided to cut the force to 900 by the end of October and to terminate the mission on 31 December.')).toEqual([
      ['by the end of October', 'troops'],
      ['on 31 December', 'troops'],
    ]);
    expect(found('The council decided to cut the force to 900 by the end of October and to bring the mission to a close on 31 December.')).toContainEqual(['on 31 December', 'troops']);
    expect(found('The force must be down to 900 troops by the end of October and gone by 31 December.')).toEqual([
      ['by the end of October', 'troops'],
      ['by 31 December', 'troops'],
    ]);
  });

  it('gives the step its own words as its cue', () => {
    const cues = extractMentions(articleOf('2031-08-20', [['The council decided to cut the force to 900 by the end of October and to terminate the mission on 31 December.']])).mentions.map((m) => m.classification.cue);
    expect(cues).toEqual(['cut', 'terminate the mission']);
  });

  it('takes no other verb of bringing for a step', () => {
    expect(found('The council decided to cut the force to 900 by the end of October and to bring the matter to parliament on 31 December.')).toEqual([['by the end of October', 'troops']]);
  });
});
