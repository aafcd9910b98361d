// "the council's decision of 7 April to close the mission on 31 December", "agreed on Friday to pull the battalion out
// by 30 June": what a body decides or agrees to do is the aim of its decision. A date inside that infinitive dates the
// aim (a move, at most), never the deciding: the statement keeps the date before the "to" ("of 7 April", "on Friday").
// Watch out for: "decided to" with no date before it still names the aim only; a clause after a comma or a semicolon
// ("agreed to withdraw, and said on Monday …") has its own verb and date.

/** The deciding, then up to 40 characters of its own (its date, its subject), then the "to" of its aim. */
const DECIDED_TO =
  /\b(?:decisions?|decided?|decides|deciding|resolved|resolutions?|agree[sd]?|agreeing|agreements?)\b[^,;:.!?"“”]{0,40}?\bto\s+(?=[a-z])/gi;
const CLAUSE_BREAK = /[,;:.!?"“”—–]/;

/**
 * The date at `index` stands inside the infinitive that names what a decision or an agreement, the statement's own
 * cue (`cue`, as the classifier gives it: "decision of", "agreed"), is to bring about.
 */
export function datesDecidedAim(sentence: string, index: number, cue: string): boolean {
  const word = cue.toLowerCase().split(/\s+/)[0]!;
  for (const m of sentence.matchAll(DECIDED_TO)) {
    const aim = m.index + m[0].length;
    if (aim > index) break;
    if (!m[0].toLowerCase().startsWith(word) || CLAUSE_BREAK.test(sentence.slice(aim, index))) continue;
    return true;
  }
  return false;
}
