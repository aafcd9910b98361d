// Round 20 mend A: misfires of round 20's kind rules, reproduced by a reviewer, in sentences of our own: an attack
// named as the scene arrived at takes no arrival's day, and a leader arriving there still visits; a verb of force
// told of a game is no attack; a Mission in a place is a force only by its name's words, never on a trade or embassy
// errand; troops that own the subject ("the soldiers' families") are not the ones moving; a ball slammed into a net
// is no criticism.
import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function page(body: string, published: string): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

/** Each mention as "kind date". */
const told = (body: string, published = '2051-03-20') =>
  extractMentions(page(body, published)).mentions.map((m) => `${m.classification.type} ${formatIso(m.date.date)}`);
const kinds = (body: string, published = '2051-03-20') => extractMentions(page(body, published)).mentions.map((m) => m.classification.type);
const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 20 mend A: the scene of an attack arrived at', () => {
  it('the attack named as the scene takes no arrival day', () => {
    const body =
      'Insurgents shelled the depot at Vell on Monday. The defence minister arrived at the scene of the shelling on Tuesday. Paramedics arrived at the scene of the explosion in Tarn on Wednesday.';
    const out = told(body);
    expect(out.filter((t) => t.startsWith('attack'))).toEqual(['attack 2051-03-20']);
    expect(out).toContain('talks 2051-03-14');
    expect(out).not.toContain('talks 2051-03-15');
  });
  it('a leader arriving at the scene still visits, with a second verb after', () => {
    expect(kind('Governor Sallow arrived at the scene of the ambush on Tuesday and met the families of the dead.', 'on Tuesday')).toBe('talks');
  });
  it('responders at the scene still pay no visit and move no troops', () => {
    expect(kinds('Firefighters arrived at the scene of the blast in Harl on Wednesday.')).toEqual([]);
    expect(kinds('Soldiers arrived at the scene of the bombing on Wednesday.')).toEqual([]);
  });
  it('an attack dated on its own noun, or told at a front, stays', () => {
    expect(kinds('Two battalions were sent to the scene of the fighting on 14 June.', '2041-06-20')).toContain('troops');
    expect(kinds('Rebels bombed the bridge at Sarn on Monday.')).toContain('attack');
  });
});

describe('round 20 mend A: a game is no attack', () => {
  it('a score, a game word or a team as object', () => {
    expect(kinds('Army pounded Navy 31-7 on Saturday in front of 70,000 fans in Philadelphia.', '2051-12-10')).toEqual([]);
    expect(kinds('The Vell Rebels pounded the Tarn Rockets 98-81 on Friday night.', '2051-12-10')).toEqual([]);
    expect(kinds('The army pounded the visitors on Saturday to win the league.', '2051-12-10')).toEqual([]);
  });
  it('a force pounding a place or a barracks still attacks it', () => {
    expect(kinds('Government jets pounded Kessa on Saturday.', '2051-12-10')).toContain('attack');
    expect(kinds('Rebels pounded the Army barracks in Harl on Friday.', '2051-12-10')).toContain('attack');
  });
});

describe('round 20 mend A: a named Mission', () => {
  it('a trade or a state\'s own mission is no force', () => {
    expect(kinds('The Trade Mission in Lisbon arrived on Monday with thirty exporters and business leaders.', '2051-03-12')).not.toContain('troops');
    expect(kinds('The Dorvish Mission in Kessa arrived at the ministry on Monday to present its credentials.')).not.toContain('troops');
  });
  it('a peace operation by its name stays a force', () => {
    expect(kinds('The Alliance Mission in Brannock arrived on February 14, 2040, and by October it had reached 4,300 troops.')).toContain('troops');
    expect(kinds('The Stabilisation Mission in Osk arrived on Monday.')).toContain('troops');
  });
});

describe('round 20 mend A: troops owning the subject', () => {
  it('the soldiers\' families going home are not the soldiers', () => {
    expect(kinds("The soldiers' families at the camp went home on Saturday.", '2051-03-12')).toEqual([]);
    expect(kinds("The peacekeepers' wives at the base flew home on Saturday.", '2051-03-12')).toEqual([]);
  });
  it('the soldiers themselves still go home', () => {
    expect(kinds('The soldiers at the camp went home on Saturday.', '2051-03-12')).toContain('troops');
    expect(kinds("The battalion's 300 soldiers flew home on Saturday.", '2051-03-12')).toContain('troops');
  });
});

describe('round 20 mend A: a thing slammed into another', () => {
  it('is no criticism', () => {
    expect(kinds('The striker slammed the ball into the net on Saturday.', '2051-03-12')).toEqual([]);
    expect(kinds('The keeper slammed the ball against the post on Saturday.', '2051-03-12')).toEqual([]);
  });
  it('but a speaker slamming a decision still criticises it', () => {
    expect(kind('The opposition leader slammed the government\'s plan on Friday.', 'on Friday')).toBe('statement');
    expect(kind('The minister slammed the deal as a betrayal on Thursday.', 'on Thursday')).toBe('statement');
  });
});
