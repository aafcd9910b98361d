// Round 21: "answer" and "reply" are sayings only when words are told. A reply in deeds ("answered with more
// troops", "replied with a barrage") or to questions ("answered every question the pupils asked") is no statement, and
// neither is the asking that only makes a question ("the questions reporters asked"). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 21: answers in deeds', () => {
  it('answered or replied with a deed, or by doing something', () => {
    expect(kind('The government answered on Monday with more troops.', 'on Monday')).toBeNull();
    expect(kind('The rebels replied on Tuesday with a barrage of rockets.', 'on Tuesday')).toBeNull();
    expect(kind('The army answered on 4 May by shelling the ridge.', 'on 4 May')).not.toBe('statement');
  });
  it('answering questions tells no words', () => {
    expect(kind('In March the governor sat with the pupils and answered every question they asked.', 'In March')).toBeNull();
    expect(kind('The minister answered questions from reporters on Monday.', 'on Monday')).toBeNull();
    expect(kind('The questions reporters asked on Monday went unanswered.', 'on Monday')).toBeNull();
  });
  it('but a reply with words told is a statement', () => {
    expect(kind('The spokesman replied on Tuesday that the talks would go on.', 'on Tuesday')).toBe('statement');
    expect(kind('The Front replied on Tuesday with a statement calling the raid a crime.', 'on Tuesday')).toBe('statement');
    expect(kind('Asked whether the force would stay, Renn answered on Friday: "Not a day longer."', 'on Friday')).toBe('statement');
    expect(kind('On Monday the minister asked Osk to send more troops.', 'On Monday')).toBe('statement');
  });
});
