// Round 19: "X came two weeks after Y did Z, on <date>": when the main clause is timed by a count from a subordinate
// clause's development, a verbless phrase closing the sentence after that clause goes on with it, and its date is
// that development's. Sentences of our own (an invented truce in the Marrow valley).
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { splitClauses } from '../../src/classify/split-clauses.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { tokens } from '../../src/nlp/wink.js';
import type { Article } from '../../src/types.js';

function page(body: string, published = '2041-06-20'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const told = (body: string) => extractMentions(page(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 19: a date closing a counted subordinate clause', () => {
  it('dates the subordinate clause, not the main clause timed from it', () => {
    expect(told('The shelling began barely ten days after the rebels and the army opened their first talks, on 2 June in the old customs house.')).toEqual([
      ['talks', '2041-06-02'],
    ]);
    // (Across an appositive, and over two listed days of one round. Round 19b: the main clause is then counted from
    // that day, as from any date in the anchor's own clause; the hedged count keeps it only before the day reached.)
    expect(told('The bombing came less than a fortnight after both sides held a second round of talks in Dasko, the provincial capital, on 4 and 5 June.')).toEqual([
      ['talks', '2041-06-04'],
      ['attack', '2041-06-18'],
    ]);
  });

  it('the phrase goes on with the subordinate clause in the clause split', () => {
    const toks = tokens('The raid came two days after the envoy met the rebels, on Monday.');
    const last = splitClauses(toks).at(-1)!;
    expect(last.kind).toBe('subordinate');
    expect(last.resumes).toBeDefined();
  });

  it('not without a count of time, nor before a clause of its own, nor a date inside the main clause', () => {
    expect(told('Rebels shelled the town after the army withdrew its troops, on 12 June.')).toContainEqual(['attack', '2041-06-12']);
    expect(told('Two weeks after the talks opened, on 12 June, rebels shelled the town.')).toContainEqual(['attack', '2041-06-12']);
    expect(told('Rebels shelled the town on 12 June, two weeks after the army and the rebels held talks.')).toContainEqual(['attack', '2041-06-12']);
  });
});
