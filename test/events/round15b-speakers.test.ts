// Round 15b: one speaker's statement told several ways, on sentences of our own (the round was made on holdout12's
// statements of a movement told by its acronym, its full name, its short form and its spokeswoman).
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { sameSpeaker, speakersOf } from '../../src/events/speakers.js';
import { mentionOf } from '../helpers/mention-of.js';
import type { Mention } from '../../src/types.js';

const DAY = '2032-03-07';
const statement = (article: string, quote: string, cue: string, actors: string[], extra: Partial<Mention> = {}) =>
  mentionOf(article, 'statement', DAY, quote, { classification: { type: 'statement', cue, cameo: '010' }, actors, ...extra });
const articlesOf = (clusters: Mention[][]) => clusters.map((c) => c.map((m) => m.article));

describe('round 15b: who a statement speaks for', () => {
  it('a spokesperson speaks for the body named beside them, before or after', () => {
    const before = statement('a', 'MDA spokesman Tobias Quenn rejects the port levy.', 'rejects', ['Tobias Quenn']);
    expect([...speakersOf(before, before.actors)]).toEqual(['quenn', 'mda']);
    const after = statement('b', 'Ilse Brandt, spokeswoman for the Marsh Delta Alliance, said the levy was theft.', 'said', ['Ilse Brandt', 'Marsh Delta Alliance']);
    expect(speakersOf(after, after.actors)).toContain('mda');
    const owned = statement('c', "Ilse Brandt, the Alliance's spokeswoman, said the levy was theft.", 'said', ['Ilse Brandt', 'Alliance']);
    expect(speakersOf(owned, owned.actors)).toContain('bare:alliance');
  });

  it('with no name before its cue, the speaker is the name right before a saying verb', () => {
    const m = statement('a', 'In a statement read out at noon by its spokesman, the Alliance said it would not pay.', 'statement', ['Alliance']);
    expect([...speakersOf(m, m.actors)]).toEqual(['bare:alliance']);
  });

  it("a short form is the one body of its head its article names, and none when it names two", () => {
    const m = statement('a', 'The Council said it would meet again.', 'said', ['Council']);
    expect([...speakersOf(m, m.actors, new Map([['council', new Set(['harbour council'])]]))]).toEqual(['harbour council']);
    expect([...speakersOf(m, m.actors, new Map([['council', new Set(['harbour council', 'river council'])]]))]).toEqual([]);
  });

  it('a short form no article resolves meets a body of its head, but two bodies of one head do not meet', () => {
    expect(sameSpeaker(new Set(['bare:front']), new Set(['ghf', 'head:front']))).toBe(true);
    expect(sameSpeaker(new Set(['cfr', 'head:front']), new Set(['nfr', 'head:front']))).toBe(false);
  });
});

describe('round 15b: one speaker told two ways is one statement of the day', () => {
  it("a body's acronym beside its spokesman meets the body named in full", () => {
    const short = statement('a', 'MDA spokesman Tobias Quenn rejects the port levy.', 'rejects', ['Tobias Quenn']);
    const full = statement('b', 'The Marsh Delta Alliance said in a statement last night that the levy on fishing boats was "theft by another name".', 'said', ['Marsh Delta Alliance'], {
      quotes: [{ text: 'theft by another name' }],
    });
    expect(articlesOf(mergeMentions([short, full]))).toEqual([['a', 'b']]);
  });

  it("a spokeswoman's statement meets her body's short form in an article that names no other", () => {
    const spokeswoman = statement('a', 'Ilse Brandt, spokeswoman for the Marsh Delta Alliance, said on Sunday that the Alliance had "no hand" in the fire at the depot.', 'said', [
      'Ilse Brandt',
      'Marsh Delta Alliance',
    ], { quotes: [{ text: 'no hand' }] });
    const shortForm = statement('b', 'The Alliance denied it that evening, and the police believe them.', 'denied', ['Alliance']);
    expect(articlesOf(mergeMentions([spokeswoman, shortForm]))).toEqual([['a', 'b']]);
    // Where the article names two alliances, "the Alliance" is neither.
    const two = { ...shortForm, context: 'Both the Marsh Delta Alliance and the Upland Growers Alliance had members at the depot.' };
    expect(mergeMentions([spokeswoman, two])).toHaveLength(2);
  });

  it('a ministry and a minister of it, or two fronts, are different speakers', () => {
    const ministry = statement('a', 'The Interior Ministry announced that the curfew in the port would end.', 'announced', ['Interior Ministry']);
    const minister = statement('b', 'Interior Minister Pavel Oder warned that looters in the port would be jailed.', 'warned', ['Pavel Oder']);
    expect(mergeMentions([ministry, minister])).toHaveLength(2);
    const coastal = statement('a', 'The Coastal Liberation Front said the ferry strike was over.', 'said', ['Coastal Liberation Front']);
    const northern = statement('b', 'The Northern Hills Front said its men would hold the pass.', 'said', ['Northern Hills Front']);
    expect(mergeMentions([coastal, northern])).toHaveLength(2);
  });
});

describe('round 15b: a spokesman of a body named by its head, and the subject of the cue', () => {
  it("\"the council's spokeswoman\" speaks for the council, as its short form", () => {
    const m = statement('a', "Mara Lind, the council's spokeswoman, said the bridge would reopen.", 'said', ['Mara Lind']);
    expect([...speakersOf(m, m.actors)]).toEqual(['lind', 'bare:council']);
    // A word that heads no body's name is no body.
    const other = statement('a', "Mara Lind, the family's spokeswoman, said the bridge would reopen.", 'said', ['Mara Lind']);
    expect([...speakersOf(other, other.actors)]).toEqual(['lind']);
  });

  it('a body reported as announcing, after the sentence names someone else first, is a speaker too', () => {
    const reported = statement('b', 'Ms Ode: The House will know that the Harbour Workers Union announced that it was ending the strike at the docks.', 'announced', [
      'Ode',
      'Harbour Workers Union',
    ]);
    expect(speakersOf(reported, reported.actors)).toContain('hwu');
    const own = statement('a', 'The Union therefore announces that its members will go back to the docks.', 'announces', ['Union']);
    expect(articlesOf(mergeMentions([own, reported]))).toEqual([['a', 'b']]);
  });
});

describe('round 15b: a lead sentence naming the speaker', () => {
  const read = (context: string) =>
    statement('a', 'In a statement read out at noon by its secretary, the Union said its members would "go back with heads high".', 'statement', ['Union'], {
      quotes: [{ text: 'go back with heads high' }],
      context,
    });
  const short = statement('b', 'The HWU ends its strike.', 'ends', ['HWU']);

  it("lends its words to the statement that follows it, against another article's telling", () => {
    expect(articlesOf(mergeMentions([read('The Harbour Workers Union is calling off its strike at the docks.'), short]))).toEqual([['a', 'b']]);
  });

  it('lends nothing when it is about someone else', () => {
    expect(mergeMentions([read('The Port Authority says the strike at the docks is over.'), short])).toHaveLength(2);
  });
});
