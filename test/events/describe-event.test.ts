import { describe, expect, it } from 'vitest';
import { compressTitle, eventSummary, representative } from '../../src/events/describe-event.js';
import type { Mention, ResolvedDate } from '../../src/types.js';

function mention(quote: string, date: Partial<ResolvedDate> & { text: string }, article = 'a'): Mention {
  return {
    article, sentence: 0, quote, actors: [], places: [], quantities: [], quotes: [],
    classification: { type: 'attack', cue: 'x', cameo: '190' },
    date: { index: quote.indexOf(date.text), date: { year: 2022, month: 3, day: 8 }, precision: 'day', stated: [], implied: [], tag: 'test', reason: '', ...date },
  };
}

describe('compressTitle', () => {
  it('drops the dateline, the date words and an opening connective', () => {
    const m = mention('KABUL, March 8 (Wirenews) - Similarly, on Tuesday, a roadside bomb struck a police convoy near the airport.', { text: 'on Tuesday' });
    expect(compressTitle(m).title).toBe('A roadside bomb struck a police convoy near the airport');
  });

  it('drops a chronology label with its colon ("Oct. 2019: …", "March 3 (planned): …")', () => {
    expect(compressTitle(mention('Oct. 2019: The first mortar bombs fall on the port of Selm.', { text: 'Oct. 2019' })).title).toBe('The first mortar bombs fall on the port of Selm');
    expect(compressTitle(mention('March 3 (planned): Rebels shell the port of Selm.', { text: 'March 3' })).title).toBe('Rebels shell the port of Selm');
  });

  it('drops a possessive date with its "\'s": "Last week\'s round" is not "S round"', () => {
    const m = mention("Last week's round of ferry talks in Varn ended without a deal.", { text: 'Last week' });
    expect(compressTitle(m).title).toBe('Round of ferry talks in Varn ended without a deal');
  });

  it('drops asides between commas, dashes and parentheses, and trailing attribution', () => {
    const m = mention(
      'Lena Ortiz, a spokeswoman for the mission (UNMT), said on Monday that the convoy - which carried food - was turned back, according to local media.',
      { text: 'on Monday' },
    );
    expect(compressTitle(m).title).toBe('Lena Ortiz said that the convoy was turned back');
  });

  it('keeps a relative date inside the sentence, since it is part of what happened', () => {
    const m = mention('The minister held a news conference following the talks, calling them useful.', { text: 'following the talks', tag: 'relative-to-event' });
    expect(compressTitle(m).title).toBe('The minister held a news conference following the talks, calling them useful');
  });

  it('cuts long sentences at a clause boundary, or marks the cut', () => {
    const long = mention(`Talks ${'resumed '.repeat(20)}in Oslo on Friday.`, { text: 'on Friday' });
    const { title, truncated } = compressTitle(long);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.endsWith('…')).toBe(true);
    expect(truncated).toBe(true);
  });
});

describe('representative and summary', () => {
  it('prefers reported speech over a direct quote, and keeps the whole sentence as summary', () => {
    const quoted = mention('"We will not stop," the commander said on Tuesday.', { text: 'on Tuesday' }, 'a');
    const reported = mention('The commander vowed on Tuesday to keep fighting.', { text: 'on Tuesday' }, 'b');
    expect(representative([quoted, reported])).toBe(reported);
    expect(eventSummary(reported)).toBe('The commander vowed on Tuesday to keep fighting.');
  });
});

describe('a trailing attribution with a name in apposition', () => {
  it('is cut whole from the title of a development; a statement keeps its speaker', () => {
    const m = mention('The next round is due to open in Portana on 22 October, the mediator, Ines Varga, said.', { text: 'on 22 October' });
    expect(compressTitle({ ...m, classification: { type: 'talks', cue: 'round', cameo: '046' } }).title).toBe('The next round is due to open in Portana');
    const s = mention('The ferry will sail on Friday, the mediator, Ines Varga, said.', { text: 'on Friday' });
    expect(compressTitle({ ...s, classification: { type: 'statement', cue: 'said', cameo: '010' } }).title).toContain('said');
  });
});

describe("a live blog's entry time", () => {
  it('is no part of the title or the summary', () => {
    const m = mention('14:05 A drone struck the ferry terminal in Varn on Thursday, the coastguard said.', { text: 'on Thursday' });
    expect(compressTitle(m).title).toBe('A drone struck the ferry terminal in Varn');
    expect(eventSummary(m)).toBe('A drone struck the ferry terminal in Varn on Thursday, the coastguard said.');
    const n = mention('3.5 million people fled the valley on Thursday.', { text: 'on Thursday' });
    expect(compressTitle(n).title).toBe('3.5 million people fled the valley');
  });
});
