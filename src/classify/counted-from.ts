// A development dated by its distance from another: "The raid came less than two weeks after the two sides held their
// first talks, on 3 May at the palace". The counted development's own day is the other's plus that distance, so the
// writer gives no calendar date for it; a calendar date told after the anchoring clause dates the anchoring clause's
// development (the talks), never the counted one (the raid). Kept apart from classify-sentence, which only asks.
import type { Token } from '../nlp/wink.js';
import type { CueMatch } from './find-cues.js';

const ANCHORS = new Set(['after', 'before']);
/** The span counted: "two weeks", "a fortnight", "days". */
const SPANS = new Set('minute minutes hour hours day days week weeks fortnight fortnights month months year years'.split(' '));
/** Words that may lead the span: "less than a", "just a", "only three", "some ten". */
const SPAN_LEADS = new Set('less more than just only barely some about nearly almost a an the few several couple of'.split(' '));
/** Words after a comma that open a clause of its own, whose date is its own: ", and on Friday the town buried them". */
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas', 'when', 'where', 'which', 'who', 'as']);

/**
 * The cue of the anchoring clause when the date at token `d` stands after "<span> after|before <clause with a verb>"
 * within one clause run (no ";" and no ", and …" between); null when the date is not so placed, or the anchoring
 * clause names no development of our kinds (then the date is read as before). The anchoring clause must have a verb
 * of its own: "two days after the raid, on 5 May" may date the counted development, set off after a bare noun.
 */
export function countedFromCue(toks: readonly Token[], cues: readonly CueMatch[], d: number): CueMatch | null {
  for (let a = d - 1; a > 0; a--) {
    const t = toks[a]!;
    if (t.text === ';' || t.text === ':') return null;
    if (t.text === ',' && CLAUSE_JOINS.has(toks[a + 1]?.normal ?? '')) return null;
    if (!ANCHORS.has(t.normal)) continue;
    if (!SPANS.has(toks[a - 1]?.normal ?? '')) return null;
    let lead = a - 2;
    while (lead >= 0 && (SPAN_LEADS.has(toks[lead]!.normal) || toks[lead]!.pos === 'NUM')) lead--;
    // The counted development stands before the span: "The raid came …". (When the sentence opens with the span,
    // "Two days after the rebels shelled Kell on 3 May, …", the date sits inside the anchoring clause and is read so
    // already.)
    if (!cues.some((m) => m.last <= lead)) return null;
    const between = toks.slice(a + 1, d);
    if (!between.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return null;
    const anchored = cues.filter((m) => m.first > a && m.last < d);
    return anchored.find((m) => m.role === 'verb') ?? anchored.at(-1) ?? null;
  }
  return null;
}
