// The ledger's rules on small made-up timelines: which event keeps an id, what a retired id becomes, the file format.
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../../src/events/build-event.js';
import { assignLedgerIds, compareIds } from '../../src/ledger/assign-ledger-ids.js';
import { emptyLedger, parseLedger, serializeLedger, type Ledger } from '../../src/ledger/ledger.js';
import { updateLedger } from '../../src/ledger/update-ledger.js';
import type { EventType, TimelineEvent } from '../../src/types.js';

/** The words of sentence "a#s-1": by default each key has its own; "a#s-1=x" gives it the words "x". */
const words = (key: string): string => key.split('=')[1] ?? `sentence ${key}`;
const keyOf = (key: string): string => key.split('=')[0]!;
const keys = (entry: { sources: Record<string, string> } | undefined): string[] => Object.keys(entry?.sources ?? {});

/** A draft told by the given sentences ("a#s-1"): only type, date, title and sources matter to ids. */
function draft(date: string, title: string, keys: string[], type: EventType = 'talks'): EventDraft {
  return {
    date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', type, cameo: '040', title, summary: title,
    actors: [], places: [], quantities: [],
    sources: keys.map((key) => {
      const [article, n] = keyOf(key).split('#s-') as [string, string];
      return { article, sentence: Number(n), title: 't', published: '2021-01-01', url: `/articles/${article}/#s-${n}`, quote: words(key), date, dateText: 'd', dateReason: 'r', quantities: [] };
    }),
  };
}

/** One build: ids from the ledger, then the ledger updated. */
function build(drafts: EventDraft[], ledger: Ledger): { events: TimelineEvent[]; ledger: Ledger; ids: string[] } {
  const events = assignLedgerIds(drafts, ledger);
  return { events, ledger: updateLedger(ledger, events), ids: events.map((e) => e.id) };
}

describe('assignLedgerIds and updateLedger', () => {
  it('issues date + title words, and a counter for a second event with the same words', () => {
    const { ids } = build([draft('2021-04-07', 'Talks resume in Baghdad', ['a#s-1']), draft('2021-04-07', 'Talks resume in Baghdad', ['b#s-4'])], emptyLedger());
    expect(ids).toEqual(['2021-04-07-talks-resume-baghdad', '2021-04-07-talks-resume-baghdad-2']);
  });

  it('keeps the id when the event gains a source, a more precise date and other title words', () => {
    const first = build([draft('2021-04', 'Talks resume in Baghdad', ['a#s-1'])], emptyLedger());
    const second = build([draft('2021-04-07', 'Strategic dialogue opens', ['a#s-1', 'b#s-2'])], first.ledger);
    expect(second.ids).toEqual(['2021-04-talks-resume-baghdad']);
    expect(keys(second.ledger.events['2021-04-talks-resume-baghdad'])).toEqual(['a#s-1', 'b#s-2']);
  });

  it('on a merge, keeps the id sharing most sentences and redirects the other to it', () => {
    const first = build([draft('2021-04-07', 'Talks resume', ['a#s-1', 'b#s-1']), draft('2021-04', 'Round of dialogue', ['c#s-5'])], emptyLedger());
    const merged = build([draft('2021-04-07', 'Talks resume', ['a#s-1', 'b#s-1', 'c#s-5', 'd#s-2'])], first.ledger);
    expect(merged.ids).toEqual(['2021-04-07-talks-resume']);
    expect(merged.ledger.events['2021-04-round-dialogue']).toMatchObject({ type: 'talks', became: '2021-04-07-talks-resume' });
    expect(keys(merged.ledger.events['2021-04-round-dialogue'])).toEqual(['c#s-5']);
  });

  it('on a split, the larger part keeps the id, the other gets a new one, and a retired id comes back for its own sentences', () => {
    const first = build([draft('2021-04-07', 'Talks resume', ['a#s-1', 'b#s-1']), draft('2021-04', 'Round of dialogue', ['c#s-5'])], emptyLedger());
    const merged = build([draft('2021-04-07', 'Talks resume', ['a#s-1', 'b#s-1', 'c#s-5'])], first.ledger);
    const split = build([draft('2021-04-07', 'Talks resume', ['a#s-1', 'b#s-1']), draft('2021-04', 'Round of dialogue', ['c#s-5']), draft('2021-04-07', 'Talks resume', ['e#s-9'])], merged.ledger);
    expect(split.ids).toEqual(['2021-04-07-talks-resume', '2021-04-round-dialogue', '2021-04-07-talks-resume-2']);
  });

  it('never gives an id to an event that shares no sentence with it, even when the words are the same', () => {
    const first = build([draft('2021-04-07', 'Talks resume', ['a#s-1'])], emptyLedger());
    const gone = build([draft('2021-04-07', 'Talks resume', ['z#s-3'])], first.ledger);
    expect(gone.ids).toEqual(['2021-04-07-talks-resume-2']);
    // The old id points to nothing that shares its sentences: it is removed, not handed over.
    expect(gone.ledger.events['2021-04-07-talks-resume']).toMatchObject({ type: 'talks', removed: true });
    expect(keys(gone.ledger.events['2021-04-07-talks-resume'])).toEqual(['a#s-1']);
  });

  it('re-points a retired id when the event it became is retired in turn, so redirects are one hop', () => {
    const a = build([draft('2021-04-01', 'One', ['a#s-1']), draft('2021-04-02', 'Two', ['b#s-1']), draft('2021-04-03', 'Three', ['c#s-1'])], emptyLedger());
    const b = build([draft('2021-04-01', 'One', ['a#s-1']), draft('2021-04-02', 'Two', ['b#s-1', 'c#s-1'])], a.ledger);
    expect(b.ledger.events['2021-04-03-three']!.became).toBe('2021-04-02-two');
    // "Two" loses its own sentence (its article was edited) and what is left of it joins "One".
    const c = build([draft('2021-04-01', 'One', ['a#s-1', 'a#s-2', 'c#s-1'])], b.ledger);
    expect(c.ids).toEqual(['2021-04-01-one']);
    expect(c.ledger.events['2021-04-02-two']!.became).toBe('2021-04-01-one');
    expect(c.ledger.events['2021-04-03-three']!.became).toBe('2021-04-01-one');
    // Everything gone: the ids stay listed, removed, and are never issued again.
    const d = build([draft('2021-04-01', 'One', ['x#s-1'])], c.ledger);
    expect(d.ids).toEqual(['2021-04-01-one-2']);
    expect(Object.values(d.ledger.events).filter((e) => e.removed)).toHaveLength(3);
  });

  it('prefers the same kind of event when sentence counts tie (one sentence, two developments)', () => {
    const first = build([draft('2021-04-07', 'Rocket hits base', ['a#s-1'], 'attack'), draft('2021-04-07', 'Talks held', ['a#s-1'], 'talks')], emptyLedger());
    const again = build([draft('2021-04-07', 'Talks held', ['a#s-1'], 'talks'), draft('2021-04-07', 'Rocket hits base', ['a#s-1'], 'attack')], first.ledger);
    expect(again.events.map((e) => [e.type, e.id])).toEqual([['talks', '2021-04-07-talks-held'], ['attack', '2021-04-07-rocket-hits-base']]);
  });

  it('keeps an id when an edit renumbers its sentences, or rewords one of them', () => {
    const first = build([draft('2021-04-07', 'Talks resume', ['a#s-3=Talks resumed on Wednesday.']), draft('2021-04-08', 'Rocket hits base', ['a#s-5=A rocket hit the base on Thursday.'], 'attack')], emptyLedger());
    // A paragraph added at the top: every sentence moves down two.
    const moved = build([draft('2021-04-07', 'Talks resume', ['a#s-5=Talks resumed on Wednesday.']), draft('2021-04-08', 'Rocket hits base', ['a#s-7=A rocket hit the base on Thursday.'], 'attack')], first.ledger);
    expect(moved.ids).toEqual(first.ids);
    // One sentence reworded where it stands.
    const reworded = build([draft('2021-04-07', 'Talks resume', ['a#s-5=Talks resumed in Baghdad on Wednesday.']), draft('2021-04-08', 'Rocket hits base', ['a#s-7=A rocket hit the base on Thursday.'], 'attack')], moved.ledger);
    expect(reworded.ids).toEqual(first.ids);
    // The same words in another article are another sentence.
    const elsewhere = build([draft('2021-04-07', 'Talks resume', ['b#s-9=Talks resumed in Baghdad on Wednesday.'])], emptyLedger());
    expect(build(elsewhere.events.map(({ id: _i, url: _u, ...d }) => d), reworded.ledger).ids).toEqual(['2021-04-07-talks-resume-2']);
  });

  it('orders counters as issued', () => {
    expect(['x-10', 'x-2', 'x', 'w-3'].sort(compareIds)).toEqual(['w-3', 'x', 'x-2', 'x-10']);
  });
});

