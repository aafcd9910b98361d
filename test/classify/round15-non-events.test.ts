// Fifteenth round (issue 4): developments of none of the four kinds that a kind word sat in (the read gold excludes
// vigils, union meetings and votes, and requests for a report: holdout7, holdout8, holdout10-holdout12). Sentences of
// our own.
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 15: rites for the dead count no force', () => {
  it('a vigil or funeral for soldiers is no troop level', () => {
    check(['A vigil for the three marines will be held at the harbour church on Friday evening.', 'on Friday', null]);
    check(['The funerals of the four border guards took place in Velm on Sunday.', 'on Sunday', null]);
  });
  it('but soldiers who come for a rite still arrive, and a force still has its soldiers', () => {
    check(['About 400 soldiers arrived in Velm on Friday for the memorial parade.', 'on Friday', 'troops']);
    check(['The mission now has about 900 soldiers in Velm, the ministry said on Friday.', 'on Friday', 'statement']);
  });
});

describe('round 15: a union meeting is no talks', () => {
  it('workers\' and producers\' bodies meeting', () => {
    check(['Thu 4 June: the growers\' cooperative meets on the autumn prices.', 'Thu 4 June', null]);
    check(['The fishermen\'s union met the harbour board on Monday.', 'on Monday', null]);
  });
  it('but a union of states meets for talks, and a union leader still speaks', () => {
    check(['The Coastal Union met both delegations in Orm on Monday.', 'on Monday', 'talks']);
    check(['The union leader said on Monday that the strike would go on.', 'on Monday', 'statement']);
  });
});

describe('round 15: a stoppage of work is no attack', () => {
  it('a strike called, staged or gone on', () => {
    check(['Bus drivers have called a two-day strike for Thursday.', 'for Thursday', null]);
    check(['The miners staged a strike on Monday.', 'on Monday', null]);
    check(['Nurses went on strike on Monday.', 'on Monday', null]);
  });
  it('but a strike carried out, launched or that kills is still one', () => {
    check(['The air force carried out a strike on the depot on Monday.', 'on Monday', 'attack']);
    check(['Jets launched a strike on the ridge camps on Monday.', 'on Monday', 'attack']);
    check(['A strike on the fuel depot killed four guards on Monday.', 'on Monday', 'attack']);
  });
  it('and the aim of a stoppage is no saying at its date', () => {
    check(['Port workers have called a one-day strike for Friday to demand higher pay.', 'for Friday', null]);
    // An aim served by a development of our kinds stays that development's.
    check(['The envoy will meet the governor in Kesh on Friday to ask for more police.', 'on Friday', 'talks']);
  });
});

// (A district or a market visited stays a visit, as round 10 and round 14 decided: "will visit the harbour district".)
describe('round 15: a visit to the wounded or a scene is no talks', () => {
  it('a leader visiting the wounded or a scene, and saying something there, makes a statement', () => {
    check(['The governor visited the bereaved families this morning and said the port would stay open.', 'this morning', 'statement']);
    check(['The minister visited the wounded sailors in hospital on Monday.', 'on Monday', null]);
  });
  it('but a visit to a capital or a party stays talks, and a wounding stays an attack', () => {
    check(['The envoy visited Velm on Monday.', 'on Monday', 'talks']);
    check(['The envoy visited the rebel leader on Monday.', 'on Monday', 'talks']);
    check(['Two sailors were wounded on Monday.', 'on Monday', 'attack']);
  });
});
