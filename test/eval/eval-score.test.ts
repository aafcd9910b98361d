import { describe, expect, it } from 'vitest';
import { countCauses, datesCompatible, scoreEvents, type GoldEvent } from '../../scripts/eval-score.js';
import type { EventType, Precision, TimelineEvent } from '../../src/types.js';

function predicted(id: string, date: string, type: EventType, sources: [article: string, quote: string][]): TimelineEvent {
  const precision: Precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return {
    id, url: `/events/${id}/`, date, precision, type, cameo: '040', title: id, summary: '', actors: [], places: [], quantities: [],
    sources: sources.map(([article, quote], i) => ({
      article, title: article, published: '2021-04-19', sentence: i, url: `/articles/${article}/#s-${i + 1}`, quote, date, dateText: '', dateReason: '', quantities: [],
    })),
  };
}

const talks: GoldEvent = {
  key: 'talks-april', date: '2021-04-07', precision: 'day', type: 'talks',
  articles: ['a', 'b'], cues: ['resumed strategic dialogue on Wednesday', 'concluded earlier this month'],
};
const drone: GoldEvent = {
  key: 'drone', date: '2021-04-14', precision: 'day', type: 'attack', articles: ['b'], cues: ['rocket fire from a drone'],
};

const A_TALKS = 'Hussein and Blinken resumed strategic dialogue on Wednesday, continuing discussions.';
const B_TALKS = 'The third installment CONCLUDED   earlier this month with a promise.';
const B_DRONE = 'On Wednesday, rocket fire from a drone targeted an airport.';

