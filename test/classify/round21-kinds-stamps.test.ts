// Round 21: a signature's or a post's stamp (clock time, full date, time zone in brackets) dates the writing of a
// comment, not what the comment tells, unless the comment tells it as of its writing ("today", "now"). Sentences of
// our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { stampOnly } from '../../src/classify/stamp-date.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 21: stamps date no development', () => {
  it('a talk-page signature, a forum post stamp, a US-style stamp', () => {
    expect(kind('Two constables wounded, per the police. - Ostrander (talk) 16:02, 18 March 2045 (UTC)', '16:02')).toBeNull();
    expect(kind('Rockets struck the base, per the army. Posted by Kel 3 May 2031, 09:12 (GMT)', '3 May')).toBeNull();
    expect(kind('I have added the minister\'s remarks. -- Quill 08:30, March 29, 2045 (UTC)', '08:30')).toBeNull();
  });
  it('but a comment telling what happens as it is written keeps the stamp\'s day', () => {
    expect(kind('Renn flew into Osk today and met the rebels. - Perch (talk) 19:30, 21 March 2045 (UTC)', '19:30')).toBe('talks');
  });
  it('a clock time in prose is no stamp', () => {
    expect(kind('The rockets hit the camp at 16:02 on 18 March 2045.', 'at 16:02')).toBe('attack');
    expect(kind('Rockets struck the base on 3 May 2031 (UTC).', 'on 3 May')).toBe('attack');
    expect(stampOnly('The rockets hit the camp at 16:02 on 18 March 2045.', 'The rockets hit the camp at '.length)).toBe(false);
  });
});