describe('the ledger file', () => {
  const ledger: Ledger = {
    events: {
      '2021-b-event': { type: 'attack', sources: { 'z#s-2': '0123456789ab', 'a#s-10': 'ba9876543210' } },
      '2021-a-event': { type: 'talks', sources: { 'a#s-1': '00000000000a' }, became: '2021-b-event' },
      '2021-c-event': { type: 'troops', sources: { 'q#s-0': '00000000000c' }, removed: true },
    },
  };

  it('is sorted JSON, the same bytes for the same entries, and reads back as written', () => {
    const text = serializeLedger(ledger);
    expect(text).toBe(serializeLedger(parseLedger(text, 'l.json')));
    expect(Object.keys(JSON.parse(text).events)).toEqual(['2021-a-event', '2021-b-event', '2021-c-event']);
    expect(Object.keys(JSON.parse(text).events['2021-b-event'].sources)).toEqual(['a#s-10', 'z#s-2']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('stops the build on a damaged ledger, saying how to restore it', () => {
    expect(() => parseLedger('{"events": {', 'content/event-ledger.json')).toThrowError(/content\/event-ledger\.json: the event ledger is not valid JSON.*git checkout/s);
    expect(() => parseLedger('{"events": {"2021-x": {"type": "party", "sources": {}}}}', 'l.json')).toThrowError(/"2021-x" has no valid "type"/);
    expect(() => parseLedger('{"events": {"2021-x": {"type": "talks", "sources": {"nope": "0123456789ab"}}}}', 'l.json')).toThrowError(/"sources"/);
    expect(() => parseLedger('{"events": {"2021-x": {"type": "talks", "sources": {}, "became": "2021-y"}}}', 'l.json')).toThrowError(/became "2021-y", which the ledger does not list/);
    expect(() => parseLedger('[]', 'l.json')).toThrowError(/no "events" object/);
    expect(() => parseLedger('{"events": {"constructor": {"type": "talks", "sources": {}}}}', 'l.json')).toThrowError(/"constructor" is not an event id/);
  });
});
