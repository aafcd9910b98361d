// Round 17b, review mends in classification: a meeting "called by" someone is the meeting, not its putting off; an
// outlet's own text is the subject only when it heads it ("The commander of the armoured column said" is the commander);
// "hunger strikers" and "in Derby" are no sport. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 17b: the passive putting off needs "back" or "off" after put, pushed, called', () => {
  it('"was called by" is no putting off', () => {
    expect(kind('A crisis meeting was called by the Gulf Council on 3 May.', 'on 3 May')).toBe('talks');
  });
  it('"put back", "pushed back", "called off", "postponed" by an agent still are', () => {
    expect(kind('The third round was put back a fortnight by the mediator on 3 May.', 'on 3 May')).toBe('statement');
    expect(kind('The summit was called off by the host on 3 May.', 'on 3 May')).toBe('statement');
    expect(kind('The talks were pushed back by the envoy on 3 May.', 'on 3 May')).toBe('statement');
    expect(kind('The talks were postponed by the envoy on 3 May.', 'on 3 May')).toBe('statement');
  });
});

describe('round 17b: an outlet\'s text only when it heads the subject', () => {
  it('a word of the outlet\'s in a prepositional phrase, or of another sense, leaves the speaker', () => {
    expect(kind('The colonel of the lead column said on 3 May that the bridge was held.', 'on 3 May')).toBe('statement');
    expect(kind('Envoys at the negotiating table said on 3 May that the truce would hold.', 'on 3 May')).toBe('statement');
    expect(kind('The envoy in a long interview on 3 May said the truce would hold.', 'on 3 May')).toBe('statement');
    expect(kind('The table of envoys said on 3 May that the truce would hold.', 'on 3 May')).toBe('statement');
  });
  it('the outlet\'s own report, story or interview as the subject is still no statement', () => {
    expect(kind('A report on 3 May said the truce would hold.', 'on 3 May')).toBeNull();
    expect(kind('Our earlier story on 3 May said the truce would hold.', 'on 3 May')).toBeNull();
    expect(kind('An interview on 3 May quoted the colonel as saying the truce would hold.', 'on 3 May')).toBeNull();
  });
});

describe('round 17b: words of sport that are not only sport\'s', () => {
  it('"hunger strikers" and the town of Derby leave a meeting a meeting', () => {
    expect(kind('Hunger strikers met the prison governor on 3 May.', 'on 3 May')).toBe('talks');
    expect(kind('The envoy met the rail unions in Derby on 3 May.', 'on 3 May')).toBe('talks');
  });
  it('a derby, a goalkeeper still make a sentence of sport', () => {
    expect(kind('The league said on 3 May that the derby was off.', 'on 3 May')).toBeNull();
    expect(kind('The club said on 3 May that its goalkeeper would stay.', 'on 3 May')).toBeNull();
  });
});
