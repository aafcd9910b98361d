// Round 20 mend C, merging: two speakers each told with an office, none in common, are two ("the President of Vessia"
// and "the President of Vessia's Supreme Court"); a definite "the strikes" joins the day's one attack only when it shares
// the means or a word of its own, and not when it names another place ("this time at the docks"); artillery and aircraft
// are two attacks of one day unless one telling names both. Each merge asked in both article orders. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { officeOf } from '../../src/events/speaker-roles.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];
const joined = (articles: ReturnType<typeof storyOf>[], slug: string, kind: string, day: string) =>
  both(articles).map((list) => joinedArticles(mergeMentions(mentionsOf(list)), slug, kind, day));

describe('round 20 mend C: an office of a possessed body is that body\'s', () => {
  it('reads "President of Vessia\'s Supreme Court" as the court\'s president, capitalised or not', () => {
    const a = "Ivo Marr, President of Tesland's High Court, said the ruling would stand.";
    expect(officeOf(a, 'Ivo Marr', 0)).toEqual({ office: 'president', body: "Tesland's High Court" });
    const b = 'Ivo Marr, chairman of the Tesland Harbour Board, said the port would reopen.';
    expect(officeOf(b, 'Ivo Marr', 0)).toEqual({ office: 'chair', body: 'Tesland Harbour Board' });
  });

  it('the state\'s president and the court\'s president make two statements of the day', () => {
    const state = storyOf('state', '2052-06-12', ['The President of Tesland said on Tuesday that the Orvan troops near the border were a danger to the ceasefire.']);
    const court = storyOf('court', '2052-06-12', ["Ivo Marr, President of Tesland's High Court, told reporters on Tuesday that the court would rule on the troop accord in July."]);
    expect(joined([state, court], 'state', 'statement', '2052-06-11')).toEqual([['state'], ['state']]);
  });

  it('the state\'s president told by name and office is still the President of Tesland', () => {
    const state = storyOf('state', '2052-06-12', ['The President of Tesland said on Tuesday that the Orvan troops near the border were a danger to the ceasefire.']);
    const named = storyOf('named', '2052-06-12', ['Ana Voss, President of Tesland, told reporters on Tuesday that the Orvan troops near the border were a danger.']);
    expect(joined([state, named], 'state', 'statement', '2052-06-11')).toEqual([['named', 'state'], ['named', 'state']]);
  });
});

describe('round 20 mend C: a definite attack must share the means or a word, and name no other place', () => {
  const wire = storyOf('wire', '2052-06-12', ['Rebel mortars struck the village of Oska in Lenn province on Sunday, killing three herders, officials said.']);

  it('"The strikes came again on Sunday" shares only the word for an attack with the mortar attack: apart', () => {
    const letter = storyOf('letter', '2052-06-12', ['The strikes came again on Sunday and nobody slept.']);
    expect(joined([wire, letter], 'letter', 'attack', '2052-06-09')).toEqual([['letter'], ['letter']]);
  });

  it('"this time at the quarry" names another place: apart, even with the means shared', () => {
    const letter = storyOf('letter', '2052-06-12', ['The mortars came again on Sunday, this time at the quarry.']);
    expect(joined([wire, letter], 'letter', 'attack', '2052-06-09')).toEqual([['letter'], ['letter']]);
  });

  it('"The mortars came again on Sunday" is still the day\'s mortar attack', () => {
    const letter = storyOf('letter', '2052-06-12', ['The mortars came again on Sunday and nobody slept.']);
    expect(joined([wire, letter], 'letter', 'attack', '2052-06-09')).toEqual([['letter', 'wire'], ['letter', 'wire']]);
  });
});

describe('round 20 mend C: artillery and aircraft are two attacks of one day', () => {
  const guns = storyOf('guns', '2052-06-12', ['Orvan artillery shelled the Kell Heights on Sunday morning.']);
  const jets = storyOf('jets', '2052-06-12', ['Orvan military aircraft struck targets in the Kell Heights on Sunday morning.']);

  it('shelled by artillery and struck by aircraft: apart', () => {
    expect(joined([guns, jets], 'guns', 'attack', '2052-06-09')).toEqual([['guns'], ['guns']]);
  });

  it('one that names both means may be either: "artillery and aircraft pounded the Kell Heights"', () => {
    const both = storyOf('both', '2052-06-12', ['Orvan artillery and aircraft pounded the Kell Heights on Sunday morning, the army said.']);
    expect(joined([jets, both], 'jets', 'attack', '2052-06-09')).toEqual([['both', 'jets'], ['both', 'jets']]);
  });

  it('two tellings of the shelling still merge', () => {
    const shells = storyOf('shells', '2052-06-12', ['Orvan guns shelled the Kell Heights on Sunday morning, witnesses said.']);
    expect(joined([guns, shells], 'guns', 'attack', '2052-06-09')).toEqual([['guns', 'shells'], ['guns', 'shells']]);
  });
});
