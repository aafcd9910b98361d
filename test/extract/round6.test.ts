// Sixth round of extraction rules, on sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { extractMentions, inProgress } from '../../src/extract/extract-mentions.js';
import { toldInCaption } from '../../src/extract/furniture.js';
import type { Article } from '../../src/types.js';
import { articleOf } from '../helpers/article-of.js';

const article = articleOf;
const found = (a: Article) => extractMentions(a).mentions.map((m) => [m.sentence, m.date.text, m.classification.type]);

describe('round 6 extraction', () => {
  it('"the night of 15 May" is the 15th of May (chrono reads it as a time of day)', () => {
    const [d] = resolveDates('Two guards were shot dead on the night of 15 May.', { year: 2024, month: 6, day: 1 }).dates;
    expect(d).toMatchObject({ text: '15 May', date: { year: 2024, month: 5, day: 15 }, precision: 'day' });
  });

  it('a caption keeps a date governed by a participle with its agent, or told by a where/when clause after it', () => {
    const burnt = 'Firemen hose down the grain store at Pell, set alight by a mortar bomb on 3 May.';
    expect(toldInCaption(burnt, burnt.indexOf('on 3 May'))).toBe(true);
    const visit = 'The envoy greets soldiers on her visit to Pell on Monday, where she held talks with the mayor.';
    expect(toldInCaption(visit, visit.indexOf('on Monday'))).toBe(true);
    const flag = 'Soldiers raise their flag over the fort on 4 June, the day the garrison handed it over.';
    expect(toldInCaption(flag, flag.indexOf('on 4 June'))).toBe(true);
    const posed = 'Delegates pose for a picture before their meeting on Monday.';
    expect(toldInCaption(posed, posed.indexOf('on Monday'))).toBe(false);
  });

  it('in a photo essay, such captions yield their developments', () => {
    const a = article('2024-05-20', [
      ['Pell, 4 May 2024.', 'Firemen hose down the grain store at Pell, set alight by a mortar bomb on 3 May.'],
      ['Pell, 13 May 2024.', 'Delegates pose for a picture before their meeting on Monday.'],
    ]);
    expect(found(a)).toEqual([[1, 'on 3 May', 'attack']]);
  });

  it('a date in the possessive naming a development the article already told yields nothing more', () => {
    const a = article('2024-05-20', [
      ['Rockets hit the airfield at Pell on Sunday, wounding two guards.'],
      ['The mayor said Sunday\'s attack had shaken the town.'],
    ]);
    expect(found(a)).toEqual([[0, 'on Sunday', 'attack']]);
    // Told only in the possessive, it still counts.
    const alone = article('2024-05-20', [['The mayor said Sunday\'s attack on the airfield had shaken the town.']]);
    expect(found(alone).map(([, , kind]) => kind)).toContain('attack');
  });

  it('a process in progress is not dated by "now"; a state still is', () => {
    expect(inProgress('The mission is now leaving the coast.', 'mission is now leaving')).toBe(true);
    expect(inProgress('About 900 soldiers are now stationed at Pell.', '900 soldiers')).toBe(false);
    const a = article('2024-05-20', [['The mission is now leaving the coast, and the two sides are talking.'], ['There are now 900 soldiers at Pell.']]);
    expect(found(a)).toEqual([[1, 'now', 'troops']]);
  });

  it('a base named as a passive\'s subject is handed over', () => {
    const s = 'Camp Rell, the mission\'s headquarters, will be handed over in June.';
    expect(classifySentence(s, s.indexOf('in June'))).toMatchObject({ type: 'troops', cameo: '087' });
    const money = 'The money will be handed over in June.';
    expect(classifySentence(money, money.indexOf('in June'))).toBeNull();
  });

  it('"Hours after the vote, …" counts from the sentence before when that one was dated but told nothing of our kinds', () => {
    const a = article('2024-05-20', [['The assembly approved the budget on Thursday.', 'Hours after the vote, opposition leader Mara Vell said the budget "robs the north".']]);
    const [m] = extractMentions(a).mentions;
    expect(m).toMatchObject({ sentence: 1, date: { text: 'Hours after the vote', date: { year: 2024, month: 5, day: 16 }, precision: 'day', qualifier: 'after' } });
    expect(m!.classification.type).toBe('statement');
    // Not across a paragraph, and not when the sentence before told a development the anchor may name.
    expect(extractMentions(article('2024-05-20', [['The assembly approved the budget on Thursday.'], ['Hours after the vote, Mara Vell said the budget "robs the north".']])).mentions).toEqual([]);
    expect(extractMentions(article('2024-05-20', [['Rockets hit the assembly on Thursday.', 'Hours after the vote, Mara Vell said the budget "robs the north".']])).mentions.map((x) => x.sentence)).toEqual([0]);
  });
});
