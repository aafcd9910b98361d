// Round 19c: a relative clause without commas ("the rebels who fought them") no longer swallows the main verb that
// follows it ("withdrew"): the clause cut ends it where a second finite verb begins, the main clause goes on after it,
// and cue conditions read the subject past it. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { splitClauses } from '../../src/classify/split-clauses.js';
import { tokens } from '../../src/nlp/wink.js';

const at = (sentence: string, date: string) => {
  const c = classifySentence(sentence, sentence.indexOf(date));
  return c ? `${c.type} ${c.cue}` : null;
};

/** The words of each segment, with its kind. */
const clauses = (sentence: string) => {
  const toks = tokens(sentence);
  return splitClauses(toks).map((s) => `${s.kind}: ${toks.slice(s.first, s.last + 1).map((t) => t.text).join(' ')}`);
};

describe('round 19c: a relative clause without commas ends before the main verb', () => {
  it('cuts the relative clause where the main verb begins', () => {
    expect(clauses('The gunboats which patrolled the lake in winter sailed home on Sunday.')).toEqual([
      'main: The gunboats',
      'relative: which patrolled the lake in winter',
      'main: sailed home on Sunday .',
    ]);
    expect(clauses('Delegates that had quarrelled for weeks will meet again next month.')).toEqual([
      'main: Delegates',
      'relative: that had quarrelled for weeks',
      'main: will meet again next month .',
    ]);
  });

  it('dates the main verb from a date before the relative clause', () => {
    expect(at('On 9 June the envoys and the militia leaders who had shunned them met at the lakeside hotel.', 'On 9 June')).toBe('talks met');
    expect(at('On Thursday the militia who held the pass withdrew from their positions.', 'On Thursday')).toBe('troops withdrew');
  });

  it('reads the main verb\'s subject past the relative clause', () => {
    // "sit down" needs two parties in its subject; "the villagers and the militiamen who raided them" has them.
    expect(at('Next Friday the villagers and the militiamen who raided their farms for a decade will sit down in Pell.', 'Next Friday')).toBe('talks sit down');
  });

  it('keeps a relative clause\'s own development and date', () => {
    expect(at('The gunmen who shelled the depot on 12 March have not been seen since.', 'on 12 March')).toBe('attack shelled');
    expect(at('The mortar bombs that landed near the school on 2 April wounded three guards.', 'on 2 April')).toMatch(/^attack /);
    // Two dates, one in each clause: the opening's and the ending's.
    expect(at('The round that opened on 3 June closed on 6 June.', 'on 3 June')).toMatch(/^talks /);
    expect(at('The round that opened on 3 June closed on 6 June.', 'on 6 June')).toMatch(/^talks /);
    expect(at('The Dorvan soldiers who arrived in October are due to leave on Friday.', 'in October')).toBe('troops soldiers who arrived');
    expect(at('The Dorvan soldiers who arrived in October are due to leave on Friday.', 'on Friday')).toBe('troops leave');
  });

  it('does not cut where the relative clause\'s end is not clear', () => {
    // A reported clause with no "that" after a saying verb: "failed" is the reported verb, "resigned" the main.
    expect(clauses('The official who said the talks failed resigned on Monday.')).toEqual([
      'main: The official',
      'relative: who said the talks failed',
      'main: resigned on Monday .',
    ]);
    // A question word after a verb or a preposition opens no relative clause.
    expect(clauses('Nobody knows who will guard the bridge when the soldiers leave.').filter((c) => c.startsWith('main'))).toEqual(['main: Nobody knows']);
    // A clause of its own inside the relative: where the relative ends is not known, so nothing is cut.
    expect(clauses('She was the nurse who kept the ward open when nothing else worked.').at(-1)).toBe('relative: who kept the ward open when nothing else worked .');
    // A bare verb after a pronoun object is that verb's complement ("set it alight"), no main verb.
    expect(clauses('It was the spark that set it alight.').at(-1)).toBe('relative: that set it alight .');
    // An infinitive and a participle are no main verb.
    expect(clauses('These are the reservists who came to relieve the garrison.').at(-1)).toBe('relative: who came to relieve the garrison .');
    // "that" with a subject of its own after it opens what was said, not a relative clause.
    expect(clauses('The envoy told reporters that the talks had stalled.').at(-1)).toBe('complement: that the talks had stalled .');
    // A relative clause between commas is already bounded.
    expect(clauses('The gunboats, which patrolled the lake, sailed home on Sunday.')).toEqual([
      'main: The gunboats ,',
      'relative: which patrolled the lake ,',
      'main: sailed home on Sunday .',
    ]);
  });

  it('does not give a development the relative clause\'s verb did not tell', () => {
    // The main verb is none of our kinds; the date is the main clause's, not the relative's shelling.
    expect(at('On 4 May the rebels who shelled the bridge surrendered their rifles to a priest.', 'On 4 May')).toBeNull();
  });
});

describe('clauses of a line that opens with a dash', () => {
  // A list line pasted from a page ("- name, place") starts with its dash: nothing stands before it to be spaced from.
  it('does not throw', () => {
    expect(clauses('- Mara Tell, Vessa North')[0]).toBe('main: - Mara Tell ,');
  });
});