describe('scoreEvents', () => {
  it('scores a perfect prediction as 1 everywhere', () => {
    const s = scoreEvents(
      [predicted('t', '2021-04-07', 'talks', [['a', A_TALKS], ['b', B_TALKS]]), predicted('d', '2021-04-14', 'attack', [['b', B_DRONE]])],
      [talks, drone],
    );
    expect([s.precision.value, s.recall.value, s.dateAccuracy.value, s.kindAccuracy.value, s.mergeCorrectness.value]).toEqual([1, 1, 1, 1, 1]);
    expect(s.matches.map((m) => [m.gold.key, m.predicted.id])).toEqual([['talks-april', 't'], ['drone', 'd']]);
    expect(s.missed).toEqual([]);
    expect(s.unmatched).toEqual([]);
    expect(s.splits).toEqual([]);
  });

  it('reports a missed gold event and an unmatched prediction', () => {
    const extra = predicted('x', '2021-04-13', 'statement', [['b', 'Observers see the US reticence as a problem.']]);
    const s = scoreEvents([predicted('d', '2021-04-14', 'attack', [['b', B_DRONE]]), extra], [talks, drone]);
    expect(s.recall).toEqual({ hits: 1, total: 2, value: 0.5 });
    expect(s.precision).toEqual({ hits: 1, total: 2, value: 0.5 });
    expect(s.missed.map((m) => m.gold.key)).toEqual(['talks-april']);
    expect(s.missed[0]!.near).toEqual([]);
    expect(s.unmatched.map((e) => e.id)).toEqual(['x']);
    // Nothing cites the talks' cue sentences, so their kind cannot be judged.
    expect(s.kindAccuracy).toEqual({ hits: 1, total: 1, value: 1 });
    expect(s.mergeCorrectness).toEqual({ hits: 0, total: 1, value: 0 });
  });

  it('matches a coarser compatible date but counts it as a date error', () => {
    const s = scoreEvents([predicted('d', '2021-04', 'attack', [['b', B_DRONE]])], [drone]);
    expect(s.recall.value).toBe(1);
    expect(s.dateAccuracy).toEqual({ hits: 0, total: 1, value: 0 });
    expect(s.matches[0]!.dateExact).toBe(false);
  });

  it('does not match an incompatible date, and says why', () => {
    const s = scoreEvents([predicted('d', '2021-04-21', 'attack', [['b', B_DRONE]])], [drone]);
    expect(s.recall.value).toBe(0);
    expect(s.precision.value).toBe(0);
    expect(s.missed[0]!.near.map((n) => n.reason)).toEqual(['date 2021-04-21, gold 2021-04-14']);
    // The kind was right; only the date failed.
    expect(s.kindAccuracy.value).toBe(1);
  });

  it('does not match a wrong kind, and counts it against kind accuracy', () => {
    const s = scoreEvents([predicted('d', '2021-04-14', 'statement', [['b', B_DRONE]])], [drone]);
    expect(s.recall.value).toBe(0);
    expect(s.kindAccuracy).toEqual({ hits: 0, total: 1, value: 0 });
    expect(s.kindErrors.map((k) => [k.gold.key, k.predicted.id])).toEqual([['drone', 'd']]);
  });

  it('needs a cue sentence from a gold article, not just any shared article', () => {
    const s = scoreEvents([predicted('t', '2021-04-07', 'talks', [['b', 'The move comes amid near daily rocket fire.']])], [talks]);
    expect(s.recall.value).toBe(0);
    const elsewhere = scoreEvents([predicted('t', '2021-04-07', 'talks', [['z', A_TALKS]])], [talks]);
    expect(elsewhere.recall.value).toBe(0);
  });

  it('does not call it a kind error when a two-event sentence yields only the other event', () => {
    const said = 'On Friday, Psaki announced that Biden would meet Kadhimi in the White House on July 26.';
    const statement: GoldEvent = { key: 'psaki', date: '2021-07-23', precision: 'day', type: 'statement', articles: ['c'], cues: ['On Friday, Psaki announced'] };
    const meeting: GoldEvent = { key: 'meeting', date: '2021-07-26', precision: 'day', type: 'talks', articles: ['c'], cues: ['would meet Kadhimi in the White House on July 26'] };
    const s = scoreEvents([predicted('p', '2021-07-23', 'statement', [['c', said]])], [statement, meeting]);
    expect(s.missed.map((m) => [m.gold.key, m.near.map((n) => n.reason)])).toEqual([['meeting', ['kind statement, gold talks; date 2021-07-23, gold 2021-07-26; matched to psaki']]]);
    expect(s.kindAccuracy).toEqual({ hits: 1, total: 1, value: 1 });
    expect(s.kindErrors).toEqual([]);
  });

  it('detects a split merge: one development, two predicted events', () => {
    const s = scoreEvents(
      [predicted('t1', '2021-04-07', 'talks', [['a', A_TALKS]]), predicted('t2', '2021-04', 'talks', [['b', B_TALKS]])],
      [talks],
    );
    expect(s.recall.value).toBe(1);
    expect(s.matches.map((m) => m.predicted.id)).toEqual(['t1']); // the exact date wins the tie
    expect(s.matches[0]!.sourcesExact).toBe(false);
    expect(s.mergeCorrectness).toEqual({ hits: 0, total: 1, value: 0 });
    expect(s.splits.map((x) => [x.gold.key, x.predicted.map((p) => p.id)])).toEqual([['talks-april', ['t1', 't2']]]);
    expect(s.unmatched.map((e) => e.id)).toEqual(['t2']);
    expect(s.precision.value).toBe(0.5);
  });

  it('detects an over-merge: two developments of one kind in one predicted event', () => {
    const balad: GoldEvent = { key: 'balad', date: '2021-04', precision: 'month', type: 'attack', articles: ['c'], cues: ['Balad airbase'] };
    const s = scoreEvents(
      [predicted('m', '2021-04-14', 'attack', [['b', B_DRONE], ['c', 'In April, a rocket attack on the Balad airbase wounded five.']])],
      [drone, balad],
    );
    expect(s.overMerged.map((o) => [o.predicted.id, o.gold.map((g) => g.key)])).toEqual([['m', ['drone', 'balad']]]);
    expect(s.recall).toEqual({ hits: 1, total: 2, value: 0.5 });
  });

  it('a sentence telling two developments of one kind counts only towards the one whose date its source gave', () => {
    // One sentence, two rounds: the earlier round (month) and the next one (a day). It yields one mention per date,
    // so the event holding the next round's date cites the sentence without holding the earlier round.
    const SENT = 'The delegations met in Varn in mid-May, and a fourth round is due to open on Friday.';
    const earlier: GoldEvent = { key: 'round-may', date: '2024-05', precision: 'month', type: 'talks', articles: ['x'], cues: ['met in Varn in mid-May'] };
    const next: GoldEvent = { key: 'round-four', date: '2024-06-07', precision: 'day', type: 'talks', articles: ['x', 'y'], cues: ['fourth round is due to open', 'fourth round opened'] };
    const held = predicted('r4', '2024-06-07', 'talks', [['x', SENT], ['y', 'The fourth round opened in Varn on Friday.']]);
    const s = scoreEvents([held, predicted('r3', '2024-05', 'talks', [['x', SENT]])], [earlier, next]);
    expect(s.overMerged).toEqual([]);
    expect(s.matches.map((m) => [m.gold.key, m.predicted.id])).toEqual([['round-may', 'r3'], ['round-four', 'r4']]);
    // The same event also holding a source dated to the earlier round is a real over-merge.
    const wrong = predicted('both', '2024-06-07', 'talks', [['x', SENT], ['y', 'The fourth round opened in Varn on Friday.']]);
    wrong.sources[0]!.date = '2024-05';
    const t = scoreEvents([wrong], [earlier, next]);
    expect(t.overMerged.map((o) => [o.predicted.id, o.gold.map((g) => g.key)])).toEqual([['both', ['round-may', 'round-four']]]);
  });

  it('prefers the prediction citing more gold articles, whatever the input order', () => {
    const one = predicted('one', '2021-04-07', 'talks', [['a', A_TALKS]]);
    const both = predicted('both', '2021-04-07', 'talks', [['a', A_TALKS], ['b', B_TALKS]]);
    expect(scoreEvents([one, both], [talks]).matches[0]!.predicted.id).toBe('both');
    expect(scoreEvents([both, one], [talks]).matches[0]!.predicted.id).toBe('both');
  });

  it('treats empty inputs as vacuous, not as errors', () => {
    const s = scoreEvents([], []);
    expect([s.precision.value, s.recall.value, s.dateAccuracy.value]).toEqual([1, 1, 1]);
  });
});

