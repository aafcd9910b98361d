// Round 21: a signed comment (talk page, forum, comment thread) ends with its signer's stamp; the comment's "today",
// "yesterday" and weekdays count from the stamp's day, and the stamp itself dates nothing. Pages of our own.
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { signatureStamp } from '../../src/extract/signature-stamp.js';
import { pageOf } from '../helpers/article-of.js';

const found = (body: string, published: string) =>
  extractMentions(pageOf(body, published)).mentions.map((m) => [m.date.text, m.classification.type, formatIso(m.date.date)]);
const PUBLISHED = { year: 2031, month: 6, day: 30 };
const stampDay = (text: string) => {
  const s = signatureStamp(text, PUBLISHED);
  return s && formatIso(s.day);
};

describe('round 21: signature stamps', () => {
  it('reads a wiki signature, a forum signature and a "posted by" line', () => {
    expect(stampDay('Rebels shelled the ferry landing today. - Harbour Gull (talk) 19:30, 14 June 2031 (UTC)')).toBe('2031-06-14');
    expect(stampDay('The envoy landed in Velk this morning, the radio says. — ferrywatch_22, 9 Jun 2031, 7.02pm')).toBe('2031-06-09');
    expect(stampDay('Shelling resumed overnight near the bridge. -- Posted by Ana Mirel at 14:05 on June 3, 2031')).toBe('2031-06-03');
  });

  it('a sentence that merely ends in a date after a dash has no stamp', () => {
    expect(stampDay('The ceasefire held - officials said so on 14 June 2031')).toBeUndefined();
    expect(stampDay('The minister - who arrived on 14 June 2031 - spoke.')).toBeUndefined();
    expect(stampDay('The talks ended on 14 June 2031.')).toBeUndefined();
  });

  it('a comment counts its "today" and "yesterday" from its own stamp, and the stamp dates no development', () => {
    const body = [
      'Ferry landing',
      'Rebel gunners shelled the ferry landing today. - Harbour Gull (talk) 19:30, 14 June 2031 (UTC)',
      ': The envoy met the rebel commander in Velk yesterday, per the radio. - Osk Reader (talk) 08:10, 20 June 2031 (UTC)',
      ': Two more boats sunk, per the port office. - Harbour Gull (talk) 09:00, 21 June 2031 (UTC)',
    ].join('\n\n');
    expect(found(body, '2031-06-30')).toEqual([
      ['today', 'attack', '2031-06-14'],
      ['yesterday', 'talks', '2031-06-19'],
    ]);
  });

  it('a page with no stamps still counts from publication', () => {
    const body = ['Rebel gunners shelled the ferry landing today.', 'The envoy met the rebel commander in Velk yesterday.'].join('\n\n');
    expect(found(body, '2031-06-30')).toEqual([
      ['today', 'attack', '2031-06-30'],
      ['yesterday', 'talks', '2031-06-29'],
    ]);
  });
});
