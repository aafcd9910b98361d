// Thirteenth round of merging, on mentions of our own (the round was made on the merges holdout10 missed).
import { describe, expect, it } from 'vitest';
import { attachOrphans } from '../../src/events/attach-orphans.js';
import { canonicalWord, profileMention } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { findQuantities } from '../../src/facts/find-quantities.js';
import { mentionOf } from '../helpers/mention-of.js';
import type { Mention, Orphan } from '../../src/types.js';

const mention = mentionOf;
const talks = (cue: string, cameo = '057') => ({ classification: { type: 'talks' as const, cue, cameo } });
/** A dated sentence naming no kind, as extraction hands it to attachOrphans. */
function orphan(article: string, date: string, quote: string, extra: Partial<Mention> = {}): Orphan {
  const { classification: _none, ...rest } = mention(article, 'talks', date, quote, extra);
  return rest;
}

describe('round 13 orphans', () => {
  const accord = mention('a', 'talks', '2031-06', 'Pellau, which mediated the Tessin Accord signed in Varro in', { ...talks('signed'), places: ['Varro'] });

  it('a day orphan joins the cluster dated only to its month when it shares much with it, and gives it its day', () => {
    const day = orphan('b', '2031-06-09', 'The Tessin Accord, signed in Varro by both delegations, has held since', { places: ['Varro'] });
    const [cluster] = attachOrphans([[accord]], [day]);
    expect(cluster!.map((m) => m.article)).toEqual(['a', 'b']);
  });

  it('a cluster made only of a sentence the leading cluster holds too is no rival for an orphan', () => {
    const round = mention('a', 'talks', '2031-03-03', 'Envoys of the council and the rebels are due to meet in Tarrow, at the old customs house, on', { ...talks('meet', '046'), places: ['Tarrow'] });
    const after = 'The raid came a week after the second round of talks, held at the customs house in Tarrow on';
    const told = mention('b', 'talks', '2031-03-03', after, { ...talks('talks', '046'), places: ['Tarrow'], sentence: 7 });
    // The same sentence, misread as telling an attack on the talks' day.
    const misread = mention('b', 'attack', '2031-03-03', after, { classification: { type: 'attack', cue: 'raid', cameo: '190' }, places: ['Tarrow'], sentence: 7 });
    const sat = orphan('c', '2031-03-03', 'In the customs house at Tarrow, envoys of both camps sat at one table for the first time in a year, on', { places: ['Tarrow'] });
    const clusters = attachOrphans([[round, told], [misread]], [sat]);
    expect(clusters[0]!.map((m) => m.article)).toEqual(['a', 'b', 'c']);
    // A rival told elsewhere still blocks it.
    const elsewhere = { ...misread, article: 'd' };
    expect(attachOrphans([[round, told], [elsewhere]], [sat])[0]).toHaveLength(2);
  });

  it('but not on a few words, nor on words lent by the sentence before, nor outside the part of the month told', () => {
    const weak = orphan('b', '2031-06-09', 'No communique from Varro is expected today', { places: ['Varro'], context: 'The Tessin Accord signed in Varro held.' });
    expect(attachOrphans([[accord]], [weak])[0]).toHaveLength(1);
    const early = { ...accord, date: { ...accord.date, qualifier: 'early' as const } };
    const late = orphan('b', '2031-06-25', 'The Tessin Accord, signed in Varro by both delegations, has held since', { places: ['Varro'] });
    expect(attachOrphans([[early]], [late])[0]).toHaveLength(1);
  });
});

describe('round 13 figures in words', () => {
  it('reads a number written in words whole, not its last word', () => {
    const values = (s: string) => findQuantities(s).map((q) => q.value);
    expect(values('One hundred and twenty sappers of the 3rd Signals Battalion came ashore')).toEqual([120]);
    expect(values('a hundred and thirty-five medics were flown in')).toEqual([135]);
    expect(values('some twenty-two hundred guardsmen stayed behind')).toEqual([2200]);
    expect(values('three thousand four hundred reservists were called up')).toEqual([3400]);
    expect(values('Thirty-one soldiers were hurt')).toEqual([31]);
    // "one of" stays no count, and "and" joins only after a multiplier.
    expect(values('one of the soldiers was hurt')).toEqual([]);
  });

  it('so one landing told in words and in digits shares its figure and merges', () => {
    const words = 'One hundred and twenty soldiers of our 3rd Signals Battalion landed at Varro on Friday, and the contingent is now 700 strong.';
    const digits = 'A caller to the phone-in told us that 120 more Pellish soldiers landed on Friday, to her great relief.';
    const landing = (article: string, quote: string) =>
      mention(article, 'troops', '2031-04-11', quote, { quantities: findQuantities(quote), classification: { type: 'troops', cue: 'landed', cameo: '154' } });
    expect(mergeMentions([landing('a', words), landing('b', digits)])).toHaveLength(1);
  });
});

describe('round 13 a name in two roles', () => {
  const attack = (cameo: string) => ({ classification: { type: 'attack' as const, cue: 'hit', cameo } });
  // A chronology line makes the town its subject; a background paragraph makes it the place.
  const line = mention('a', 'attack', '2031-05-03', 'Corvel: one guard hurt when shells hit the waterworks by night, on', { ...attack('190'), actors: ['Corvel'] });
  const paragraph = mention('b', 'attack', '2031-05-03', 'As background: the waterworks at Corvel was shelled, and the rebel spokesman Imre Lask vowed more, both on', {
    ...attack('194'),
    actors: ['Imre Lask'],
    places: ['Corvel'],
  });

  it('a town read as the actor of one telling and the place of the other is one name they share', () => {
    expect(mergeMentions([line, paragraph])).toHaveLength(1);
  });

  it('not from a telling that names places of its own: its actor is then no misread place', () => {
    const listed = { ...line, places: ['Dorn'] };
    expect(mergeMentions([listed, paragraph])).toHaveLength(2);
  });
});

