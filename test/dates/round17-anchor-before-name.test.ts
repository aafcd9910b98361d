// Round 17: "After the first round Vasant said on 21 November …": with no comma, a name after the anchor's event noun
// opens the main clause. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/dates/resolve-dates.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { articleOf } from '../helpers/article-of.js';

const PUBLISHED = { year: 2031, month: 6, day: 1 };
const anchors = (sentence: string) => resolveDates(sentence, PUBLISHED).relative.map((r) => r.anchor);

describe('round 17: a relative date\'s anchor ends before the main clause\'s named subject', () => {
  it('the anchor is the event noun phrase, not "the second session Varga said"', () => {
    expect(anchors('After the second session Varga said on 4 March that the gap had narrowed.')).toEqual(['the second session']);
    expect(anchors('After the shelling Mayor Tern said on 4 March that the town would rebuild.')).toEqual(['the shelling']);
  });

  it('so the saying keeps its own date, and is told once', () => {
    const r = extractMentions(articleOf('2031-06-01', [['After the second session Varga said on 4 March that the gap had narrowed.']]));
    expect(r.mentions.map((m) => [m.date.text, m.classification.type])).toEqual([['on 4 March', 'statement']]);
    expect(r.relative).toEqual([]);
    // (Not dated from the saying's own date: the name opens the main clause, so "on 4 March" is not the anchor's.)
    const talks = extractMentions(articleOf('2031-06-01', [['After the second session Varga said on 4 March that the talks were "a bridge".']]));
    expect(talks.mentions.map((m) => [m.date.text, m.classification.type])).toEqual([['on 4 March', 'statement']]);
  });

  it('a name that is the anchor clause\'s own subject stays in it', () => {
    expect(anchors('Two days after the Navy shelled the depot, rebels fired on the port.')).toEqual(['the Navy shelled the depot']);
    expect(anchors('Hours after Varga arrived, the talks opened.')).toEqual(['Varga arrived']);
  });
});
