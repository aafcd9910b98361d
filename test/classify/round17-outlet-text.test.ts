// Round 17 (issue 4): a publication's own past text is no statement. Holdout14's corrections column ("A report on 27
// March (…, page 4) said …", "A caption on 21 December said …", "An interview on 28 March quoted General X as
// saying …") became statements dated by the artefact. An artefact with an author outside the outlet still speaks
// for that author. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe("round 17: an outlet's own text", () => {
  it('dated and saying, is no statement', () => {
    expect(kind('A report on 27 March ("Shells hit the depot", page 6) said the shells fell on Friday night.', 'on 27 March')).toBeNull();
    expect(kind('A report on 27 March (“Shells hit the depot”, page 6) said the shells fell on Friday night.', 'on Friday night')).not.toBe('statement');
    expect(kind('A caption on 2 May said the Norlandic company, which arrived on 1 May, numbered 300.', 'on 2 May')).toBeNull();
    expect(kind('An interview on 9 June quoted Colonel Ana Brisk as saying the base would close "by winter".', 'on 9 June')).toBeNull();
    expect(kind('Our story on 3 March said the ceasefire was signed in Pell.', 'on 3 March')).toBeNull();
    expect(kind('An article on 4 May said three guards were killed.', 'on 4 May')).toBeNull();
  });

  it("with an author outside the outlet, or as a saying's occasion, is the author's statement", () => {
    expect(kind('A UN report published on Monday said the militia had recruited children.', 'on Monday')).toBe('statement');
    expect(kind('A report by the defence ministry on 4 April said the border was calm.', 'on 4 April')).toBe('statement');
    expect(kind("The ministry's report on 4 April said the border was calm.", 'on 4 April')).toBe('statement');
    expect(kind('The ministry said in a report on 4 April that the border was calm.', 'on 4 April')).toBe('statement');
    expect(kind('In an interview on 9 June, Colonel Ana Brisk said the base would close by winter.', 'on 9 June')).toBe('statement');
    expect(kind('The ministry on 27 March said the rockets fell on Tuesday night.', 'on 27 March')).toBe('statement');
  });
});
