import { describe, expect, it } from 'vitest';
import { compressTitle, eventSummary, eventTitle, leadOf, representative } from '../../src/events/describe-event.js';
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

  it('comes with the title it gives, so a draft titles its lead once (leadOf)', () => {
    const quoted = mention('"We will not stop," the commander said on Tuesday.', { text: 'on Tuesday' }, 'a');
    const reported = mention('The commander vowed on Tuesday, in a speech to the troops in the capital, to keep fighting.', { text: 'on Tuesday' }, 'b');
    const lead = leadOf([quoted, reported]);
    expect(lead.mention).toBe(reported);
    expect(lead.title).toBe(eventTitle(reported));
    expect(leadOf([quoted, reported], { year: 2022, month: 3 })).toEqual(lead);
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

describe('the title keeps the words that decided the kind', () => {
  const as = (m: Mention, type: Mention['classification']['type'], cue: string): Mention => ({ ...m, classification: { type, cue, cameo: '010' } });

  it('is never cut back to the subject and its apposition', () => {
    const m = as(mention("The coastguard's deputy commander, Tove Lind, said on Friday that the boarding had followed every rule of the sea.", { text: 'on Friday' }), 'statement', 'said');
    const { title } = compressTitle(m);
    expect(title).toMatch(/^The coastguard's deputy commander, Tove Lind, said that the boarding/);
  });

  it('keeps an aside that holds the cue, and cuts after it', () => {
    const m = as(mention('Marek Hollin, who will meet the envoy in Ostra on Thursday, said he would ask for a map of every minefield along the river.', { text: 'on Thursday' }), 'talks', 'meet');
    expect(compressTitle(m).title).toBe('Marek Hollin, who will meet the envoy in Ostra');
  });

  it('cuts a statement before a trailing attribution, when the clause before it stands alone', () => {
    const m = as(mention('The crossing at Hallen will reopen to lorries and buses before the harvest, a spokesman for the interior ministry told reporters on Monday.', { text: 'on Monday' }), 'statement', 'told');
    expect(compressTitle(m).title).toBe('The crossing at Hallen will reopen to lorries and buses before the harvest');
    // An opening phrase is no clause: the cut waits for the subject and its verb.
    const opening = as(mention('“Given the calm of recent weeks, both sides agreed that the checkpoints along the ring road can be dismantled,” read a joint statement issued on Monday.', { text: 'on Monday' }), 'statement', 'statement');
    expect(compressTitle(opening).title).toMatch(/^Given the calm of recent weeks, both sides agreed/);
  });

  it("drops a trailing attribution whole, not from the middle of a word", () => {
    const m = mention('Mortar bombs hit Varo, a farming town of some 800 people near the river, before dawn today, killing a farmer and wounding two, local officials say.', { text: 'today' });
    expect(compressTitle(m).title).toBe('Mortar bombs hit Varo before dawn, killing a farmer and wounding two');
  });

  it('leaves the preposition a verb governs when the date was read with it', () => {
    const m = as(mention('The convoy was fired on last Sunday.', { text: 'on last Sunday' }), 'attack', 'fired on');
    expect(compressTitle(m).title).toBe('The convoy was fired on');
    const apart = as(mention('Gunmen fired on a patrol outside Ostra on Sunday.', { text: 'on Sunday' }), 'attack', 'fired on');
    expect(compressTitle(apart).title).toBe('Gunmen fired on a patrol outside Ostra');
  });

  it('drops a dateline in ordinary case told by its agency ("Port Selm, 3rd May (KNA) — ")', () => {
    const m = mention('Port Selm, 3rd May (KNA) — The last frigate sailed for home on Tuesday.', { text: 'on Tuesday' });
    expect(compressTitle(m).title).toBe('The last frigate sailed for home');
  });
});