describe('datesCompatible', () => {
  it('accepts equal dates and dates inside one another, in either order', () => {
    expect(datesCompatible('2021-04-07', '2021-04-07')).toBe(true);
    expect(datesCompatible('2021-04', '2021-04-07')).toBe(true);
    expect(datesCompatible('2021-04-07', '2021')).toBe(true);
  });
  it('rejects neighbours and string prefixes that are not containment', () => {
    expect(datesCompatible('2021-04-07', '2021-04-08')).toBe(false);
    expect(datesCompatible('2021-04', '2021-05')).toBe(false);
    expect(datesCompatible('2021-1', '2021-10')).toBe(false);
  });
});

describe('countCauses', () => {
  const threeWay: GoldEvent = { ...talks, articles: ['a', 'b', 'c'], cues: [...talks.cues, 'met in the capital'] };

  it('says where each telling of a multi-article event went, without naming a sentence', () => {
    const joined = predicted('t', '2021-04-07', 'talks', [['a', A_TALKS]]);
    const apart = predicted('t2', '2021-04', 'talks', [['b', B_TALKS]]);
    const statement = predicted('s', '2021-04-07', 'statement', [['c', 'Officials met in the capital, a spokesman said.']]);
    const s = scoreEvents([joined, apart, statement], [threeWay]);
    const causes = countCauses(s, [joined, apart, statement], [threeWay]);
    expect(causes.tellings).toEqual({ notExtracted: 0, otherKind: 1, otherDate: 0, keptApart: 1, joinedElsewhere: 0, extraArticles: 0 });
    expect(causes.unmatched).toEqual({ excludedSentence: 0, splitPiece: 1, misreadTelling: 1, notInGold: 0 });
    expect(causes.missed).toEqual({ notExtracted: 0, otherKind: 0, otherDate: 0, takenByAnother: 0 });
  });

  it('tells a missed event nobody extracted from one dated wrongly, and an excluded sentence from an invention', () => {
    const misdated = predicted('d', '2021-04-21', 'attack', [['b', B_DRONE]]);
    const trap = predicted('x', '2021-04-19', 'statement', [['b', 'On the anniversary of the raid, crowds gathered.']]);
    const invented = predicted('y', '2021-04-19', 'statement', [['a', 'Observers see the US reticence as a problem.']]);
    const all = [misdated, trap, invented];
    const s = scoreEvents(all, [talks, drone]);
    const causes = countCauses(s, all, [talks, drone], [{ article: 'b', cue: 'anniversary of the raid', note: 'an anniversary' }]);
    expect(causes.missed).toEqual({ notExtracted: 1, otherKind: 0, otherDate: 1, takenByAnother: 0 });
    expect(causes.unmatched).toEqual({ excludedSentence: 1, splitPiece: 0, misreadTelling: 1, notInGold: 1 });
    // Neither talks telling became a mention.
    expect(causes.tellings.notExtracted).toBe(2);
  });
});
