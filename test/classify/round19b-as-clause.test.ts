// Round 19b: a dated clause of none of our kinds ("the town mourned on Friday") lends its date to an attack told by
// the verb of an as-clause right after it; the mourning stays no statement. Sentences of our own (an invented
// ambush near Orlen).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2041-06-20'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const told = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 19b: an attack in an as-clause takes the date of the clause before it', () => {
  it('dates the attack, and the mourning stays no statement', () => {
    expect(told('The town mourned on 14 June as militiamen ambushed the burial party, wounding four.')).toEqual([['attack', '2041-06-14']]);
    expect(told('The square was packed on 14 June as a drone struck the crowd.')).toEqual([['attack', '2041-06-14']]);
  });

  it('not an attack named by a noun, an earlier blow, nor a process of another kind', () => {
    expect(told('Shares slid on 14 June as traders feared new attacks on the pipeline.')).toEqual([]);
    expect(told('The market stayed shut on 14 June as the militia had shelled its outskirts.')).toEqual([]);
    expect(told('The market reopened on 14 June as the garrison withdrew from the hills.')).toEqual([]);
  });
});
