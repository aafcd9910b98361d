// Round 20: a claim or denial that names a development ("claimed the ambush") counts "the next day" from the article's
// one telling of that development, however far back, not from the latest date the story reached. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

describe('round 20: a claim counts from the development it names, across the article', () => {
  it('"claimed the ambush the next day" two sentences on counts from the ambush', () => {
    const body = 'Gunmen ambushed a police convoy near Darra on 12 March. A week later, a car bomb exploded in the main market. The Delta Front claimed the ambush the next day.';
    const got = found(body, '2032-04-02');
    expect(got).toContainEqual(['the next day', 'statement', '2032-03-13']);
    expect(got).not.toContainEqual(['the next day', 'statement', '2032-03-20']);
  });

  it('a denial of responsibility for the named development counts from it too', () => {
    const body = 'Militants shelled the depot at Orvel on 3 June, killing two guards. The minister visited the wounded on 8 June. The movement denied responsibility for the shelling two days later.';
    expect(found(body, '2032-06-20')).toContainEqual(['two days later', 'statement', '2032-06-05']);
  });

  it('two developments of that name at two dates, or none told, leave the story\'s latest date', () => {
    const two = 'Gunmen ambushed a police convoy near Darra on 12 March. A second ambush on 15 March killed a driver. A car bomb exploded in the market on 19 March. The Delta Front claimed the ambush the next day.';
    expect(found(two, '2032-04-02')).toContainEqual(['the next day', 'statement', '2032-03-20']);
    const none = 'Gunmen fired on a police post near Darra on 12 March. A car bomb exploded in the market on 19 March. The Delta Front claimed the ambush the next day.';
    expect(found(none, '2032-04-02')).toContainEqual(['the next day', 'statement', '2032-03-20']);
  });

  it('a claim that names no development told keeps counting from the story', () => {
    const body = 'Gunmen ambushed a police convoy near Darra on 12 March. A car bomb exploded in the market on 19 March. The Delta Front made a statement the next day.';
    expect(found(body, '2032-04-02')).not.toContainEqual(['the next day', 'statement', '2032-03-13']);
  });
});
