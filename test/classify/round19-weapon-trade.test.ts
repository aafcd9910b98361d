// Round 19: a weapon word that names a trade making the weapon safe ("bomb-disposal company", "bomb squad", "the bomb
// people") tells no attack; and such a unit arriving, flying in or flying home is a troop move (holdout16: a
// bomb-disposal company's arrival was read as talks, its flight home and its road clearing as attacks). Sentences of
// our own: an invented mission in Tarn, with a Varnish bomb-disposal company.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { tokens } from '../../src/nlp/wink.js';
import { weaponTrade } from '../../src/classify/weapon-trade.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 19: a weapon word naming a trade', () => {
  it('is no attack', () => {
    expect(kind('A Varnish army bomb-disposal unit cleared the bridge approaches in March.', 'in March')).toBeNull();
    expect(kind('The Varnish bomb people are here now and they seem very relaxed.', 'now')).toBeNull();
    expect(kind('Bomb-disposal experts were called to the market on Tuesday after a device was found.', 'on Tuesday')).toBeNull();
    expect(kind('Explosive ordnance disposal technicians checked the quay on 4 June.', 'on 4 June')).toBeNull();
  });
  it('leaves a bomb used alone', () => {
    expect(kind('A bomb exploded near the bomb-disposal team’s base on Monday, killing two.', 'on Monday')).toBe('attack');
    expect(kind('A bomb attack on the quay on 4 June killed a guard.', 'on 4 June')).toBe('attack');
    expect(kind('Rebels planted bombs under the bridge on 4 June.', 'on 4 June')).toBe('attack');
  });
  it('looks only at the word after the weapon', () => {
    const at = (s: string, w: string) => weaponTrade(tokens(s), tokens(s).findIndex((t) => t.normal === w));
    expect(at('the bomb squad arrived', 'bomb')).toBe(true);
    expect(at('the bomb blast', 'bomb')).toBe(false);
    expect(at('the bomb went off', 'bomb')).toBe(false);
  });
});

describe('round 19: a bomb-disposal unit moving', () => {
  it('arrives, flies in or flies home as troops', () => {
    expect(kind('The Varnish bomb-disposal company, which arrived on 9 May, is due to leave on 30 June.', 'on 9 May')).toBe('troops');
    expect(kind('A Varnish bomb squad flew in six days ago to clear the coast road.', 'six days ago')).toBe('troops');
    expect(kind('The bomb-disposal company flew home on 3 June.', 'on 3 June')).toBe('troops');
    expect(kind('The last rifle company flew in on Friday.', 'on Friday')).toBe('troops');
  });
  it('but a person or a civilian team flying in pays a visit or nothing', () => {
    expect(kind('The Varnish envoy flew in on Friday for talks.', 'on Friday')).toBe('talks');
    expect(kind('A medical team flew in on Friday.', 'on Friday')).not.toBe('troops');
  });
});
