// "Members of the union voted on Thursday to strike", "the teachers said they would strike on 3 July", "dockers
// struck for a week": a workforce that strikes stops work, none of our kinds. The noun "strike" has long had this
// check (a strike called, staged or held is a stoppage); the verb had only "strike a deal". Round 19d.
// Watch out for: an armed strike told with a workforce nearby but troops as its subject ("African Union troops struck
// on Monday"), and a strike with an object ("struck the depot"), which is force used on something.
import type { Token } from '../nlp/wink.js';
import { WORKFORCE } from './vocabulary.js';

/** Who stops work, written in lower case ("the union", "nurses"; "the African Union" is a body of states). */
const WORKERS = new Set(WORKFORCE.split('|'));
/** What makes the subject armed after all. */
const ARMED = new Set('troops|soldiers|forces|fighters|militants|rebels|insurgents|gunmen|militia|jets|drones|army|aircraft'.split('|'));

/** A labour dispute's own words: a union (in lower case: "the African Union" is a body of states) or its claim. */
const DISPUTE = new Set('union|unions|pay|wage|wages|salary|salaries|pension|pensions|overtime|picket|pickets|walkout|walkouts'.split('|'));
/** What arms a strike told by its noun: who strikes, by what, and what it does. */
const ARMED_NOUN = new Set([...ARMED, ...'air|airstrike|airstrikes|missile|missiles|rocket|rockets|artillery|shells|bomb|bombs|killed|killing|wounded|wounding|dead'.split('|')]);

/**
 * The noun "strike" in a sentence of a labour dispute: "The strikes came again on Saturday, this time at the docks, as
 * the union pressed its pay claim". A union or a claim of pay is named, and nothing armed. Round 20 mend C.
 */
export function labourStrikeNoun(toks: readonly Token[]): boolean {
  let dispute = false;
  for (const t of toks) {
    if (ARMED_NOUN.has(t.normal)) return false;
    if (DISPUTE.has(t.normal) && t.text === t.text.toLowerCase()) dispute = true;
  }
  return dispute;
}

/** The verb "strike" at `k` is a workforce stopping work: no object after it, a workforce before it in its clause. */
export function labourStrike(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  if (next && (['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(next.pos) || next.normal === 'at' || next.normal === 'back')) return false;
  let workforce = false;
  for (let j = k - 1; j >= 0; j--) {
    const t = toks[j]!;
    if (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-' && t.text !== "'") break;
    if (ARMED.has(t.normal)) return false;
    if (WORKERS.has(t.normal) && (j === 0 || t.text === t.text.toLowerCase())) workforce = true;
  }
  return workforce;
}

/** Nouns that a labour strike heads as a modifier: "a strike ballot", "strike action", "the strike committee". */
const LABOUR_HEADS = new Set(
  'ballot|ballots|vote|votes|action|fund|funds|pay|committee|committees|notice|notices|mandate|picket|pickets|breaker|breakers|organiser|organisers|organizer|organizers'.split('|'),
);

/** The noun "strike" at `k` modifies a noun of labour business ("the strike ballot on Tuesday"): a stoppage of work
 * voted on, funded or called, none of our kinds. Not "a strike force", "strike aircraft", "the strike group". */
export function strikeCompound(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  return !!next && next.pos === 'NOUN' && LABOUR_HEADS.has(next.normal);
}
