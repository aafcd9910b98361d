// The tense rule alone: which verb cue governs a span, and the direction it gives.
import { describe, expect, it } from 'vitest';
import { governingCue, tenseAt } from '../../src/dates/tense.js';

function tenseOf(sentence: string, span: string) {
  return tenseAt(sentence, sentence.indexOf(span), span.length);
}

describe('tenseAt', () => {
  it.each([
    ['The minister said on Monday that talks had ended.', 'on Monday', 'past', 'said'],
    ['The minister will travel on Monday.', 'on Monday', 'future', 'will'],
    ['On Monday, rockets struck the base.', 'On Monday', 'past', 'struck'],
    ['On Monday, the ministers are set to sign the deal.', 'On Monday', 'future', 'are set to'],
    ['The envoy, who will arrive on Monday, said the talks mattered.', 'on Monday', 'future', 'will'],
    ['The vote will be held on Monday.', 'on Monday', 'future', 'will'],
    ['The summit is due to open on Monday.', 'on Monday', 'future', 'is due to'],
    ['The summit is expected to open on Monday.', 'on Monday', 'future', 'is expected to'],
    ['The country plans to hold the vote on Monday.', 'on Monday', 'future', 'plans to'],
    ['The talks are to be held on Monday.', 'on Monday', 'future', 'to be held'],
    ['Officials said the upcoming round on Monday matters.', 'on Monday', 'future', 'upcoming'],
    ['We look forward to meeting them on Monday.', 'on Monday', 'future', 'look forward to'],
    ['He claimed his visit will change things in an interview on Sunday.', 'on Sunday', 'past', 'in an interview'],
    ['The planned talks on Monday drew protests.', 'on Monday', 'past', 'drew'],
    ['Talks on Monday.', 'on Monday', 'past', undefined],
    // What parties agree or arrange to do lies ahead, whatever the tense of the agreeing.
    ['The envoys have agreed to meet again in Oslo on Monday.', 'on Monday', 'future', 'agreed to'],
    ['The envoys agreed on Monday to meet again in May.', 'on Monday', 'past', 'agreed'],
    ['The envoys agreed on Monday to meet again in May.', 'in May', 'future', 'agreed … to'],
    ['The rebels arranged to hand over their rifles on Monday.', 'on Monday', 'future', 'arranged to'],
    ['Both sides agreed to the plan on Monday.', 'on Monday', 'past', 'agreed'],
  ])('%s', (sentence, span, tense, cue) => {
    expect(tenseOf(sentence, span)).toEqual({ tense, cue });
  });

  it('finds present-tense verbs for "now"', () => {
    const s = 'There are now 2,500 troops left in the country.';
    expect(governingCue(s, s.indexOf('now'), 3, ['present', 'perfect', 'past', 'future'])).toMatchObject({ kind: 'present', text: 'are' });
  });
});
