// "the council's decision of 7 April to close the mission on 31 December", "agreed on Friday to pull the battalion out
// by 30 June", "asked the police to take over the bridge by mid-May": what a body decides, agrees or asks others to do
// is the aim of its saying. A date inside that infinitive dates the aim (a move, at most), never the saying: the
// statement keeps the date before the "to" ("of 7 April", "on Friday"), or publication's.
// Watch out for: a statement whose own cue stands inside the aim ("asked him to announce on Friday that …"); a clause
// after a comma or a semicolon ("agreed to withdraw, and said on Monday …") has its own verb and date; "asked for
// money to keep …" asks for a thing.
import { AIM_GAP, lowerWordAt } from '../dates/words.js';
import { cueAt } from './cue-at.js';

/** The deciding, then up to 40 characters of its own (its date, its subject), then the "to" of its aim. */
const DECIDED_TO = new RegExp(
  String.raw`\b(?:decisions?|decided?|decides|deciding|resolved|resolutions?|agree[sd]?|agreeing|agreements?|asked|told|ordered|urged|instructed|requested|directed|tasked|called\s+(?:on|upon))\b(?!\s+for\b)` +
    AIM_GAP +
    String.raw`\bto\s+(?=[a-z])`,
  'gi',
);
const CLAUSE_BREAK = /[,;:.!?"“”—–]/;

/**
 * The date at `index` stands inside the infinitive that names what a decision, an agreement or a request is to bring
 * about, and the statement's own cue (`cue`, as the classifier gives it: "decision of", "asked") stands before it.
 */
export function datesDecidedAim(sentence: string, index: number, cue: string): boolean {
  const said = cueAt(sentence.toLowerCase(), cue.toLowerCase());
  for (const m of sentence.matchAll(DECIDED_TO)) {
    const aim = m.index + m[0].length;
    if (aim > index) break;
    if (!lowerWordAt(sentence, aim)) continue;
    if (said < 0 || said >= aim || CLAUSE_BREAK.test(sentence.slice(aim, index))) continue;
    return true;
  }
  return false;
}