describe('round 13 venues and quotations', () => {
  const summit = (article: string, quote: string, places: string[], said: string[]) =>
    mention(article, 'talks', '2031-05-04', quote, {
      ...talks('met', '040'),
      actors: ['Ilse Varga', 'Tomas Brell'],
      places,
      quotes: said.map((text) => ({ text })),
    });

  it('two tellings quoting the same words of the outcome are one summit though one names another place', () => {
    // The first names where militias once clashed, not where the leaders sat.
    const a = summit('a', 'Premier Ilse Varga and President Tomas Brell pledged to "reopen the mountain passes" in their first meeting since militias clashed at Corran Ford, on', ['Corran Ford'], ['reopen the mountain passes']);
    const b = summit('b', 'The turn came when Varga and Brell sat down in Selm and ordered their ministers to "reopen the mountain passes", on', ['Selm'], ['reopen the mountain passes']);
    expect(mergeMentions([a, b])).toHaveLength(1);
  });

  it('two venues with different quoted words stay two rounds', () => {
    const a = summit('a', 'Varga and Brell met at Corran Ford and promised to "keep talking", on', ['Corran Ford'], ['keep talking']);
    const b = summit('b', 'Varga and Brell met in Selm and agreed to "reopen the mountain passes", on', ['Selm'], ['reopen the mountain passes']);
    expect(mergeMentions([a, b])).toHaveLength(2);
  });
});

describe('round 13 deadlines', () => {
  const withdrawal = (article: string, quote: string, extra: Partial<Mention> = {}) =>
    mention(article, 'troops', '2031-09-30', quote, { classification: { type: 'troops', cue: 'end', cameo: '0874' }, ...extra });
  // The date sits right after each quote.
  const announced = withdrawal('a', 'Pellau announced in the spring that its advisory mission would end by ', { actors: ['Pellau'] });
  const remaining = withdrawal('b', 'A: Pellau still has roughly 300 instructors here, and every one of them will be home by ');

  it('trainers, advisers and instructors are troops to merging', () => {
    for (const word of ['trainer', 'adviser', 'instructor']) expect(canonicalWord(word, 'troops')).toBe('troop');
  });

  it('two withdrawals due by one day are one timetable', () => {
    expect(mergeMentions([announced, remaining])).toHaveLength(1);
  });

  it('but not two forces due by one day, nor a withdrawal told as done', () => {
    const other = withdrawal('c', "Norvia's remaining instructors will all be home by ", { actors: ['Norvia'] });
    expect(mergeMentions([announced, other])).toHaveLength(2);
    const done = withdrawal('c', 'A: Pellau sent roughly 300 instructors back to their families on ');
    expect(mergeMentions([announced, done])).toHaveLength(2);
  });
});

describe('round 13 one speaker, one day', () => {
  const statement = (article: string, quote: string, cue: string, actors: string[], quotes: string[] = []) =>
    mention(article, 'statement', '2031-05-03', quote, { classification: { type: 'statement', cue, cameo: '010' }, actors, quotes: quotes.map((text) => ({ text })) });
  const speech = statement('a', "That day, Ostrander made it official in a speech to the Selm senate, on", 'made it official', ['Ostrander', 'Selm senate']);
  const plain = statement('b', 'Foreign Minister Lise Ostrander announced the pullout plan on', 'announced', ['Lise Ostrander']);

  it("one speaker's statements of one day are one statement", () => {
    expect(mergeMentions([speech, plain])).toHaveLength(1);
  });

  it('but not two speakers, nor one speaker quoted in different words', () => {
    const other = statement('c', 'Premier Tomas Brell, answering Ostrander, called the move overdue on', 'called', ['Tomas Brell', 'Ostrander']);
    expect(mergeMentions([plain, other])).toHaveLength(2);
    const a = statement('a', 'Ostrander told the senate the plan was "final and fair", on', 'told', ['Ostrander'], ['final and fair']);
    const b = statement('b', 'Ostrander said the rebels "cannot be trusted" on', 'said', ['Ostrander'], ['cannot be trusted']);
    expect(mergeMentions([a, b])).toHaveLength(2);
  });
});

describe('round 13 a round told by the sentence before', () => {
  it('meeting again is a round in any tense', () => {
    for (const quote of ['The envoys met again on', 'Both delegations sat down again on', 'They meet again on']) {
      expect(profileMention(mention('a', 'talks', '2031-05-09', quote, talks('met', '040'))).round).toBe(true);
    }
  });

  it('"They met again on …" after a sentence naming the venue meets the round planned there for that day', () => {
    const plan = mention('a', 'talks', '2031-05-09', 'The ministry says the third round is due in Corvel on', { ...talks('round', '046'), places: ['Corvel'] });
    const again = mention('b', 'talks', '2031-05-09', 'They met again on', { ...talks('met', '040'), context: 'In April, envoys of both camps first sat at one table in a Corvel hotel.' });
    expect(mergeMentions([plan, again])).toHaveLength(1);
    // Without the sentence before, nothing is shared.
    expect(mergeMentions([plan, { ...again, context: undefined }])).toHaveLength(2);
  });
});
