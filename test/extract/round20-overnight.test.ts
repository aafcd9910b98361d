// Round 20: "overnight" in a stamped or dated entry is the night that ended the morning the entry was written, dated
// by the entry's day; with no entry around it, it is no date. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);

const ALERTS = [
  'Alerts from the north.',
  'Tue 14 Jan, 06:40',
  'Around 300 marines landed at the harbour overnight, the navy said.',
  'Thu 16 Jan, 07:05',
  'Insurgents shelled the fuel depot at Orvik overnight.',
].join('\n\n');

describe('round 20: "overnight" in a stamped entry', () => {
  it('is dated by the entry\'s day, not by publication', () => {
    const got = found(ALERTS, '2036-01-18');
    expect(got).toContainEqual(['overnight', 'troops', '2036-01-14']);
    expect(got).toContainEqual(['overnight', 'attack', '2036-01-16']);
  });

  it('with no entry around it, it dates nothing', () => {
    const got = found('Around 300 marines landed at the harbour overnight, the navy said.', '2036-01-18');
    expect(got.filter(([text]) => text === 'overnight')).toEqual([]);
  });

  it('as an adjective, or beside a day that dates the night, it is not found', () => {
    const texts = (s: string) => resolveDates(s, { year: 2036, month: 1, day: 18 }).dates.map((d) => d.text);
    expect(texts('The army imposed an overnight curfew in Orvik.')).not.toContain('overnight');
    expect(texts('Rebels shelled the depot overnight on Tuesday.')).not.toContain('overnight');
  });
});
