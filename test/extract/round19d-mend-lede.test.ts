// Round 19d: mends to round 19's new rules. (1) A lede's undated detail gives the attack's places only when it tells
// where the lede's means struck (extract/lede-detail.ts), not where they were launched from or made, nor a habit or a
// second attack. (2) A "Place, day month year" line heads a letter, not a photograph's caption (extract/day-headings.ts).
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { pageOf } from '../helpers/article-of.js';

const detailOf = (published: string, ...lines: string[]) =>
  extractMentions(pageOf(lines.join('\n\n'), published)).mentions
    .filter((m) => m.classification.type === 'attack')
    .map((m) => (m as { detailPlaces?: string[] }).detailPlaces);

describe('round 19d: a lede\'s detail must tell where its means struck', () => {
  it('the shells landing inside a camp give the lede the camp\'s places', () => {
    expect(detailOf('2033-03-09', 'Our patrol base in Morvania was shelled late on Monday.', 'No one was wounded.',
      'The shells fell inside Camp Tolland, outside Vesk.')).toEqual([['Camp Tolland', 'Vesk']]);
  });

  it('the means fired into a camp, or "from" that is not where they came from, still give the camp', () => {
    expect(detailOf('2033-03-09', 'Our patrol base in Morvania was shelled late on Monday.', 'No one was wounded.',
      'Gunmen lobbed three shells into Camp Tolland, the base that houses soldiers from nine countries.')).toEqual([['Camp Tolland']]);
  });

  it('where the means were launched from is the other side\'s ground, no detail of the target', () => {
    expect(detailOf('2033-03-09', 'Missiles were fired at Morvania on Monday night, its defence ministry said.',
      'Air raid alarms rang for an hour.', 'The missiles were launched from Dravo, the ministry added.')).toEqual([undefined]);
  });

  it('where the means are made is no detail of the attack', () => {
    expect(detailOf('2033-03-09', 'Drones struck power lines in Morvania on Tuesday, the grid operator said.',
      'Repairs began at dawn.', 'The enemy has opened a drone plant in Harsk, where hundreds of them are put together weekly.')).toEqual([undefined]);
  });

  it('a habit or a second attack gives nothing', () => {
    expect(detailOf('2033-03-09', 'Our patrol base in Morvania was shelled late on Monday.', 'No one was wounded.',
      'Shells have regularly hit Camp Tolland, near Vesk, since the winter.')).toEqual([undefined]);
    expect(detailOf('2033-03-09', 'Rockets were fired at Morvania late on Monday, officials said.', 'No one was wounded.',
      'Rockets also slammed into the port district of Vesk, officials said.')).toEqual([undefined]);
  });
});

const datesOf = (published: string, ...lines: string[]) =>
  extractMentions(pageOf(lines.join('\n\n'), published)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 19d: a "Place, date" line over a photograph\'s caption is no letter\'s heading', () => {
  it('two captioned pictures do not make a report a diary: its "yesterday" counts from the day it was published', () => {
    expect(datesOf('2031-09-12',
      'Harrowgate, 2 August 2031', 'Fishing boats in the old harbour, pictured in the spring.',
      'Dunmere, 5 August 2031', 'A roadside bomb killed two farmers on the ridge road yesterday, police said.',
    )).toEqual([['attack', '2031-09-11']]);
  });

  it('letters headed by place and date still count from their own day, and so does a dateline over a report', () => {
    expect(datesOf('2031-09-12',
      'Harrowgate, 2 August 2031', 'Dear Mum,', 'Mortars hit the fuel depot yesterday but nobody was hurt.',
      'Harrowgate, 9 August 2031', 'Dear Mum,', 'It rained all week.',
    )).toEqual([['attack', '2031-08-01']]);
    expect(datesOf('2031-09-12', 'DUNMERE, 11 September 2031',
      'A roadside bomb killed two farmers on the ridge road yesterday, police said.')).toEqual([['attack', '2031-09-11']]);
  });
});
