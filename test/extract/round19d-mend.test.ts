// Round 19d mend: the round's new rules in src/extract/ kept narrow. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const found = (sentence: string, published = '2031-08-20') =>
  extractMentions(articleOf(published, [[sentence]])).mentions.map((m) => [m.date.text, m.classification.type]);

describe('round 19d: a step of ending carries a troop development only when it ends the force (coordinated-date.ts)', () => {
  it('drops the date of a step that ends something else', () => {
    expect(found('The defence board chose to shrink the battalion to 400 soldiers by November and to terminate the laundry contract on 31 January.')).toEqual([
      ['by November', 'troops'],
    ]);
    expect(found('The regiment is to be cut to 700 troops by September and to bring the field drill to a close on 15 October.')).toEqual([
      ['by September', 'troops'],
    ]);
    expect(found('The navy will pull 250 sailors out by October and close the mess hall on 12 December.')).toEqual([['by October', 'troops']]);
  });

  it('keeps the step that ends the force, a pronoun for it, or nothing', () => {
    expect(found('The defence board chose to shrink the battalion to 400 soldiers by November and to terminate its mission on 31 January.')).toEqual([
      ['by November', 'troops'],
      ['on 31 January', 'troops'],
    ]);
    expect(found('The regiment is to be cut to 700 troops by September and to bring the deployment to a close on 15 October.')).toContainEqual(['on 15 October', 'troops']);
    expect(found('The garrison must be down to 1,200 troops by the end of September and gone by 15 December.')).toEqual([
      ['by the end of September', 'troops'],
      ['by 15 December', 'troops'],
    ]);
  });
});

describe('round 19d: a condition\'s "then", or a feared clause, is not read as a fact of its own (own-clause.ts)', () => {
  it('reads nothing into the later clause of a condition or of a fear', () => {
    expect(found('If the ceasefire collapses on 4 September, then on 6 September the air force will bomb the rail yards.')).toEqual([]);
    expect(found('Unless the envoys agree on 4 September, on 6 September the army will shell the bridge.')).toEqual([]);
    expect(found('Aid workers feared militias might raid the camp on 4 September, and on 6 September artillery fire on the clinic.')).toEqual([]);
  });

  it('still reads a later clause of its own when it tells a fact', () => {
    expect(found('Rockets struck the depot on 4 July, and on 9 July gunmen ambushed a convoy near Tarsk.')).toEqual([
      ['on 4 July', 'attack'],
      ['on 9 July', 'attack'],
    ]);
  });
});

describe('round 19d: "should have" does not take the date of a development named after it (unrealised-past.ts)', () => {
  it('keeps the date of the development the words name', () => {
    expect(found('Critics said the minister should have quit over the shelling of the market on 14 July.')).toEqual([['on 14 July', 'attack']]);
    expect(found('Critics said the minister should have quit after the ambush on 14 July.')).toEqual([['on 14 July', 'attack']]);
  });

  it('still dates nothing for the due act itself', () => {
    expect(found('The pullout of the foreign brigades should have been finished two years ago.')).toEqual([]);
    expect(found('The second round of talks ought to have opened on 14 July.')).toEqual([]);
  });
});

describe('round 19d: a hedged count set off by a comma carries its hedge (counted-back.ts)', () => {
  const dated = (sentence: string) =>
    extractMentions(articleOf('2031-08-20', [[sentence]])).mentions
      .filter((m) => m.classification.type === 'attack')
      .map((m) => [m.date.date, m.date.qualifier]);

  it('gives the side of the day a hedged count allows, not the exact day', () => {
    expect(dated('The envoys met on 18 July, less than ten days after gunmen raided the depot.')).toEqual([[{ year: 2031, month: 7, day: 8 }, 'after']]);
    expect(dated('The envoys met on 18 July, more than ten days after gunmen raided the depot.')).toEqual([[{ year: 2031, month: 7, day: 8 }, 'before']]);
  });

  it('keeps a plain count exact', () => {
    expect(dated('The envoys met on 18 July, ten days after gunmen raided the depot.')).toEqual([[{ year: 2031, month: 7, day: 8 }, undefined]]);
  });
});
