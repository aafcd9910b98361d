// Round 19b: kinship words made an unnamed relative no speaker ("a soldier's mum told the paper"), but the kin of a
// name or of an office is a public person whose words are a statement ("the President's brother said"). Sentences of
// our own (an invented dispute in the Orsk hills).
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

describe('round 19b: the kin of a name or an office speaks', () => {
  it('the kin of an office or a name makes a statement', () => {
    expect(told("The governor's daughter said on 14 June that the hill villages must be rebuilt first.")).toEqual([['statement', '2041-06-14']]);
    expect(told("The Premier's husband told a rally on 14 June that he would stand for the council.")).toEqual([['statement', '2041-06-14']]);
    expect(told("Orvan's younger brother said on 14 June that the militia would lay down its arms.")).toEqual([['statement', '2041-06-14']]);
    expect(told("The late emir's widow announced on 14 June that she would fund the clinic.")).toEqual([['statement', '2041-06-14']]);
  });

  it('named kin still speak', () => {
    expect(told('His sister, Ilse Marr, said on 14 June that the militia would lay down its arms.')).toEqual([['statement', '2041-06-14']]);
  });

  it('the kin of a private person or a pronoun stay anonymous', () => {
    expect(told("The driver's widow said on 14 June that nobody had warned them.")).toEqual([]);
    expect(told("A shepherd's son told the radio on 14 June that the track was mined.")).toEqual([]);
    expect(told('Her father said on 14 June that the track was mined.')).toEqual([]);
    // (A tie that is no kinship stays anonymous even to an office.)
    expect(told("The mayor's neighbour said on 14 June that the track was mined.")).toEqual([]);
  });
});
