// Sixteenth round (issue 4): a gold development told under another kind. Troops "will be home by" a date return
// then (holdout13 told "tell her battalion it would be home by the end of June" as a visit in June); a date phrase
// closing its clause at a semicolon dates that clause, not the one after ("spoke by telephone with X, on Saturday;
// neither ministry mentioned …", holdout13, a statement). Sentences of our own, on an invented river border between
// Osk and Marvale.
import { describe, expect, it } from 'vitest';
import { pageOf } from '../helpers/article-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';


const kinds = (body: string) => extractMentions(pageOf(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe('round 16: troops being home is their return', () => {
  it('dates the return', () => {
    expect(kinds('The Tarnish battalion would be home by the end of July, the minister said.')).toContainEqual(['troops', '2031-07']);
    expect(kinds('The general flew in on 3 May to tell his brigade it would be home by the end of July.')).toEqual([
      ['talks', '2031-05-03'],
      ['troops', '2031-07'],
    ]);
  });

  it('not a person at home', () => {
    expect(kinds('The minister will be home by the end of July.')).toEqual([]);
    expect(kinds('The ambassador was home in March, and the house was empty.')).toEqual([]);
  });
});

describe('round 16: a date phrase closing its clause at a semicolon', () => {
  it('dates the clause it closes', () => {
    expect(kinds('The Marvale minister spoke by telephone with her Osk counterpart, Ivo Renn, on Saturday; neither side mentioned the shelling.')).toEqual([['talks', '2031-05-17']]);
  });

  it('a phrase opening the clause after it still dates that clause', () => {
    expect(kinds('The talks had stalled; on Saturday, rebels shelled the port.')).toEqual([['attack', '2031-05-17']]);
  });
});

// A meeting told as a joint appearance, a stance taken in the present on a past development, and a battery handed
// over (holdout10 and holdout11 told these under another kind).
describe('round 16: more kinds', () => {
  it('standing beside a leader is a meeting; beside a thing, none', () => {
    expect(kinds('On 3 May the Osk envoy stood beside President Ana Pell in Varn and promised a second convoy.')).toEqual([
      ['talks', '2031-05-03'],
      ['statement', '2031-05-03'],
    ]);
    expect(kinds('The widow stood beside the coffin on 3 May.')).toEqual([]);
  });

  it('a stance in the present tense leaves a past date to the development it names', () => {
    expect(kinds('The Front denies any part in the shelling of the port on Friday.')).toEqual([['attack', '2031-05-16']]);
    expect(kinds('The Front denied any part in the shelling of the port on Friday.')).toEqual([['statement', '2031-05-16']]);
  });

  it('taking over a battery or patrol duties is a handover', () => {
    expect(kinds('The Marvale army took over the Varn battery on 2 May.')).toEqual([['troops', '2031-05-02']]);
    expect(kinds('Osk police took over patrol duties on the bridge on 2 May.')).toEqual([['troops', '2031-05-02']]);
  });
});

// A person going to a named place visits it (holdout13: "went to Camp Halden on 31 March and told her soldiers …"),
// and firing on something named as a noun is an attack (holdout11: "denies any link with the firing on the tanker").
describe('round 16: going to a place, and the firing on a target', () => {
  it('a person going to a named place visits it', () => {
    expect(kinds('The Osk minister went to Tarn on 3 May.')).toEqual([['talks', '2031-05-03']]);
  });

  it('not going to the polls, to court, nor money going somewhere', () => {
    expect(kinds('The country went to the polls on 3 May.')).toEqual([]);
    expect(kinds('The case went to court on 3 May.')).toEqual([]);
    expect(kinds('The money went to Tarn on 3 May.')).toEqual([]);
  });

  it('the firing on a ship is an attack, the firing of a minister none', () => {
    expect(kinds('The Front denies any link with the firing on the ferry on Friday.')).toEqual([['attack', '2031-05-16']]);
    expect(kinds('The firing of the interior minister on Friday surprised nobody.')).toEqual([]);
  });
});
